/**
 * Every open dated item on a case: measures expiring, hearings, actions due, reviews. Not
 * filtered by any window: the case summary stores them, and screens pick what falls in theirs.
 */
import { addDays, compareCalendar, instantMs, isCalendarDate, type CalendarDate } from '../dates';
import type { EntryKind } from './entryKinds';
import type { DatedItem, Entry, MeasureSpan, RiskLevel } from './types';

export const DEADLINE_KINDS = [
  'measure-expires',
  'hearing',
  'action-due',
  'review-due',
  'safety-plan-review',
  'shelter-exit',
  'registration-review',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** A high-risk case is due for reassessment this many days after its last assessment. */
export const HIGH_RISK_REVIEW_DAYS = 30;

type Effective = readonly { readonly originalId: string; readonly entry: Entry }[];

function latestOf(
  effective: Effective,
  kinds: readonly EntryKind[],
): { originalId: string; entry: Entry } | null {
  let best: { originalId: string; entry: Entry } | null = null;
  for (const e of effective) {
    if (
      kinds.includes(e.entry.kind) &&
      (!best || instantMs(e.entry.occurredAt) > instantMs(best.entry.occurredAt))
    )
      best = e;
  }
  return best;
}

function dateField(e: Entry, key: string): CalendarDate | null {
  const v = e.fields[key];
  return isCalendarDate(v) ? v : null;
}

export function deadlineItems(
  effective: Effective,
  spans: readonly MeasureSpan[],
  risk: { readonly level: RiskLevel | null; readonly lastAssessedOn: CalendarDate | null },
): DatedItem[] {
  const items: DatedItem[] = [];
  const push = (date: CalendarDate | null, kind: DeadlineKind, label: string, sourceEntryId: string) => {
    if (date) items.push({ date, kind, label, sourceEntryId });
  };

  for (const s of spans) {
    const endedEarly = s.endedOn !== null && (s.endsOn === null || compareCalendar(s.endedOn, s.endsOn) <= 0);
    if (!endedEarly) push(s.endsOn, 'measure-expires', s.measure, s.orderEntryId);
  }

  const done = new Set(
    effective
      .filter((e) => e.entry.kind === 'action-done')
      .map((e) => String(e.entry.fields.actionEntryId ?? '')),
  );
  for (const { originalId, entry } of effective) {
    if (entry.kind === 'admin-case' || entry.kind === 'court-decision')
      push(dateField(entry, 'hearingOn'), 'hearing', '', originalId);
    if (entry.kind === 'action-assigned' && !done.has(originalId))
      push(dateField(entry, 'dueOn'), 'action-due', String(entry.fields.action ?? ''), originalId);
  }

  if (risk.level === 'high' && risk.lastAssessedOn)
    push(addDays(risk.lastAssessedOn, HIGH_RISK_REVIEW_DAYS), 'review-due', '', '');

  // Only the newest plan or review sets the next review date.
  const plan = latestOf(effective, ['safety-plan', 'safety-plan-review']);
  if (plan)
    push(
      dateField(plan.entry, plan.entry.kind === 'safety-plan' ? 'reviewOn' : 'nextReviewOn'),
      'safety-plan-review',
      '',
      plan.originalId,
    );

  const shelter = latestOf(effective, ['shelter-admission', 'shelter-exit']);
  if (shelter?.entry.kind === 'shelter-admission')
    push(dateField(shelter.entry, 'plannedExitOn'), 'shelter-exit', '', shelter.originalId);

  const registration = latestOf(effective, ['registration-on', 'registration-off']);
  if (registration?.entry.kind === 'registration-on')
    push(dateField(registration.entry, 'reviewOn'), 'registration-review', '', registration.originalId);

  return items.sort((a, b) => compareCalendar(a.date, b.date));
}
