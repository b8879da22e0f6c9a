/**
 * Dated items on a case: measures expiring, hearings, actions due, risk reviews, safety-plan
 * reviews, planned shelter exits, preventive-registration reviews.
 *
 * Two views of the same facts:
 * - deadlineItems: every open dated item, unfiltered, with no "today" in it — the case summary
 *   stores these, and screens pick what falls in their window when shown.
 * - computeDeadlines: one case's deadlines for the deadlines page as of `today`.
 *
 * Some items lapse when their day passes (LAPSING_KINDS: the hearing happened, the measure
 * expired). The rest stay open, and overdue, until something closes them: an 'action-done', a
 * new assessment, a plan review, a shelter exit, a registration-off entry.
 */
import {
  addDays,
  calendarDateOf,
  compareCalendar,
  instantMs,
  isCalendarDate,
  type CalendarDate,
  type Instant,
} from '../dates';
import type { CaseId } from '../ids';
import { assertNever } from '../result';
import type { EntryKind, MeasureType } from './entryKinds';
import { isInForce, type MeasureState } from './measures';
import type { EffectiveEntry } from './timeline';
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

/** Kinds that simply pass when their day has gone; the others stay open until closed. */
export const LAPSING_KINDS: readonly DeadlineKind[] = ['measure-expires', 'hearing'];

/** A high-risk case is due for reassessment this many days after its last assessment. */
export const HIGH_RISK_REVIEW_DAYS = 30;
/** How far back computeDeadlines looks for overdue items that are still open. */
export const DEFAULT_LOOKBACK_DAYS = 30;

/** What each kind of deadline carries for its label (texts come from the message catalogues). */
export type DeadlineDetail =
  | { readonly kind: 'measure-expires'; readonly measure: MeasureType }
  | {
      readonly kind: 'hearing';
      readonly entryKind: 'admin-case' | 'court-decision';
      readonly caseNumber: string;
    }
  | { readonly kind: 'action-due'; readonly action: string; readonly ownerAgency: string }
  | { readonly kind: 'review-due'; readonly lastAssessmentAt: Instant | null }
  | { readonly kind: 'safety-plan-review' }
  | { readonly kind: 'shelter-exit' }
  | { readonly kind: 'registration-review' };

/** One deadline on the deadlines page. */
export type Deadline = {
  readonly caseId: CaseId;
  readonly reference: string;
  readonly date: CalendarDate;
  /** Original id of the entry that set the date; null for a review due with no assessment. */
  readonly sourceEntryId: string | null;
  /** The date is before today (the item is still open). */
  readonly overdue: boolean;
} & DeadlineDetail;

type Candidate = {
  readonly date: CalendarDate;
  readonly sourceEntryId: string;
  readonly detail: DeadlineDetail;
};

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
function doneActions(effective: readonly EffectiveEntry[]): Set<string> {
  return new Set(
    effective.filter((e) => e.entry.kind === 'action-done').map((e) => text(e.entry, 'actionEntryId')),
  );
}

