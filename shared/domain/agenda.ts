/**
 * Which cases a meeting should discuss, and why (DOMAIN.md "The multi-agency case meeting"):
 * high-risk cases, cases whose risk rose, cases with a breach, a serious or other new incident,
 * a police call-out or a missed check-in since the last meeting, and cases with overdue
 * actions. Each suggestion says why, so the chair accepts or removes it knowingly.
 *
 * Read from the stored case summaries only (risk now, the trend, the signals and the dated
 * items), never from entries: a regional office has a thousand cases, and decoding every
 * case's entries to build an agenda would take seconds. So "new since" here means "happened
 * since", by each signal's occurredAt; the meeting pack, which reads entries, also counts what
 * was written down late (changes.ts).
 */
import { compareCalendar, instantMs, type CalendarDate, type Instant } from '../dates';
import type { CaseId } from '../ids';
import type { CaseFacts } from './caseFacts';
import { riskRank } from './risk';
import type { CaseStatus, CaseSummary, RiskLevel } from './types';

/** Reasons, most pressing first: the order suggestions are sorted by. */
export const AGENDA_REASON_KINDS = [
  'breach',
  'serious-incident',
  'high-risk',
  'risk-rose',
  'incident',
  'callout',
  'missed-check-in',
  'overdue-action',
] as const;
export type AgendaReasonKind = (typeof AGENDA_REASON_KINDS)[number];

/**
 * Why a case is brought to the meeting. `at` is when the latest such event happened; `from` the
 * level before a rise; `count` how many actions are overdue.
 */
export type AgendaReason =
  | { readonly kind: 'high-risk' }
  | { readonly kind: 'risk-rose'; readonly from: RiskLevel; readonly to: RiskLevel }
  | {
      readonly kind: 'breach' | 'serious-incident' | 'incident' | 'callout' | 'missed-check-in';
      readonly at: Instant;
    }
  | { readonly kind: 'overdue-action'; readonly count: number; readonly oldest: CalendarDate };

/** What a suggestion reads of a case: the stored summary's risk, trend, signals and dated items. */
export type AgendaFacts = Pick<CaseSummary, 'riskLevel' | 'riskTrend' | 'signals' | 'deadlines'>;

/** What a suggestion needs of a case: its header as the case index holds it. */
export type AgendaCase = {
  readonly id: CaseId;
  readonly reference: string;
  readonly status: CaseStatus;
  readonly summary: AgendaFacts;
};

/**
 * The same facts from a case's computed facts: a document works out why a case is brought from
 * what its audience may read, not from the stored summary of everything.
 */
export function agendaFactsOf(f: Pick<CaseFacts, 'risk' | 'trend' | 'signals' | 'deadlines'>): AgendaFacts {
  return {
    riskLevel: f.risk?.level ?? null,
    riskTrend: f.trend.map((p) => ({ at: p.occurredAt, level: p.level })),
    signals: f.signals,
    deadlines: f.deadlines,
  };
}

export type AgendaSuggestion = {
  readonly caseId: CaseId;
  readonly reference: string;
  readonly riskLevel: RiskLevel | null;
  readonly reasons: readonly AgendaReason[];
};

const rank = (k: AgendaReasonKind) => AGENDA_REASON_KINDS.indexOf(k);

/** The level the stored trend held at `sinceMs`: the latest assessment by then, or null. */
function levelAt(summary: AgendaFacts, sinceMs: number): RiskLevel | null {
  let level: RiskLevel | null = null;
  for (const p of summary.riskTrend ?? []) if (instantMs(p.at) <= sinceMs) level = p.level;
  return level;
}

/**
 * Why a case should be discussed, most pressing first; empty when it need not be. A closed case
 * is never suggested. A rise needs a level before it: a first assessment is not a rise (a first
 * assessment at high is suggested as high risk).
 */
export function agendaReasons(c: AgendaCase, since: Instant, today: CalendarDate): AgendaReason[] {
  if (c.status === 'closed') return [];
  const s = c.summary;
  const sinceMs = instantMs(since);
  const out: AgendaReason[] = [];
  const signal = (
    kind: 'breach' | 'serious-incident' | 'incident' | 'callout' | 'missed-check-in',
    at: Instant | null | undefined,
  ) => {
    if (at && instantMs(at) > sinceMs) out.push({ kind, at });
  };
  const sig = s.signals;
  signal('breach', sig?.lastBreachAt);
  signal('serious-incident', sig?.lastSeriousIncidentAt);
  if (s.riskLevel === 'high') out.push({ kind: 'high-risk' });
  const before = levelAt(s, sinceMs);
  if (before !== null && s.riskLevel !== null && riskRank(s.riskLevel) > riskRank(before))
    out.push({ kind: 'risk-rose', from: before, to: s.riskLevel });
  // An incident already named as serious is not named twice.
  if (!out.some((r) => r.kind === 'serious-incident')) signal('incident', sig?.lastIncidentAt);
  signal('callout', sig?.lastCalloutAt);
  signal('missed-check-in', sig?.lastMissedCheckInAt);
  const overdue = s.deadlines
    .filter((d) => d.kind === 'action-due' && compareCalendar(d.date, today) < 0)
    .map((d) => d.date)
    .sort();
  if (overdue.length > 0) out.push({ kind: 'overdue-action', count: overdue.length, oldest: overdue[0]! });
  return out.sort((a, b) => rank(a.kind) - rank(b.kind));
}

/**
 * The cases to suggest for a meeting, most pressing first (by their most pressing reason, then
 * how many reasons, then reference), leaving out the cases in `exclude` (already on the agenda).
 */
export function suggestAgenda(
  cases: readonly AgendaCase[],
  o: { readonly since: Instant; readonly today: CalendarDate; readonly exclude?: ReadonlySet<string> },
): AgendaSuggestion[] {
  const out: AgendaSuggestion[] = [];
  for (const c of cases) {
    if (o.exclude?.has(c.id)) continue;
    const reasons = agendaReasons(c, o.since, o.today);
    if (reasons.length > 0)
      out.push({ caseId: c.id, reference: c.reference, riskLevel: c.summary.riskLevel, reasons });
  }
  return out.sort(
    (a, b) =>
      rank(a.reasons[0]!.kind) - rank(b.reasons[0]!.kind) ||
      b.reasons.length - a.reasons.length ||
      a.reference.localeCompare(b.reference),
  );
}
