/**
 * Turns resolved entries into the rows the virtualised timeline draws: a day heading, then
 * that day's entries, newest day first. Filtering works on the current version of each entry.
 */
import { calendarDateAt, compareCalendar, instantMs, type CalendarDate } from '../../../shared/dates';
import type { EntryKind } from '../../../shared/domain/entryKinds';
import type { ResolvedEntry } from '../../../shared/domain/timeline';

export type TimelineFilter = {
  /** An agency id, or 'all'. */
  readonly agencyId: string;
  readonly kind: EntryKind | 'all';
  /** Calendar dates, or '' for no limit. */
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly text: string;
};

export const EMPTY_TIMELINE_FILTER: TimelineFilter = {
  agencyId: 'all',
  kind: 'all',
  from: '',
  to: '',
  text: '',
};

export type TimelineRow =
  | { readonly type: 'day'; readonly date: CalendarDate; readonly count: number }
  | { readonly type: 'entry'; readonly date: CalendarDate; readonly item: ResolvedEntry };

/** The day an entry shows under: its date in the machine's zone at that moment. */
export function displayDay(item: ResolvedEntry, offsetAt: (ms: number) => number): CalendarDate {
  const ms = instantMs(item.current.occurredAt);
  return calendarDateAt(ms, offsetAt(ms));
}

export function timelineRows(
  items: readonly ResolvedEntry[],
  filter: TimelineFilter,
  offsetAt: (ms: number) => number,
): TimelineRow[] {
  const text = filter.text.trim().toLocaleLowerCase();
  const kept: { day: CalendarDate; item: ResolvedEntry }[] = [];
  for (const item of items) {
    const e = item.current;
    if (filter.agencyId !== 'all' && e.author.agency.id !== filter.agencyId) continue;
    if (filter.kind !== 'all' && e.kind !== filter.kind) continue;
    const day = displayDay(item, offsetAt);
    if (filter.from && compareCalendar(day, filter.from) < 0) continue;
    if (filter.to && compareCalendar(day, filter.to) > 0) continue;
    if (
      text &&
      !`${e.narrative}\u0000${e.author.name}\u0000${e.sourceAgency}`.toLocaleLowerCase().includes(text)
    )
      continue;
    kept.push({ day, item });
  }
  // Newest first: the latest events matter most when a case is opened.
  kept.sort(
    (a, b) =>
      instantMs(b.item.current.occurredAt) - instantMs(a.item.current.occurredAt) ||
      (b.item.current.id < a.item.current.id ? -1 : 1),
  );
  const rows: TimelineRow[] = [];
  let i = 0;
  while (i < kept.length) {
    const day = kept[i]!.day;
    let j = i;
    while (j < kept.length && kept[j]!.day === day) j++;
    rows.push({ type: 'day', date: day, count: j - i });
    for (let k = i; k < j; k++) rows.push({ type: 'entry', date: day, item: kept[k]!.item });
    i = j;
  }
  return rows;
}

/** Index of the day heading on or just before `date` (rows are newest first). */
export function rowIndexForDate(rows: readonly TimelineRow[], date: CalendarDate): number {
  let best = -1;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.type !== 'day') continue;
    best = i;
    if (compareCalendar(row.date, date) <= 0) return i;
  }
  return best;
}
