/**
 * Sane windows for the dates typed into entries, in one place. A date outside its window is
 * almost always a typing slip (an order in force from 2996, a review set before the plan was
 * made), so the entry validator refuses it with a message that says which limit it broke.
 *
 * - Nothing is dated before EARLIEST_DATE: the Law on Prevention of Domestic Violence is from
 *   2009, and records from before 1990 are not kept in Caseline.
 * - Each date field may be limited relative to the entry's own day (the calendar day it
 *   happened, in its recorded offset): not before it (a review date before the plan was made),
 *   or no more than so many days after it (an order starts within a month of being issued; a
 *   hearing, review or planned exit within a year; support periods within five years).
 * - Some dates may not be after today: a measure's end is recorded when it has happened.
 */
import { addDays, compareCalendar, type CalendarDate } from '../dates';

export const EARLIEST_DATE: CalendarDate = '1990-01-01';
export const EARLIEST_YEAR = 1990;

export type DateWindow = {
  /** The date may not be before the entry's own day. */
  readonly notBeforeEntry: boolean;
  /** The most days after the entry's own day; null: no limit beyond the others. */
  readonly maxDaysAfterEntry: number | null;
  /** The date may not be after today. */
  readonly notAfterToday: boolean;
};

const FORWARD_YEAR: DateWindow = { notBeforeEntry: true, maxDaysAfterEntry: 366, notAfterToday: false };
const SUPPORT_PERIOD: DateWindow = { notBeforeEntry: false, maxDaysAfterEntry: 1830, notAfterToday: false };

/** The window of each date field (by key, as in KIND_FIELDS); a key not listed has only EARLIEST_DATE. */
export const DATE_WINDOWS: Readonly<Record<string, DateWindow>> = {
  // A measure starts when issued or within a month of it, never before.
  startsOn: { notBeforeEntry: true, maxDaysAfterEntry: 31, notAfterToday: false },
  // A hearing may be recorded after it happened, or set up to a year ahead.
  hearingOn: { notBeforeEntry: false, maxDaysAfterEntry: 366, notAfterToday: false },
  reviewOn: FORWARD_YEAR,
  nextReviewOn: FORWARD_YEAR,
  plannedExitOn: FORWARD_YEAR,
  dueOn: FORWARD_YEAR,
  // The scheduled check-in a check-in record answers: a miss is recorded after it, and a kept
  // one is not recorded ahead of its window by more than a month.
  scheduledOn: { notBeforeEntry: false, maxDaysAfterEntry: 31, notAfterToday: false },
  // The day a measure was lifted: it has happened, and it is recorded within days of it.
  endedOn: { notBeforeEntry: false, maxDaysAfterEntry: null, notAfterToday: true },
  fromOn: SUPPORT_PERIOD,
  untilOn: SUPPORT_PERIOD,
};

/** Which limit a date breaks, if any. */
export type DateLimit =
  | { readonly limit: 'too-early'; readonly year: number }
  | { readonly limit: 'before-entry' }
  | { readonly limit: 'too-far-ahead'; readonly days: number }
  | { readonly limit: 'after-today' }
  | null;

/** Checks a date against its window, the entry's own day and today. */
export function checkDateWindow(
  date: CalendarDate,
  window: DateWindow | undefined,
  entryDay: CalendarDate,
  today: CalendarDate,
): DateLimit {
  if (compareCalendar(date, EARLIEST_DATE) < 0) return { limit: 'too-early', year: EARLIEST_YEAR };
  if (!window) return null;
  if (window.notAfterToday && compareCalendar(date, today) > 0) return { limit: 'after-today' };
  if (window.notBeforeEntry && compareCalendar(date, entryDay) < 0) return { limit: 'before-entry' };
  if (
    window.maxDaysAfterEntry !== null &&
    compareCalendar(date, addDays(entryDay, window.maxDaysAfterEntry)) > 0
  )
    return { limit: 'too-far-ahead', days: window.maxDaysAfterEntry };
  return null;
}
