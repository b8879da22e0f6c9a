/**
 * What a screen or a print shows of one case: the resolved timeline (corrections applied, history
 * kept) and the case's facts from the one home of them, shared/domain/caseFacts.ts.
 */
import { calendarDateOf, type CalendarDate, type Instant } from '../../shared/dates';
import { caseFacts, type CaseFacts } from '../../shared/domain/caseFacts';
import type { EntryKind } from '../../shared/domain/entryKinds';
import {
  effectiveOf,
  resolveTimeline,
  type EffectiveEntry,
  type ResolvedEntry,
} from '../../shared/domain/timeline';
import type { Entry } from '../../shared/domain/types';

export type CaseModel = CaseFacts & { readonly resolved: readonly ResolvedEntry[] };

/**
 * The case page's model: every version resolved, then today's facts from the current ones. On a
 * closed case (`closed`) nothing is overdue.
 */
export function caseModel(
  entries: readonly Entry[],
  today: CalendarDate,
  soonDays: number,
  nowInstant: Instant,
  closed = false,
): CaseModel {
  const resolved = resolveTimeline(entries);
  return { resolved, ...effectiveModel(effectiveOf(resolved), today, soonDays, nowInstant, closed) };
}

/**
 * The facts from current versions only, so a printed summary computes them again from what its
 * audience may read.
 */
export function effectiveModel(
  effective: readonly EffectiveEntry[],
  today: CalendarDate,
  soonDays: number,
  nowInstant: Instant,
  closed = false,
): CaseFacts {
  return caseFacts(effective, { today, now: nowInstant, soonDays, closed });
}

/** How an earlier entry is named where another refers to it: kind, date, and measure or action. */
export function refLabelOf(
  entry: Entry | undefined,
  kindLabel: (k: EntryKind) => string,
  detail: (e: Entry) => string,
  date: (d: CalendarDate) => string,
): string {
  if (!entry) return '—';
  const extra = detail(entry);
  return `${kindLabel(entry.kind)} · ${date(calendarDateOf(entry.occurredAt))}${extra ? ` · ${extra}` : ''}`;
}
