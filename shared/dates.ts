/**
 * The one module that knows about date-fns (used here for locale-aware formatting). Two kinds of
 * time exist in Caseline:
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

/** The number written by `length` ASCII digits of `text` at `at`; -1 if any is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, as Date.UTC reads the year (0–99 are 1900–1999). */
function daysIn(year: number, month: number): number {
  const y = year <= 99 ? 1900 + year : year;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Milliseconds since the epoch of an instant: yyyy-MM-ddTHH:mm[:ss[.f]] and Z or ±HH:mm (the
 * form INSTANT_RE describes); NaN for anything else, for a date or time that does not exist
 * (30 February, 24:00) and for an offset beyond ±14:00. Read character by character: this runs
 * for every entry on every sort and twice per entry of a bundle, where the regular expression
 * and a Date to check the day cost more than the rest of the work together.
 */
export function instantMs(instant: Instant): number {
  const s = instant;
  if (s.length < 17 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':') return Number.NaN;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  const hour = digitsAt(s, 11, 2);
  const minute = digitsAt(s, 14, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return Number.NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let at = 16;
  let second = 0;
  let milli = 0;
  if (s[at] === ':') {
    second = digitsAt(s, at + 1, 2);
    if (second < 0 || second > 59) return Number.NaN;
    at += 3;
    if (s[at] === '.') {
      let places = 0;
      for (at += 1; places < 3 && digitsAt(s, at, 1) >= 0; at += 1, places += 1)
        milli = milli * 10 + digitsAt(s, at, 1);
      if (places === 0) return Number.NaN;
      milli *= 10 ** (3 - places);
    }
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  if (s[at] === 'Z') return at === s.length - 1 ? utc : Number.NaN;
  const sign = s[at] === '+' ? 1 : s[at] === '-' ? -1 : 0;
  if (sign === 0 || at !== s.length - 6 || s[at + 3] !== ':') return Number.NaN;
  const offsetHours = digitsAt(s, at + 1, 2);
  const offsetMinutes = digitsAt(s, at + 4, 2);
  if (offsetHours < 0 || offsetHours > 14 || offsetMinutes < 0 || offsetMinutes > 59) return Number.NaN;
  return utc - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
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
 * The offset in minutes east of UTC that a zone had at a moment. The renderer passes the
 * machine's zone: `(ms) => -new Date(ms).getTimezoneOffset()`. A plain number stands for a
 * zone that never changes its offset.
 */
export type OffsetAt = (utcMs: number) => number;

/** A fixed offset, or the zone's offset function. */
export type ZoneOffset = number | OffsetAt;

function offsetFn(zone: ZoneOffset): OffsetAt {
  return typeof zone === 'number' ? () => zone : zone;
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY_MS = 86_400_000;

/**
 * How a typed local date and time maps to a moment in a zone whose offset changes:
 * - 'exact': one moment has that wall time (nearly always);
 * - 'repeated': clocks went back, so the wall time happened twice. Kazakhstan moved from UTC+6
 *   to UTC+5 at 00:00 on 1 March 2024, so 23:00–23:59 on 29 February 2024 happened at +06:00
 *   and again at +05:00. `instant` is the first (earlier) of the two, `later` the second;
 * - 'skipped': clocks went forward and the wall time never existed (as in a spring daylight-
 *   saving change). `instant` is the same wall time read with the offset before the jump, which
 *   lands after the gap and is written with the offset then in force: 02:30 in a 02:00→03:00
 *   gap becomes 03:30. The form should tell the user the time was moved;
 * - 'invalid': not a real date, or not HH:mm.
 */
export type LocalResolution =
  | { readonly kind: 'exact'; readonly instant: Instant }
  | { readonly kind: 'repeated'; readonly instant: Instant; readonly later: Instant }
  | { readonly kind: 'skipped'; readonly instant: Instant }
  | { readonly kind: 'invalid' };

/**
 * Resolves a date ('yyyy-MM-dd') and time ('HH:mm') typed in a zone into a moment, using the
 * offset the zone had at that local time — not the offset it has today — so an entry back-dated
 * to 28 February 2024 23:30 in Almaty is stored as 23:30+06:00 and keeps the time typed.
 * Looks for offset changes within a day either side, which covers every real zone.
 */
export function resolveLocal(date: string, time: string, zone: ZoneOffset): LocalResolution {
  if (!isCalendarDate(date) || !TIME_RE.test(time)) return { kind: 'invalid' };
  const offsetAt = offsetFn(zone);
  // The wall time read as if it were UTC; a moment with offset o has wall time u + o.
  const wall = utcOf(date).getTime() + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;
  const before = offsetAt(wall - DAY_MS);
  const offsets = new Set([before, offsetAt(wall), offsetAt(wall + DAY_MS)]);
  const moments = [...offsets]
    .map((o) => wall - o * 60_000)
    .filter((u) => offsetAt(u) * 60_000 === wall - u)
    .sort((a, b) => a - b);
  const write = (u: number) => instantAt(u, offsetAt(u));
  const [first, last] = [moments[0], moments[moments.length - 1]];
  if (first === undefined || last === undefined) {
    return { kind: 'skipped', instant: write(wall - before * 60_000) };
  }
  if (first !== last) return { kind: 'repeated', instant: write(first), later: write(last) };
  return { kind: 'exact', instant: write(first) };
}

/**
 * Builds an instant from a local date and time typed in a zone; null for input that is not a
 * real date or time. Pass the zone's offset function (`OffsetAt`) so the offset is the one in
 * force at that local time: a number is taken as a fixed offset, which is right only when the
 * zone's offset never changed (a number equal to today's offset shifts back-dated entries
 * across the 1 March 2024 change by an hour). A repeated wall time takes its earlier moment, a
 * skipped one moves past the gap (see resolveLocal).
 */
export function instantFromLocal(date: string, time: string, zone: ZoneOffset): Instant | null {
  const r = resolveLocal(date, time, zone);
  return r.kind === 'invalid' ? null : r.instant;
}

/**
 * Whole years a person born on `birthDate` has completed on `on`. Someone born on 29 February
 * completes a year on 28 February in a year without that day: a term that ends in a month
 * without its day ends on that month's last day.
 */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const b = utcOf(birthDate);
  const d = utcOf(on);
  let years = d.getUTCFullYear() - b.getUTCFullYear();
  if (compareCalendar(addMonths(birthDate, years * 12), on) > 0) years -= 1;
  return years;
}

/**
 * Date formats, one per language, for forms, tables, cards and prints: dd.MM.yyyy in Russian
 * and Kazakh (the form used in their official documents), 29 Feb 2024 in English (day first,
 * the month in letters, so no partner misreads it). Time is always 24-hour HH:mm.
 */
export const DATE_PATTERNS: Record<Language, string> = {
  en: 'd MMM yyyy',
  ru: 'dd.MM.yyyy',
  kk: 'dd.MM.yyyy',
};

/** The long form of a day for headings and document dates: '29 февраля 2024 г.', '29 ақпан 2024 ж.' */
const LONG_PATTERNS: Record<Language, string> = {
  en: 'd MMMM yyyy',
  ru: "d MMMM yyyy 'г.'",
  kk: "d MMMM yyyy 'ж.'",
};
const HEADING_PATTERNS: Record<Language, string> = {
  en: 'PPPP',
  ru: "EEEE, d MMMM yyyy 'г.'",
  kk: "EEEE, d MMMM yyyy 'ж.'",
};

/** A calendar date for forms, lists and prints: '29.02.2024' (ru, kk), '29 Feb 2024' (en). */
export function formatDate(date: CalendarDate, lang: Language): string {
  return format(utcAsLocal(utcOf(date)), DATE_PATTERNS[lang], { locale: LOCALES[lang] });
}

/** A calendar date in words, for document dates: '29 февраля 2024 г.', '29 ақпан 2024 ж.' */
export function formatDateLong(date: CalendarDate, lang: Language): string {
  return format(utcAsLocal(utcOf(date)), LONG_PATTERNS[lang], { locale: LOCALES[lang] });
}

/**
 * Day heading for a timeline group, e.g. 'Четверг, 29 февраля 2024 г.': only the first letter
 * is raised, because month names and 'г.' stay lower case in Russian and Kazakh.
 */
export function formatDayHeading(date: CalendarDate, lang: Language): string {
  const text = format(utcAsLocal(utcOf(date)), HEADING_PATTERNS[lang], { locale: LOCALES[lang] });
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/**
 * An instant for display, '28.02.2024 23:30' (ru, kk) or '28 Feb 2024, 23:30' (en), in a zone:
 * pass the machine zone's offset function so each instant is shown with the offset in force at
 * that moment (an entry typed as 28 February 2024 23:30 in Almaty shows 23:30, not 22:30).
 */
export function formatInstant(instant: Instant, lang: Language, zone: ZoneOffset): string {
  const ms = instantMs(instant);
  const offset = offsetFn(zone)(ms);
  return `${formatDate(calendarDateAt(ms, offset), lang)}${lang === 'en' ? ', ' : ' '}${formatTime(instant, offset)}`;
}

/** Time of day ('23:30', 24-hour) of an instant in a zone (see formatInstant). */
export function formatTime(instant: Instant, zone: ZoneOffset): string {
  const ms = instantMs(instant);
  return new Date(ms + offsetFn(zone)(ms) * 60_000).toISOString().slice(11, 16);
}

const DISPLAY_DATE_RE = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/;

/**
 * Reads a date typed as dd.mm.yyyy (the Russian and Kazakh form; d.m.yyyy too) or yyyy-MM-dd;
 * null when it is not a real day. Two-digit years are refused rather than guessed.
 */
export function parseDate(text: string): CalendarDate | null {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const m = DISPLAY_DATE_RE.exec(trimmed);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
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
