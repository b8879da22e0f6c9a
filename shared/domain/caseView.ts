/**
 * Today's view of a case summary: which measures are in force and what is due next. Computed
 * when shown (not stored), because "today" moves while the stored summary does not.
 */
import { addDays, compareCalendar, type CalendarDate } from '../dates';
import type { CaseSummary, DatedItem, MeasureSpan } from './types';
import { stateOn } from './measures';

const IN_FORCE = new Set(['active', 'expiring-soon', 'breached']);

/** In force on `today`: started, not past its last day, not ended early. */
export function isMeasureActive(m: MeasureSpan, today: CalendarDate): boolean {
  return IN_FORCE.has(stateOn(m, today, 0));
}

export function activeMeasures(summary: CaseSummary, today: CalendarDate): MeasureSpan[] {
  return summary.measures.filter((m) => isMeasureActive(m, today));
}

/**
 * Kinds of item that simply pass when their day has gone (a hearing happened, a measure
 * lapsed). Everything else (an action, a review) stays open, and overdue, until it is done.
 */
const LAPSING = new Set(['measure-expires', 'hearing', 'shelter-exit']);

export function isOverdue(item: DatedItem, today: CalendarDate): boolean {
  return compareCalendar(item.date, today) < 0;
}

/** Open items up to `withinDays` from today (null: any time), overdue ones first, then by date. */
export function openItems(summary: CaseSummary, today: CalendarDate, withinDays: number | null): DatedItem[] {
  const last = withinDays === null ? null : addDays(today, withinDays);
  return summary.deadlines
    .filter((d) => !(LAPSING.has(d.kind) && isOverdue(d, today)))
    .filter((d) => last === null || compareCalendar(d.date, last) <= 0)
    .sort((a, b) => compareCalendar(a.date, b.date));
}

/** The earliest open item, overdue ones included; null when nothing is open. */
export function nextDeadline(summary: CaseSummary, today: CalendarDate): CalendarDate | null {
  return openItems(summary, today, null)[0]?.date ?? null;
}