/** Hearings, open actions, and the review dates set by the newest plan, shelter and registration entries. */
function entryCandidates(effective: readonly EffectiveEntry[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (date: CalendarDate | null, sourceEntryId: string, detail: DeadlineDetail) => {
    if (date) out.push({ date, sourceEntryId, detail });
  };
  const done = doneActions(effective);
  for (const { originalId, entry } of effective) {
    if (entry.kind === 'admin-case' || entry.kind === 'court-decision') {
      push(dateField(entry, 'hearingOn'), originalId, {
        kind: 'hearing',
        entryKind: entry.kind,
        caseNumber: text(entry, 'caseNumber'),
      });
    }
    if (entry.kind === 'action-assigned' && !done.has(originalId)) {
      push(dateField(entry, 'dueOn'), originalId, {
        kind: 'action-due',
        action: text(entry, 'action'),
        ownerAgency: text(entry, 'ownerAgency'),
      });
    }
  }
  // Only the newest plan or review sets the next review date.
  const plan = latestOf(effective, ['safety-plan', 'safety-plan-review']);
  if (plan) {
    const key = plan.entry.kind === 'safety-plan' ? 'reviewOn' : 'nextReviewOn';
    push(dateField(plan.entry, key), plan.originalId, { kind: 'safety-plan-review' });
  }
  const shelter = latestOf(effective, ['shelter-admission', 'shelter-exit']);
  if (shelter?.entry.kind === 'shelter-admission') {
    push(dateField(shelter.entry, 'plannedExitOn'), shelter.originalId, { kind: 'shelter-exit' });
  }
  const registration = latestOf(effective, ['registration-on', 'registration-off']);
  if (registration?.entry.kind === 'registration-on') {
    push(dateField(registration.entry, 'reviewOn'), registration.originalId, { kind: 'registration-review' });
  }
  return out;
}

function labelOf(detail: DeadlineDetail): string {
  switch (detail.kind) {
    case 'measure-expires':
      return detail.measure;
    case 'action-due':
      // The responsible agency's kind, never the action's typed text: the summary is stored
      // outside the codec, so it holds no free text. Screens read the text from the entry.
      return detail.ownerAgency;
    case 'hearing':
    case 'review-due':
    case 'safety-plan-review':
    case 'shelter-exit':
    case 'registration-review':
      return '';
    default:
      return assertNever(detail);
  }
}

/**
 * Every open dated item of a case, sorted by date, for the stored case summary (no window, no
 * "today"). Measures ended early are left out; a review is due HIGH_RISK_REVIEW_DAYS after
 * the last assessment of a high-risk case. Each item names the original id of its source entry.
 */
export function deadlineItems(
  effective: readonly EffectiveEntry[],
  spans: readonly MeasureSpan[],
  risk: { readonly level: RiskLevel | null; readonly lastAssessedOn: CalendarDate | null },
): DatedItem[] {
  const items: DatedItem[] = [];
  for (const s of spans) {
    const endedEarly = s.endedOn !== null && (s.endsOn === null || compareCalendar(s.endedOn, s.endsOn) <= 0);
    if (!endedEarly && s.endsOn) {
      items.push({
        date: s.endsOn,
        kind: 'measure-expires',
        label: s.measure,
        sourceEntryId: s.orderEntryId,
      });
    }
  }
  for (const c of entryCandidates(effective)) {
    items.push({
      date: c.date,
      kind: c.detail.kind,
      label: labelOf(c.detail),
      sourceEntryId: c.sourceEntryId,
    });
  }
  if (risk.level === 'high' && risk.lastAssessedOn) {
    items.push({
      date: addDays(risk.lastAssessedOn, HIGH_RISK_REVIEW_DAYS),
      kind: 'review-due',
      label: '',
      // The assessment that set the level; '' when the caller's level came from elsewhere.
      sourceEntryId: latestOf(effective, ['risk-assessment'])?.originalId ?? '',
    });
  }
  return items.sort((a, b) => compareCalendar(a.date, b.date));
}

/** What computeDeadlines needs to know about one case. */
export type DeadlineInput = {
  readonly caseId: CaseId;
  readonly reference: string;
  /** The case's effective entries (timeline.effectiveEntries). */
  readonly entries: readonly EffectiveEntry[];
  /** computeMeasures for the same case and day. */
  readonly measures: readonly MeasureState[];
  /** The case's current risk level (after escalation and judgement). */
  readonly riskLevel: RiskLevel | null;
  readonly lastAssessmentAt: Instant | null;
  readonly today: CalendarDate;
  /** Days ahead of today to include. */
  readonly windowDays: number;
  /** Days back to look for overdue open items; DEFAULT_LOOKBACK_DAYS when omitted. */
  readonly lookbackDays?: number;
};

/** Sort order: date, then the order of DEADLINE_KINDS, then source entry. */
export function compareDeadlines(a: Deadline, b: Deadline): number {
  return (
    compareCalendar(a.date, b.date) ||
    DEADLINE_KINDS.indexOf(a.kind) - DEADLINE_KINDS.indexOf(b.kind) ||
    (a.sourceEntryId ?? '').localeCompare(b.sourceEntryId ?? '')
  );
}

/**
 * One case's deadlines dated from today − lookbackDays through today + windowDays, sorted.
 * Dates before today appear only while still open (not LAPSING_KINDS) and are `overdue`.
 * A high-risk case is due for review HIGH_RISK_REVIEW_DAYS after its last assessment (listed
 * ahead of time when that falls in the window), or today when it has never been assessed.
 */
export function computeDeadlines(input: DeadlineInput): Deadline[] {
  const { today } = input;
  const first = addDays(today, -(input.lookbackDays ?? DEFAULT_LOOKBACK_DAYS));
  const last = addDays(today, input.windowDays);
  const candidates: Candidate[] = [];
  for (const m of input.measures) {
    if (m.endsOn !== null && (isInForce(m.state) || m.state === 'not-started')) {
      candidates.push({
        date: m.endsOn,
        sourceEntryId: m.orderEntryId,
        detail: { kind: 'measure-expires', measure: m.measure },
      });
    }
  }
  candidates.push(...entryCandidates(input.entries));
  const review = reviewCandidate(input);
  const out: Deadline[] = [];
  for (const c of [...candidates, ...(review ? [review] : [])]) {
    const overdue = compareCalendar(c.date, today) < 0;
    if (compareCalendar(c.date, last) > 0) continue;
    if (overdue && (LAPSING_KINDS.includes(c.detail.kind) || compareCalendar(c.date, first) < 0)) continue;
    out.push({
      caseId: input.caseId,
      reference: input.reference,
      date: c.date,
      sourceEntryId: c.sourceEntryId === '' ? null : c.sourceEntryId,
      overdue,
      ...c.detail,
    });
  }
  return out.sort(compareDeadlines);
}

function reviewCandidate(input: DeadlineInput): Candidate | null {
  if (input.riskLevel !== 'high') return null;
  const detail: DeadlineDetail = { kind: 'review-due', lastAssessmentAt: input.lastAssessmentAt };
  if (input.lastAssessmentAt === null) return { date: input.today, sourceEntryId: '', detail };
  const assessment = latestOf(input.entries, ['risk-assessment']);
  return {
    date: addDays(calendarDateOf(input.lastAssessmentAt), HIGH_RISK_REVIEW_DAYS),
    sourceEntryId: assessment?.originalId ?? '',
    detail,
  };
}

/** The earliest deadline (overdue ones come first, being earlier); null when there is none. */
export function nextDeadline(deadlines: readonly Deadline[]): Deadline | null {
  return [...deadlines].sort(compareDeadlines)[0] ?? null;
}
