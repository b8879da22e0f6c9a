/**
 * The local-format columns of the CSV documents: 'dd.mm.yyyy' and 'dd.mm.yyyy HH:mm', the form
 * a Russian or Kazakh Excel reads as a date. One form for every language, so a file opens the
 * same for every partner whatever language it was exported in.
 */
import { localParts, type CalendarDate, type Instant } from '../dates';

/** '2024-02-29' → '29.02.2024'. The date must be a real calendar date (checked by the caller). */
export function localDate(date: CalendarDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/**
 * An instant as 'dd.mm.yyyy HH:mm' in the offset it was recorded in, which is the time the
 * author typed: '2024-02-28T23:30:00+06:00' → '28.02.2024 23:30', even though that moment is
 * 29 February in today's UTC+5. Evidence keeps the time as written.
 */
export function localDateTime(instant: Instant): string {
  const { date, time } = localParts(instant);
  return `${localDate(date)} ${time}`;
}
