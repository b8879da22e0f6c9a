/**
 * The case's risk now, and when it must be assessed again (rules data in riskRules.ts).
 *
 * Risk now: the newest assessment's final level, raised to high by escalation as of that
 * assessment unless a supervisor overrode it (an override is judgement made knowing the
 * call-outs). Call-outs after the newest assessment do not change the level: they ask for a new
 * assessment instead (below).
 *
 * Review due: every level has one, the rule's interval after the newest assessment's own
 * calendar day (High sooner than Medium sooner than Standard).
 *
 * Reassessment due: after a trigger that happened later than the newest assessment — an
 * incident with strangulation, injury or a weapon; a breach of a measure; a report or police
 * call-out that brings escalation to its threshold — a new assessment is due the rule's
 * reassessWithinDays after the trigger's day (the day after, by default). The earliest pending
 * trigger sets the date. An assessment at the same moment as the trigger or later answers it.
 */
import { addDays, calendarDateOf, instantMs, type CalendarDate, type Instant } from '../dates';
import {
  countsAsEscalation,
  escalationLevel,
  escalationWindowStart,
  latestRisk,
  maxLevel,
  type LatestRisk,
} from './risk';
import { DEFAULT_RISK_RULES, TRIGGER_INCIDENT_FIELDS, riskRuleFor, type RiskReviewRule } from './riskRules';
import type { EffectiveEntry } from './timeline';
import type { RiskLevel } from './types';

/** The case's level now, with the assessment it rests on. */
export type RiskNow = LatestRisk & {
  /** The level that holds: the assessment's, raised by escalation as of it unless overridden. */
  readonly level: RiskLevel;
  /** The level the assessment itself recorded. */
  readonly assessedLevel: RiskLevel;
  /** Escalation raised the level above what the assessment recorded. */
  readonly raisedByEscalation: boolean;
};

/** The case's current risk level and its assessment, or null when never assessed. */
export function riskNow(
  effective: readonly EffectiveEntry[],
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): RiskNow | null {
  const latest = latestRisk(effective);
  if (!latest) return null;
  const escalation = latest.overridden ? null : escalationLevel(effective, latest.occurredAt, rules);
  const level = maxLevel(latest.level, escalation);
  return { ...latest, level, assessedLevel: latest.level, raisedByEscalation: level !== latest.level };
}

export type ReviewDue = {
  readonly dueOn: CalendarDate;
  readonly level: RiskLevel;
  /** Original id of the assessment it follows. */
  readonly assessmentId: string;
};

/** When the current level is next due for review, or null when never assessed. */
export function reviewDue(
  risk: RiskNow | null,
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): ReviewDue | null {
  if (!risk) return null;
  const day = calendarDateOf(risk.occurredAt);
  return {
    dueOn: addDays(day, riskRuleFor(day, rules).reviewDays[risk.level]),
    level: risk.level,
    assessmentId: risk.originalId,
  };
}

export const TRIGGER_KINDS = ['incident', 'breach', 'escalation'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export type ReassessmentTrigger = {
  readonly kind: TriggerKind;
  /** Original id of the entry. */
  readonly entryId: string;
  readonly occurredAt: Instant;
};

export type ReassessmentDue = {
  readonly dueOn: CalendarDate;
  /** The earliest trigger not yet answered by an assessment: it sets the date. */
  readonly trigger: ReassessmentTrigger;
  /** Every trigger since the newest assessment, oldest first. */
  readonly triggers: readonly ReassessmentTrigger[];
};

/** An incident with strangulation, injury or a weapon, or a breach. */
function triggerOf(e: EffectiveEntry): TriggerKind | null {
  const { entry } = e;
  if (entry.kind === 'order-breached') return 'breach';
  if (entry.kind === 'incident' && TRIGGER_INCIDENT_FIELDS.some((f) => entry.fields[f] === true))
    return 'incident';
  return null;
}

type EscalationEvent = {
  readonly id: string;
  readonly at: Instant;
  readonly ms: number;
  readonly day: CalendarDate;
};

/**
 * Reports and police call-outs after `since` that bring escalation to the rule's threshold: the
 * number of separate days with one, in the window up to each of them (as escalationDays counts).
 * Walks back from each event only until the threshold is met, so a long timeline stays cheap.
 */
function escalationTriggers(
  effective: readonly EffectiveEntry[],
  since: number,
  rules: readonly RiskReviewRule[],
): ReassessmentTrigger[] {
  const events: EscalationEvent[] = effective
    .filter((e) => countsAsEscalation(e.entry.kind, e.entry.author.agency.kind, e.entry.fields.visitType))
    .map((e) => ({
      id: e.originalId,
      at: e.entry.occurredAt,
      ms: instantMs(e.entry.occurredAt),
      day: calendarDateOf(e.entry.occurredAt),
    }))
    .filter((e) => !Number.isNaN(e.ms))
    .sort((a, b) => a.ms - b.ms);
  const out: ReassessmentTrigger[] = [];
  for (let i = 0; i < events.length; i++) {
    const ev = events[i]!;
    if (!(ev.ms > since)) continue;
    const needed = riskRuleFor(ev.day, rules).escalationEpisodes;
    const start = escalationWindowStart(ev.at, rules);
    let last = i;
    while (last + 1 < events.length && events[last + 1]!.ms === ev.ms) last++;
    const days = new Set<CalendarDate>();
    for (let j = last; j >= 0 && events[j]!.ms > start && days.size < needed; j--) days.add(events[j]!.day);
    if (days.size >= needed) out.push({ kind: 'escalation', entryId: ev.id, occurredAt: ev.at });
  }
  return out;
}

/**
 * The new assessment a case asks for after a trigger, or null when every trigger has been
 * answered by a later assessment (see the module comment).
 */
export function reassessmentDue(
  effective: readonly EffectiveEntry[],
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): ReassessmentDue | null {
  const latest = latestRisk(effective);
  const since = latest ? instantMs(latest.occurredAt) : Number.NEGATIVE_INFINITY;
  const triggers: ReassessmentTrigger[] = escalationTriggers(effective, since, rules);
  for (const e of effective) {
    const kind = triggerOf(e);
    if (kind && instantMs(e.entry.occurredAt) > since)
      triggers.push({ kind, entryId: e.originalId, occurredAt: e.entry.occurredAt });
  }
  triggers.sort(
    (a, b) => instantMs(a.occurredAt) - instantMs(b.occurredAt) || (a.entryId < b.entryId ? -1 : 1),
  );
  const first = triggers[0];
  if (!first) return null;
  const day = calendarDateOf(first.occurredAt);
  return { dueOn: addDays(day, riskRuleFor(day, rules).reassessWithinDays), trigger: first, triggers };
}
