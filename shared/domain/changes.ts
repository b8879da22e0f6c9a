/**
 * What changed on a case since a moment (the last meeting, the last print): for the meeting
 * agenda and pack, "since the last meeting" documents and the case page. Built on the same
 * functions as caseFacts.ts.
 *
 * An entry is new since T when it happened after T, or its current version was recorded after
 * T: an incident that happened before the meeting but was only written down after it is news to
 * the meeting, and so is a correction made after it. Risk is compared between the level that
 * held at T (from the assessments that had happened by then) and the level now.
 */
import { instantMs, type Instant } from '../dates';
import { caseSignals } from './caseFacts';
import type { EntryKind } from './entryKinds';
import { riskRank } from './risk';
import { riskNow } from './riskReview';
import { DEFAULT_RISK_RULES, TRIGGER_INCIDENT_FIELDS, type RiskReviewRule } from './riskRules';
import type { EffectiveEntry } from './timeline';
import type { RiskLevel } from './types';

export type CaseChanges = {
  readonly since: Instant;
  /** How many entries of each kind are new (kinds with none are absent). */
  readonly newByKind: Readonly<Partial<Record<EntryKind, number>>>;
  readonly newCount: number;
  readonly risk: {
    readonly from: RiskLevel | null;
    readonly to: RiskLevel | null;
    /** The level is higher now (a first assessment counts as a rise from none). */
    readonly rose: boolean;
    readonly fell: boolean;
  };
  /** Original ids of new entries of each signal, in timeline order. */
  readonly breaches: readonly string[];
  readonly incidents: readonly string[];
  /** Incidents with strangulation, injury or a weapon. */
  readonly seriousIncidents: readonly string[];
  readonly callouts: readonly string[];
  readonly reports: readonly string[];
  readonly missedCheckIns: readonly string[];
  /** Whether anything a meeting should look at happened: a breach, an incident, a call-out, a report, a missed check-in or a rise in risk. */
  readonly needsAttention: boolean;
};

/** Whether an entry is new since `sinceMs` (see the module comment). */
function isNew(e: EffectiveEntry, sinceMs: number): boolean {
  return instantMs(e.entry.occurredAt) > sinceMs || instantMs(e.entry.recordedAt) > sinceMs;
}

/** What changed on a case since `since` (see the module comment). */
export function changesSince(
  effective: readonly EffectiveEntry[],
  since: Instant,
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): CaseChanges {
  const sinceMs = instantMs(since);
  const fresh = effective.filter((e) => isNew(e, sinceMs));
  const newByKind: Partial<Record<EntryKind, number>> = {};
  for (const { entry } of fresh) newByKind[entry.kind] = (newByKind[entry.kind] ?? 0) + 1;

  const ids = (pick: (e: EffectiveEntry) => boolean) => fresh.filter(pick).map((e) => e.originalId);
  // One entry at a time through caseSignals, so "a call-out" means exactly what it means there.
  const signal = (key: keyof ReturnType<typeof caseSignals>) => (e: EffectiveEntry) =>
    caseSignals([e])[key] !== null;

  const before = riskNow(
    effective.filter((e) => e.entry.kind !== 'risk-assessment' || instantMs(e.entry.occurredAt) <= sinceMs),
    rules,
  );
  const now = riskNow(effective, rules);
  const from = before?.level ?? null;
  const to = now?.level ?? null;
  const risk = { from, to, rose: riskRank(to) > riskRank(from), fell: riskRank(to) < riskRank(from) };

  const changes = {
    breaches: ids(signal('lastBreachAt')),
    incidents: ids(signal('lastIncidentAt')),
    seriousIncidents: ids(
      (e) => e.entry.kind === 'incident' && TRIGGER_INCIDENT_FIELDS.some((f) => e.entry.fields[f] === true),
    ),
    callouts: ids(signal('lastCalloutAt')),
    reports: ids(signal('lastReportAt')),
    missedCheckIns: ids(signal('lastMissedCheckInAt')),
  };
  const needsAttention =
    risk.rose ||
    changes.breaches.length > 0 ||
    changes.incidents.length > 0 ||
    changes.callouts.length > 0 ||
    changes.reports.length > 0 ||
    changes.missedCheckIns.length > 0;
  return { since, newByKind, newCount: fresh.length, risk, ...changes, needsAttention };
}
