/**
 * Today's view of a stored case summary: which measures are in force and what is due next.
 * Computed when shown (not stored), because "today" moves while the stored summary does not.
 * The rules are those of measures.ts and deadlines.ts, so the cases list, the deadlines page and
 * the case page agree.
 */
import type { CalendarDate } from '../dates';
import { isOverdueOn, openItemsOn } from './deadlines';
import { isInForce, stateOn } from './measures';
import type { CaseSummary, DatedItem, MeasureSpan } from './types';

/** In force on `today`: started, not past its last day, not ended early. */
export function isMeasureActive(m: MeasureSpan, today: CalendarDate): boolean {
  return isInForce(stateOn(m, today, 0));
}

export function activeMeasures(summary: CaseSummary, today: CalendarDate): MeasureSpan[] {
  return summary.measures.filter((m) => isMeasureActive(m, today));
}

export function isOverdue(item: DatedItem, today: CalendarDate): boolean {
  return isOverdueOn(item, today);
}

/**
 * Open items up to `withinDays` from today (null: any time), overdue ones first, then by date.
 * A planned shelter exit whose day has passed stays open (overdue) until the exit is recorded.
 */
export function openItems(summary: CaseSummary, today: CalendarDate, withinDays: number | null): DatedItem[] {
  return openItemsOn(summary.deadlines, today, withinDays);
}

/** The earliest open item, overdue ones included; null when nothing is open. */
export function nextDeadline(summary: CaseSummary, today: CalendarDate): CalendarDate | null {
  return openItems(summary, today, null)[0]?.date ?? null;
}
