/**
 * Plain form values ↔ the values react-aria's fields work with. Forms keep dates as
 * 'yyyy-MM-dd' and times as 'HH:mm' ('' for empty), as they did with native inputs, so their
 * state and validation do not change when they adopt DateInput and TimeInput.
 */
import { parseDate, Time, type CalendarDate } from '@internationalized/date';
import type { Language } from '../../../shared/dates';

/**
 * The locale each field formats in: day.month.year and 24-hour time in Russian and Kazakh;
 * English uses the British form (day/month/year, 24-hour), the same order as the other two, so
 * a date reads the same whichever language a colleague works in, and never month first.
 *
 * Kazakh uses Russian-in-Kazakhstan formats: Chromium (and so Electron) ships no Kazakh locale
 * data, and asked for 'kk' its Intl falls back to the root locale (year-month-day, months
 * written 'M03'). 'ru-KZ' gives Kazakhstan's dd.mm.yyyy and 24-hour clock. Every word the fields
 * show (placeholders, month and weekday names, button labels) comes from the caller's message
 * catalogue instead, so a Kazakh screen shows Kazakh; only what react-aria reads out to screen
 * readers on its own (segment names such as "день", full dates of calendar days) is Russian.
 */
export const FIELD_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-GB',
  ru: 'ru-RU',
  kk: 'ru-KZ',
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** 'yyyy-MM-dd' → a calendar date; null for '' and for anything that is not a real day. */
export function toDateValue(value: string): CalendarDate | null {
  if (!DATE_RE.test(value)) return null;
  try {
    // parseDate refuses a day beyond the month's last (2023-02-29) and months beyond 12.
    return parseDate(value);
  } catch {
    return null;
  }
}

/**
 * A calendar date → 'yyyy-MM-dd' (the year always four digits: '0020-02-29' while a year is
 * still being typed); '' for none, and for a date before the common era, which no case holds.
 */
export function fromDateValue(date: CalendarDate | null): string {
  if (date === null || date.era === 'BC') return '';
  return date.toString();
}

/** 'HH:mm' (24-hour) → a time of day; null for '' and for anything else. */
export function toTimeValue(value: string): Time | null {
  const m = TIME_RE.exec(value);
  return m ? new Time(Number(m[1]), Number(m[2])) : null;
}

/** A time of day → 'HH:mm'; seconds, which the field does not show, are dropped. */
export function fromTimeValue(time: Time | null): string {
  if (time === null) return '';
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
