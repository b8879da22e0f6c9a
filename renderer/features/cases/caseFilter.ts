/**
 * Filtering and sorting of the cases list, in memory. Names are sensitive and never indexed
 * (they may be encrypted at rest), so the list works from the case index's decoded headers and
 * filters here; the benchmark measures this function. The text filter matches the reference and
 * the names and other names of everyone on the case, folded as the Ctrl+K search folds them.
 */
import { addDays, compareCalendar, type CalendarDate } from '../../../shared/dates';
import { activeMeasures, nextDeadline } from '../../../shared/domain/caseView';
import { RISK_LEVELS, type CaseStatus, type RiskLevel } from '../../../shared/domain/types';
import type { CaseView } from '../../db/caseRows';
import { foldForSearch } from '../search';

export type CaseRow = {
  readonly view: CaseView;
  readonly activeMeasures: number;
  readonly nextDeadline: CalendarDate | null;
  /** Folded reference and names (foldForSearch), for the text filter. */
  readonly haystack: string;
  /** Place of the reference, and of the victim's name, in the language's order among all rows. */
  readonly referenceRank: number;
  readonly victimRank: number;
};

export const SORT_COLUMNS = [
  'reference',
  'victim',
  'risk',
  'status',
  'measures',
  'nextDeadline',
  'lastActivity',
  'agencies',
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

export type CaseFilter = {
  readonly text: string;
  readonly status: CaseStatus | 'all';
  readonly risk: RiskLevel | 'none' | 'all';
  /** An agency id, or 'all'. */
  readonly agencyId: string;
  /** Only cases with an open deadline within this many days (overdue included); null: any. */
  readonly deadlineDays: number | null;
  readonly sort: SortColumn;
  readonly descending: boolean;
};

export const DEFAULT_FILTER: CaseFilter = {
  text: '',
  status: 'all',
  risk: 'all',
  agencyId: 'all',
  deadlineDays: null,
  sort: 'lastActivity',
  descending: true,
};

/** Each item's place when `items` are ordered by `key` with `collator` (ties share none). */
function ranks<T>(items: readonly T[], key: (item: T) => string, collator: Intl.Collator): number[] {
  const order = items.map((_, i) => i).sort((a, b) => collator.compare(key(items[a]!), key(items[b]!)));
  const rank: number[] = new Array<number>(items.length);
  order.forEach((item, place) => (rank[item] = place));
  return rank;
}

/**
 * Today's derived columns for every case; computed once per data change, not per keystroke.
 * A closed case has nothing due: its dates are history, never overdue. References and names are
 * put in the language's order here, once, so sorting compares numbers rather than calling the
 * collator for every pair (at 10,000 cases, the difference between a quick and a slow sort).
 */
export function toRows(cases: readonly CaseView[], today: CalendarDate, collator: Intl.Collator): CaseRow[] {
  const referenceRank = ranks(cases, (v) => v.reference, collator);
  const victimRank = ranks(cases, (v) => v.victimName, collator);
  return cases.map((view, i) => ({
    view,
    activeMeasures: activeMeasures(view.summary, today).length,
    nextDeadline: view.status === 'closed' ? null : nextDeadline(view.summary, today),
    haystack: foldForSearch(
      [
        view.reference,
        ...(view.people ?? [{ name: view.victimName, aliases: [] }]).flatMap((p) => [p.name, ...p.aliases]),
      ].join('\u0001'),
    ),
    referenceRank: referenceRank[i]!,
    victimRank: victimRank[i]!,
  }));
}

const STATUS_ORDER: Record<CaseStatus, number> = { open: 0, monitoring: 1, closed: 2 };
const riskRank = (r: RiskLevel | null) => (r === null ? -1 : RISK_LEVELS.indexOf(r));

function compare(a: CaseRow, b: CaseRow, column: SortColumn): number {
  switch (column) {
    case 'reference':
      return a.referenceRank - b.referenceRank;
    case 'victim':
      return a.victimRank - b.victimRank;
    case 'risk':
      return riskRank(a.view.summary.riskLevel) - riskRank(b.view.summary.riskLevel);
    case 'status':
      return STATUS_ORDER[a.view.status] - STATUS_ORDER[b.view.status];
    case 'measures':
      return a.activeMeasures - b.activeMeasures;
    case 'nextDeadline':
      // Cases with nothing due sort after every dated one, in both directions.
      if (a.nextDeadline === b.nextDeadline) return 0;
      if (a.nextDeadline === null) return 1;
      if (b.nextDeadline === null) return -1;
      return compareCalendar(a.nextDeadline, b.nextDeadline);
    case 'lastActivity':
      return a.view.summary.lastActivityAt < b.view.summary.lastActivityAt
        ? -1
        : a.view.summary.lastActivityAt > b.view.summary.lastActivityAt
          ? 1
          : 0;
    case 'agencies':
      return a.view.summary.agencies.length - b.view.summary.agencies.length;
  }
}

export function filterAndSort(rows: readonly CaseRow[], f: CaseFilter, today: CalendarDate): CaseRow[] {
  const text = foldForSearch(f.text);
  const lastDay = f.deadlineDays === null ? null : addDays(today, f.deadlineDays);
  const kept = rows.filter((r) => {
    if (text && !r.haystack.includes(text)) return false;
    if (f.status !== 'all' && r.view.status !== f.status) return false;
    if (
      f.risk !== 'all' &&
      (f.risk === 'none' ? r.view.summary.riskLevel !== null : r.view.summary.riskLevel !== f.risk)
    )
      return false;
    if (f.agencyId !== 'all' && !r.view.summary.agencies.some((a) => a.id === f.agencyId)) return false;
    if (lastDay !== null && (r.nextDeadline === null || compareCalendar(r.nextDeadline, lastDay) > 0))
      return false;
    return true;
  });
  const sign = f.descending ? -1 : 1;
  const nullsLast = f.sort === 'nextDeadline';
  return kept.sort((a, b) => {
    const c = compare(a, b, f.sort);
    const ordered = nullsLast && (a.nextDeadline === null || b.nextDeadline === null) ? c : c * sign;
    return ordered !== 0 ? ordered : a.referenceRank - b.referenceRank;
  });
}
