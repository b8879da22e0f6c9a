/**
 * Dated items on a case: measures expiring, hearings, actions due, risk reviews and
 * reassessments, check-ins due and missed, safety-plan reviews, planned shelter exits,
 * preventive-registration reviews, replies to referrals.
 *
 * datedItems lists every open item with no "today" in it: the case summary stores them, and
 * screens pick what falls in their window when shown (openItemsOn). Some items lapse when their
 * day passes (LAPSING_KINDS: the hearing happened, the measure expired). The rest stay open, and
 * overdue, until something closes them: an 'action-done', a new assessment, a check-in record,
 * a plan review, a shelter exit, a registration-off entry, a referral's answer.
 *
 * A stored item holds no typed text (the summary is stored outside the codec): its label is a
 * code — the measure type, the responsible agency's kind, the risk level or the trigger kind —
 * and screens read any wording from the source entry.
 */
import { addDays, compareCalendar, isCalendarDate, instantMs, type CalendarDate } from '../dates';
import type { CheckInSchedule, MissedCheckIn } from './checkIns';
import type { EntryKind } from './entryKinds';
import type { MeasureRecord } from './measures';
import { DEFAULT_RISK_RULES } from './riskRules';
import { referralsOf } from './referrals';
import type { ReassessmentDue, ReviewDue } from './riskReview';
import type { EffectiveEntry } from './timeline';
import type { DatedItem, Entry } from './types';

