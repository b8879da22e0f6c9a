/**
 * The summary cached on each case row, so the cases list and the deadlines page read no
 * entries. Recomputed on every write from the entries of the kinds below (read by the
 * [caseId+kind] index), plus the previous summary for counts and activity.
 */
import { calendarDateOf, instantMs, type CalendarDate, type Instant } from '../dates';
import type { AgencyRef } from './agencies';
import { deadlineItems } from './deadlines';
import type { EntryKind } from './entryKinds';
import { measureSpans } from './measures';
import { escalationLevel, latestRisk, maxLevel } from './risk';
import { effectiveEntries } from './timeline';
import type { CaseSummary, Entry } from './types';

/**
 * The entry kinds the summary depends on. The repository reads only these (plus the entries
 * being written) to recompute a summary, so a kind that feeds the summary must be listed here.
 */
export const SUMMARY_KINDS: readonly EntryKind[] = [
  'order-issued',
  'order-served',
  'order-breached',
  'order-ended',
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
  'callout',
  'contact-attempt',
];

const SUMMARY_KIND_SET: ReadonlySet<string> = new Set(SUMMARY_KINDS);

/** Whether the case summary depends on entries of this kind. */
export function isSummaryKind(kind: EntryKind): boolean {
  return SUMMARY_KIND_SET.has(kind);
}

const later = (a: Instant, b: Instant | null): Instant => (b === null || instantMs(a) > instantMs(b) ? a : b);

/**
 * Recomputes a case's cached summary after `added` entries were written.
 * - riskLevel / lastAssessmentAt: the newest effective assessment's level, raised to high by
 *   escalation (police call-outs) as of that assessment unless a supervisor overrode it — the
 *   override is judgement made knowing the call-outs.
 * - measures, deadlines, openActions: from the effective (corrected, non-voided) entries.
 * - lastActivityAt, agencies, entryCount: incremental from `previous`, because they depend on
 *   every entry kind and the repository does not read them all on each write.
 * - lastContactAt: the newest effective call-out or reached contact attempt; `previous`'s value
 *   when there is none among `relevant` (kept rather than lost if those entries were not read).
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
}): CaseSummary {
  const { previous, added, relevant } = input;
  const effective = effectiveEntries(relevant);
  const risk = latestRisk(effective);
  const level = risk
    ? maxLevel(risk.level, risk.overridden ? null : escalationLevel(effective, risk.occurredAt))
    : null;
  const spans = measureSpans(effective);
  const done = new Set(
    effective
      .filter((e) => e.entry.kind === 'action-done')
      .map((e) => String(e.entry.fields.actionEntryId ?? '')),
  );

  let lastActivityAt = previous.lastActivityAt;
  const agencies: AgencyRef[] = [...previous.agencies];
  for (const e of added) {
    lastActivityAt = later(e.occurredAt, lastActivityAt);
    if (!agencies.some((a) => a.id === e.author.agency.id)) agencies.push(e.author.agency);
  }
  let lastContactAt: Instant | null = null;
  for (const { entry } of effective) {
    if (entry.kind === 'callout' || (entry.kind === 'contact-attempt' && entry.fields.reached === true))
      lastContactAt = later(entry.occurredAt, lastContactAt);
  }

  return {
    riskLevel: level,
    lastAssessmentAt: risk?.occurredAt ?? null,
    measures: spans,
    deadlines: deadlineItems(effective, spans, {
      level,
      lastAssessedOn: risk ? calendarDateOf(risk.occurredAt) : null,
    }),
    openActions: effective.filter((e) => e.entry.kind === 'action-assigned' && !done.has(e.originalId))
      .length,
    lastActivityAt,
    lastContactAt: lastContactAt ?? previous.lastContactAt,
    agencies,
    entryCount: previous.entryCount + added.length,
  };
}
