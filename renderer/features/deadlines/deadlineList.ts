import { compareCalendar, type CalendarDate } from '../../../shared/dates';
import { isOverdue, openItems } from '../../../shared/domain/caseView';
import type { DatedItem } from '../../../shared/domain/types';
import type { CaseView } from '../../db/caseRows';

export type DeadlineRow = {
  readonly item: DatedItem;
  readonly caseView: CaseView;
  readonly overdue: boolean;
};
/** `key` is a calendar date, or 'overdue' for the group of everything past its day. */
export type DeadlineGroup = { readonly key: string; readonly rows: readonly DeadlineRow[] };

/** Open items of open and monitored cases up to `windowDays` ahead: overdue first, then by day. */
export function deadlineGroups(
  cases: readonly CaseView[],
  today: CalendarDate,
  windowDays: number,
): DeadlineGroup[] {
  const rows: DeadlineRow[] = [];
  for (const c of cases) {
    if (c.status === 'closed') continue;
    for (const item of openItems(c.summary, today, windowDays))
      rows.push({ item, caseView: c, overdue: isOverdue(item, today) });
  }
  rows.sort(
    (a, b) =>
      compareCalendar(a.item.date, b.item.date) || a.caseView.reference.localeCompare(b.caseView.reference),
  );
  const groups: DeadlineGroup[] = [];
  const overdue = rows.filter((r) => r.overdue);
  if (overdue.length > 0) groups.push({ key: 'overdue', rows: overdue });
  for (const r of rows) {
    if (r.overdue) continue;
    const last = groups[groups.length - 1];
    if (last && last.key === r.item.date) (last.rows as DeadlineRow[]).push(r);
    else groups.push({ key: r.item.date, rows: [r] });
  }
  return groups;
}

/** Items due today across open cases (overdue ones are counted on the deadlines page, not the badge). */
export function dueTodayCount(cases: readonly CaseView[], today: CalendarDate): number {
  let n = 0;
  for (const c of cases)
    if (c.status !== 'closed') n += openItems(c.summary, today, 0).filter((i) => i.date === today).length;
  return n;
}
