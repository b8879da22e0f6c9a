/**
 * The meetings the deadlines page's calendar holds beside the deadlines: those from today to the
 * end of the page's window. A meeting has no owner nor named person, so a filter by either (or
 * "not from a meeting") leaves meetings out; a filter naming one meeting keeps that one.
 */
import { addDays, compareCalendar, type CalendarDate } from '../../../shared/dates';
import type { Meeting } from '../../../shared/domain/meeting';
import type { DeadlineFilter } from './deadlineFilter';

/** Upcoming meetings within `windowDays` of `today` that pass `f`, soonest first. */
export function meetingsInWindow(
  meetings: readonly Meeting[],
  today: CalendarDate,
  windowDays: number,
  f: DeadlineFilter,
): Meeting[] {
  if (f.owner !== '' || f.person.trim() !== '' || f.meeting === 'none') return [];
  const last = addDays(today, windowDays);
  return meetings
    .filter((m) => compareCalendar(m.heldOn, today) >= 0 && compareCalendar(m.heldOn, last) <= 0)
    .filter((m) => f.meeting === '' || m.id === f.meeting)
    .sort(
      (a, b) =>
        compareCalendar(a.heldOn, b.heldOn) || (a.startsAt || '00:00').localeCompare(b.startsAt || '00:00'),
    );
}
