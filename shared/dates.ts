/**
 * The one module that knows about date-fns (used here for locale-aware formatting). Two kinds of time exist in Caseline:
 * - a CalendarDate ('yyyy-MM-dd'): an order's expiry, a hearing day. It has no time zone and
 *   must never drift across midnight, so arithmetic on it is done in UTC, never local time.
 * - an Instant: ISO-8601 with the UTC offset it was recorded in ('2024-02-29T23:30:00+06:00').
 *   Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024, so the offset is kept with the value.
 * "Now" is always passed in.
 */
import { format } from 'date-fns';
import { enUS, kk, ru } from 'date-fns/locale';
import type { Locale } from 'date-fns';

export type CalendarDate = string;
export type Instant = string;
export type Language = 'en' | 'ru' | 'kk';

const CALENDAR_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

const LOCALES: Record<Language, Locale> = { en: enUS, ru, kk };

function utcOf(date: CalendarDate): Date {
  const m = CALENDAR_RE.exec(date);
  if (!m) throw new RangeError(`Not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function calendarOfUtc(d: Date): CalendarDate {
  return d.toISOString().slice(0, 10);
}

/** True for a real day in 'yyyy-MM-dd' form (rejects 2023-02-29). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = CALENDAR_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return calendarOfUtc(d) === value;
}

/** True for an ISO-8601 instant with an explicit offset or Z that names a real moment. */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && !Number.isNaN(instantMs(value));
}

// Arithmetic is done on UTC fields only: local-time helpers would shift a day where the local
// offset changed in between (Kazakhstan, 1 March 2024).
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return calendarOfUtc(new Date(utcOf(date).getTime() + days * 86_400_000));
}

/** Adds calendar months; the 31st of a month becomes the last day of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const d = utcOf(date);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return calendarOfUtc(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcOf(to).getTime() - utcOf(from).getTime()) / 86_400_000);
}

export function compareCalendar(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Milliseconds since the epoch of an instant. */
export function instantMs(instant: Instant): number {
  // Parsed by hand from the one format Caseline writes: this runs for every entry on every sort,
  // where a general ISO parser costs more than the rest of the timeline's work together.
  const m = INSTANT_RE.exec(instant);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, sec, frac, tz] = m;
  const local = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(sec ?? 0),
    Number((frac ?? '0').padEnd(3, '0')),
  );
  // Date.UTC rolls 30 February over into March and month 13 into January: a date or time that
  // does not exist is not an instant, and neither is an offset beyond ±14:00.
  const check = new Date(local);
  if (
    check.getUTCDate() !== Number(d) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(sec ?? 0) > 59
  )
    return Number.NaN;
  if (tz === 'Z' || tz === undefined) return local;
  const [oh, om] = [Number(tz.slice(1, 3)), Number(tz.slice(4, 6))];
  if (oh > 14 || om > 59) return Number.NaN;
  const sign = tz.startsWith('-') ? -1 : 1;
  return local - sign * (oh * 60 + om) * 60_000;
}

/** The UTC form of an instant: sortable as a string, used as an index key. */
export function toUtcKey(instant: Instant): string {
  return new Date(instantMs(instant)).toISOString();
}

/** Offset in minutes east of UTC written in an instant ('+05:00' → 300). */
export function offsetOf(instant: Instant): number {
  const m = INSTANT_RE.exec(instant);
  const tz = m?.[8];
  if (!tz || tz === 'Z') return 0;
  const sign = tz.startsWith('-') ? -1 : 1;
  return sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
}

/** The calendar day an instant fell on where it was recorded (its own offset). */
export function calendarDateOf(instant: Instant): CalendarDate {
  return calendarOfUtc(new Date(instantMs(instant) + offsetOf(instant) * 60_000));
}

/** The calendar day of a moment in a zone `offsetMinutes` east of UTC. */
export function calendarDateAt(ms: number, offsetMinutes: number): CalendarDate {
  return calendarOfUtc(new Date(ms + offsetMinutes * 60_000));
}

function pad(n: number): string {
  return String(Math.trunc(Math.abs(n))).padStart(2, '0');
}

/** Writes a moment as an instant in a zone `offsetMinutes` east of UTC. */
export function instantAt(ms: number, offsetMinutes: number): Instant {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  return `${local}${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`;
}

/** Local date and time parts ('yyyy-MM-dd', 'HH:mm') of an instant in its own offset. */
export function localParts(instant: Instant): { date: CalendarDate; time: string } {
  const shifted = new Date(instantMs(instant) + offsetOf(instant) * 60_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/**
 * Builds an instant from a local date and time typed in a zone. Returns null for input that
 * is not a real date or time.
 */
export function instantFromLocal(date: string, time: string, offsetMinutes: number): Instant | null {
  if (!isCalendarDate(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  const ms = utcOf(date).getTime() + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;
  return instantAt(ms - offsetMinutes * 60_000, offsetMinutes);
}

/** A calendar date for display, e.g. '29 февр. 2024 г.' */
export function formatDate(date: CalendarDate, lang: Language): string {
  return format(utcAsLocal(utcOf(date)), 'PP', { locale: LOCALES[lang] });
}

/**
 * Day heading for a timeline group, e.g. 'Четверг, 29 февраля 2024 г.': only the first letter
 * is raised, because month names and 'г.' stay lower case in Russian and Kazakh.
 */
export function formatDayHeading(date: CalendarDate, lang: Language): string {
  const text = format(utcAsLocal(utcOf(date)), 'PPPP', { locale: LOCALES[lang] });
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * An instant for display in a zone `offsetMinutes` east of UTC (the machine's zone on screen),
 * e.g. '29.02.2024, 23:30'.
 */
export function formatInstant(instant: Instant, lang: Language, offsetMinutes: number): string {
  const shifted = new Date(instantMs(instant) + offsetMinutes * 60_000);
  return format(utcAsLocal(shifted), 'Pp', { locale: LOCALES[lang] });
}

/** Time of day ('23:30') of an instant in a zone. */
export function formatTime(instant: Instant, offsetMinutes: number): string {
  return new Date(instantMs(instant) + offsetMinutes * 60_000).toISOString().slice(11, 16);
}

/** A UTC-midnight Date moved so that local-time formatters print its UTC fields. */
function utcAsLocal(d: Date): Date {
  return new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
}
