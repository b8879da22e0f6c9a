/**
 * The summary cached on each case row, so the cases list and the deadlines page read no
 * entries. Recomputed on every write from the entries of SUMMARY_KINDS (read by the
 * [caseId+kind] index), plus the previous summary for counts and activity. Every fact in it comes
 * from caseFacts.ts (datedFacts), the same functions the case page and prints use.
 */
import { instantMs, type Instant } from '../dates';
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
 * The part of a summary that depends only on a case's SUMMARY_KINDS entries: the dated facts of
 * caseFacts.ts over the effective (corrected, non-voided) ones. It is the costly part (a large
 * case takes most of a second), so the repository computes it before a write's transaction, off
 * the window's thread for a large case; it is plain data that a worker can send back.
 */
export type SummaryFacts = Pick<
  CaseSummary,
  | 'riskLevel'
  | 'lastAssessmentAt'
  | 'measures'
  | 'deadlines'
  | 'openActions'
  | 'lastContactAt'
  | 'riskTrend'
  | 'signals'
>;

/**
 * The facts of a summary from every entry of SUMMARY_KINDS on a case:
 * - riskLevel, lastAssessmentAt, riskTrend: risk now and the trend (riskReview.ts, risk.ts);
 * - measures, deadlines, openActions, lastContactAt, signals: the dated facts of caseFacts.ts.
 */
export function summaryFacts(relevant: readonly Entry[], rules?: FactRules): SummaryFacts {
  const facts = datedFacts(effectiveEntries(relevant), rules);
  return {
    riskLevel: facts.risk?.level ?? null,
    lastAssessmentAt: facts.risk?.occurredAt ?? null,
    measures: facts.measures.map(spanOf),
    deadlines: facts.items,
    openActions: facts.openActions.length,
    lastContactAt: facts.lastContact?.entry.occurredAt ?? null,
    riskTrend: facts.trend.slice(-STORED_TREND_POINTS).map((p) => ({ at: p.occurredAt, level: p.level })),
    signals: facts.signals,
  };
}

/**
 * A case's summary after `added` entries were written, from its `facts` (summaryFacts of every
 * SUMMARY_KINDS entry, the added ones included) and the `previous` summary: lastActivityAt,
 * agencies and entryCount are incremental, because they depend on every entry kind and the
 * repository does not read them all on each write. Nothing stored depends on "today": the
 * summary holds dated facts, and screens apply today when shown.
 */
export function withFacts(previous: CaseSummary, added: readonly Entry[], facts: SummaryFacts): CaseSummary {
  let lastActivityAt = previous.lastActivityAt;
  const agencies: AgencyRef[] = [...previous.agencies];
  for (const e of added) {
    lastActivityAt = later(e.occurredAt, lastActivityAt);
    if (!agencies.some((a) => a.id === e.author.agency.id)) agencies.push(e.author.agency);
  }
  return {
    ...facts,
    lastActivityAt,
    agencies,
    entryCount: previous.entryCount + added.length,
    version: SUMMARY_VERSION,
  };
}

/** Recomputes a case's cached summary after `added` entries were written: both steps at once. */
export function summariseCase(input: {
  readonly previous: CaseSummary;
  /** Entries written now (all of a case's entries when rebuilding). */
  readonly added: readonly Entry[];
  /** Every entry of SUMMARY_KINDS on the case, including the added ones. */
  readonly relevant: readonly Entry[];
  readonly rules?: FactRules;
}): CaseSummary {
  return withFacts(input.previous, input.added, summaryFacts(input.relevant, input.rules));
}