export const DEADLINE_KINDS = [
  'measure-expires',
  'hearing',
  'action-due',
  'reassessment-due',
  'review-due',
  'check-in-due',
  'check-in-missed',
  'safety-plan-review',
  'shelter-exit',
  'registration-review',
  'referral-reply',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** Kinds that simply pass when their day has gone; the others stay open until closed. */
export const LAPSING_KINDS: readonly string[] = ['measure-expires', 'hearing'] satisfies DeadlineKind[];

/** Days after an assessment at High by which it is reviewed (riskRules; was 30 before reviews for every level). */
export const HIGH_RISK_REVIEW_DAYS = DEFAULT_RISK_RULES[0]!.reviewDays.high;

function dateField(e: Entry, key: string): CalendarDate | null {
  const v = e.fields[key];
  return isCalendarDate(v) ? v : null;
}

function text(e: Entry, key: string): string {
  const v = e.fields[key];
  return typeof v === 'string' ? v : '';
}

/** The newest entry of `kinds` (by occurredAt, then original id, so ties resolve alike everywhere). */
function latestOf(effective: readonly EffectiveEntry[], kinds: readonly EntryKind[]): EffectiveEntry | null {
  let best: EffectiveEntry | null = null;
  for (const e of effective) {
    if (!kinds.includes(e.entry.kind)) continue;
    const d = best ? instantMs(e.entry.occurredAt) - instantMs(best.entry.occurredAt) : 1;
    if (!best || d > 0 || (d === 0 && e.originalId > best.originalId)) best = e;
  }
  return best;
}

/** Original ids of actions that an 'action-done' entry closed. */
export function doneActions(effective: readonly EffectiveEntry[]): Set<string> {
  return new Set(
    effective.filter((e) => e.entry.kind === 'action-done').map((e) => text(e.entry, 'actionEntryId')),
  );
}

/** True when a measure was lifted within its term (an end after its last day changes nothing). */
function endedEarly(m: MeasureRecord): boolean {
  return m.endedOn !== null && (m.endsOn === null || compareCalendar(m.endedOn, m.endsOn) <= 0);
}

/** What the items of one case are made from (caseFacts computes each once). */
export type ItemSources = {
  readonly effective: readonly EffectiveEntry[];
  readonly measures: readonly MeasureRecord[];
  readonly checkIns: readonly CheckInSchedule[];
  readonly missedCheckIns: readonly MissedCheckIn[];
  readonly review: ReviewDue | null;
  readonly reassessment: ReassessmentDue | null;
};

/** Position of a kind in DEADLINE_KINDS; a kind this version does not know sorts first. */
const kindRank = (kind: string) => (DEADLINE_KINDS as readonly string[]).indexOf(kind);

/** Sort order: date, then the order of DEADLINE_KINDS, then source entry. */
export function compareItems(a: DatedItem, b: DatedItem): number {
  return (
    compareCalendar(a.date, b.date) ||
    kindRank(a.kind) - kindRank(b.kind) ||
    (a.sourceEntryId < b.sourceEntryId ? -1 : a.sourceEntryId > b.sourceEntryId ? 1 : 0)
  );
}

/**
 * Every open dated item of a case, sorted (compareItems), with no "today": what the stored
 * summary holds. Each names the original id of its source entry.
 */
export function datedItems(src: ItemSources): DatedItem[] {
  const items: DatedItem[] = [];
  const push = (date: CalendarDate | null, kind: DeadlineKind, label: string, sourceEntryId: string) => {
    if (date) items.push({ date, kind, label, sourceEntryId });
  };
  for (const m of src.measures) {
    if (!endedEarly(m)) push(m.endsOn, 'measure-expires', m.measure, m.orderEntryId);
  }
  const done = doneActions(src.effective);
  for (const { originalId, entry } of src.effective) {
    if (entry.kind === 'admin-case' || entry.kind === 'court-decision')
      push(dateField(entry, 'hearingOn'), 'hearing', '', originalId);
    // The responsible agency's kind, never the action's typed text.
    if (entry.kind === 'action-assigned' && !done.has(originalId))
      push(dateField(entry, 'dueOn'), 'action-due', text(entry, 'ownerAgency'), originalId);
  }
  if (src.review) push(src.review.dueOn, 'review-due', src.review.level, src.review.assessmentId);
  const r = src.reassessment;
  if (r) push(r.dueOn, 'reassessment-due', r.trigger.kind, r.trigger.entryId);
  const measureOf = new Map(src.measures.map((m) => [m.orderEntryId, m.measure]));
  for (const schedule of src.checkIns) {
    const label = measureOf.get(schedule.orderEntryId) ?? '';
    for (const s of schedule.slots)
      if (s.outcome === null) push(s.dueOn, 'check-in-due', label, schedule.orderEntryId);
  }
  for (const m of src.missedCheckIns)
    if (!m.answered) push(m.dueOn, 'check-in-missed', measureOf.get(m.orderEntryId) ?? '', m.recordId);
  // Only the newest plan or review sets the next review date.
  const plan = latestOf(src.effective, ['safety-plan', 'safety-plan-review']);
  if (plan) {
    const key = plan.entry.kind === 'safety-plan' ? 'reviewOn' : 'nextReviewOn';
    push(dateField(plan.entry, key), 'safety-plan-review', '', plan.originalId);
  }
  const shelter = latestOf(src.effective, ['shelter-admission', 'shelter-exit']);
  if (shelter?.entry.kind === 'shelter-admission')
    push(dateField(shelter.entry, 'plannedExitOn'), 'shelter-exit', '', shelter.originalId);
  const registration = latestOf(src.effective, ['registration-on', 'registration-off']);
  if (registration?.entry.kind === 'registration-on')
    push(dateField(registration.entry, 'reviewOn'), 'registration-review', '', registration.originalId);
  // A referral awaits its answer until the partner accepts or declines; the label is the kind of
  // agency it went to (never its name or reason: the summary holds no typed text).
  for (const r of referralsOf(src.effective))
    if (r.answer === null) push(r.replyBy, 'referral-reply', r.toKind ?? '', r.originalId);
  return items.sort(compareItems);
}

/** Whether an item's day is before `today`. */
export function isOverdueOn(item: DatedItem, today: CalendarDate): boolean {
  return compareCalendar(item.date, today) < 0;
}

/**
 * The items open on `today` up to `withinDays` ahead (null: any time), sorted, overdue ones
 * (earlier) first: an item of a lapsing kind whose day has passed is gone; every other past item
 * is still open and overdue, however long ago it was due.
 */
export function openItemsOn(
  items: readonly DatedItem[],
  today: CalendarDate,
  withinDays: number | null,
): DatedItem[] {
  const last = withinDays === null ? null : addDays(today, withinDays);
  return items
    .filter((d) => !(LAPSING_KINDS.includes(d.kind) && isOverdueOn(d, today)))
    .filter((d) => last === null || compareCalendar(d.date, last) <= 0)
    .sort(compareItems);
}
