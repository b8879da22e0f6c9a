/**
 * The summary cached on each case row, so the cases list and the deadlines page read no
 * entries. Recomputed on every write from the entries of SUMMARY_KINDS (read by the
 * [caseId+kind] index), plus the previous summary for counts and activity. Every fact in it comes
 * from caseFacts.ts (datedFacts), the same functions the case page and prints use.
 */
import { instantMs, type CalendarDate, type Instant } from '../dates';
import type { AgencyRef } from './agencies';
import { datedFacts, type FactRules } from './caseFacts';
import { CONTACT_KINDS } from './contact';
import type { EntryKind } from './entryKinds';
import { spanOf } from './measures';
import { effectiveEntries } from './timeline';
import type { CaseSummary, Entry } from './types';

/** The version of the summary this code writes (see CaseSummary for what each added). */
export const SUMMARY_VERSION = 3;

/** How many of the latest assessments the stored trend keeps. */
export const STORED_TREND_POINTS = 12;

/**
 * The entry kinds the summary depends on. The repository reads only these (plus the entries
 * being written) to recompute a summary, so a kind that feeds a dated fact must be listed here;
 * a test checks that the facts from these kinds alone equal the facts from every entry.
 */
export const SUMMARY_KINDS: readonly EntryKind[] = [
  ...new Set<EntryKind>([
    'order-issued',
    'order-served',
    'order-breached',
    'order-ended',
    'check-in',
    'risk-assessment',
    'action-assigned',
    'action-done',
    'admin-case',
    'court-decision',
    'safety-plan',
    'safety-plan-review',
    'shelter-admission',
    'shelter-exit',
    'registration-on',
    'registration-off',
    'incident',
    'report-received',
    // Version 3: a referral's reply date is a dated item until its answer arrives.
    'referral-sent',
    'referral-accepted',
    'referral-declined',
    ...CONTACT_KINDS,
  ]),
];

const SUMMARY_KIND_SET: ReadonlySet<string> = new Set(SUMMARY_KINDS);

/** Whether the case summary depends on entries of this kind. */
export function isSummaryKind(kind: EntryKind): boolean {
  return SUMMARY_KIND_SET.has(kind);
}

const later = (a: Instant, b: Instant | null): Instant => (b === null || instantMs(a) > instantMs(b) ? a : b);

/**
 * Recomputes a case's cached summary after `added` entries were written.
 * - riskLevel, lastAssessmentAt, riskTrend: risk now and the trend (riskReview.ts, risk.ts);
 * - measures, deadlines, openActions, lastContactAt, signals: the dated facts of caseFacts.ts
 *   over the effective (corrected, non-voided) entries among `relevant`;
 * - lastActivityAt, agencies, entryCount: incremental from `previous`, because they depend on
 *   every entry kind and the repository does not read them all on each write.
 * `today` and `windowDays` are accepted for callers that pass them; nothing stored depends on
 * them, because the stored summary holds dated facts and screens apply "today" when shown.
 */
export function summariseCase(input: {
  readonly previous: CaseSummary;
  /** Entries written now (all of a case's entries when rebuilding). */
  readonly added: readonly Entry[];
  /** Every entry of SUMMARY_KINDS on the case, including the added ones. */
  readonly relevant: readonly Entry[];
  readonly today: CalendarDate;
  readonly windowDays: number;
  readonly rules?: FactRules;
}): CaseSummary {
  const { previous, added, relevant } = input;
  const facts = datedFacts(effectiveEntries(relevant), input.rules);

  let lastActivityAt = previous.lastActivityAt;
  const agencies: AgencyRef[] = [...previous.agencies];
  for (const e of added) {
    lastActivityAt = later(e.occurredAt, lastActivityAt);
    if (!agencies.some((a) => a.id === e.author.agency.id)) agencies.push(e.author.agency);
  }

  return {
    riskLevel: facts.risk?.level ?? null,
    lastAssessmentAt: facts.risk?.occurredAt ?? null,
    measures: facts.measures.map(spanOf),
    deadlines: facts.items,
    openActions: facts.openActions.length,
    lastActivityAt,
    lastContactAt: facts.lastContact?.entry.occurredAt ?? null,
    agencies,
    entryCount: previous.entryCount + added.length,
    version: SUMMARY_VERSION,
    riskTrend: facts.trend.slice(-STORED_TREND_POINTS).map((p) => ({ at: p.occurredAt, level: p.level })),
    signals: facts.signals,
  };
}
