/**
 * Caseline's own risk checklist (DOMAIN.md "Risk assessment"). Factor ids only: the questions,
 * in Caseline's own words (not any instrument's copyrighted text), are in the message
 * catalogues under `risk.factor.<id>`. The score is an aid, not a verdict: a supervisor's
 * professional judgement may override it in either direction, always with a reason, and the
 * screen shows both the computed and the final level.
 *
 * Every factor must be answered yes, no or "not known" (missingAnswers): an unanswered question
 * is not a "no", and an assessment with any left unanswered is refused (validateAssessment).
 *
 * Levels, documented thresholds:
 * - high:     weighted score ≥ HIGH_SCORE (14), or HIGH_CRITICAL_COUNT (2) critical factors
 *             answered yes (e.g. strangulation and threats to kill), whatever the score;
 * - medium:   weighted score ≥ MEDIUM_SCORE (7), or any critical factor answered yes, or any
 *             critical factor answered "not known";
 * - standard: otherwise.
 *
 * How "not known" counts. It adds nothing to the score (the score counts what is known), and
 * the number of such answers is stored and shown. It never makes a case look safer than it is:
 * - a critical factor answered "not known" makes the checklist level at least medium, as one
 *   answered yes does: not knowing about strangulation or a weapon is no reassurance;
 * - a result that would lower the case's current level is refused while any critical factor is
 *   "not known": find out first, or keep the level by judgement.
 *
 * Escalation (riskRules.ts): reports received and police call-outs on three or more separate
 * days in the 12 months up to the assessment make the level at least high. Final level =
 * override ?? max(computed, escalation).
 *
 * Lowering. A result below the case's current level needs a reason (stored as lowerReason, with
 * the level it lowered from), and needsSupervisor tells the accounts feature when a supervisor
 * must confirm it.
 */
import { addMonths, calendarDateOf, daysBetween, instantMs, type CalendarDate, type Instant } from '../dates';
import { DEFAULT_RISK_RULES, riskRuleFor, type RiskReviewRule } from './riskRules';
import { RISK_LEVELS, type FieldValue, type RiskLevel } from './types';
import type { EffectiveEntry } from './timeline';

/** One checklist factor. Weight 2 and critical: those most associated with serious harm and homicide. */
export type RiskFactor = { readonly id: string; readonly weight: 1 | 2; readonly critical: boolean };

export const RISK_FACTORS = [
  { id: 'current-injury', weight: 1, critical: false },
  { id: 'strangulation', weight: 2, critical: true },
  { id: 'threats-to-kill', weight: 2, critical: true },
  { id: 'weapons', weight: 2, critical: true },
  { id: 'escalation', weight: 2, critical: true },
  { id: 'separation', weight: 1, critical: false },
  { id: 'stalking', weight: 1, critical: false },
  { id: 'pregnancy-baby', weight: 1, critical: false },
  { id: 'children-harmed', weight: 1, critical: false },
  { id: 'sexual-violence', weight: 1, critical: false },
  { id: 'substance-misuse', weight: 1, critical: false },
  { id: 'suicidal', weight: 1, critical: false },
  { id: 'order-breach', weight: 1, critical: false },
  { id: 'violence-history', weight: 1, critical: false },
  { id: 'victim-fear', weight: 1, critical: false },
  { id: 'isolation', weight: 1, critical: false },
  { id: 'financial-control', weight: 1, critical: false },
  { id: 'controlling-jealousy', weight: 1, critical: false },
  { id: 'threats-others-pets', weight: 1, critical: false },
  { id: 'believes-could-be-killed', weight: 2, critical: true },
] as const satisfies readonly RiskFactor[];

/** A checklist factor's id: `risk.factor.<id>` must be a message key. */
export type RiskFactorId = (typeof RISK_FACTORS)[number]['id'];

/** Factor ids in checklist order; message keys are `risk.factor.<id>`. */
export const RISK_FACTOR_IDS: readonly RiskFactorId[] = RISK_FACTORS.map((f) => f.id);

/** Weighted score at which the checklist alone says "high". */
export const HIGH_SCORE = 14;
/** Weighted score at which it says "medium". */
export const MEDIUM_SCORE = 7;
/** This many critical factors answered yes make the level high whatever the score. */
export const HIGH_CRITICAL_COUNT = 2;
/** Days with a report or a police call-out within ESCALATION_MONTHS that make a case at least high. */
export const ESCALATION_EPISODES = DEFAULT_RISK_RULES[0]!.escalationEpisodes;
/** The same number under its former name. */
export const ESCALATION_CALLOUTS = ESCALATION_EPISODES;
export const ESCALATION_MONTHS = DEFAULT_RISK_RULES[0]!.escalationMonths;

export const RISK_ANSWERS = ['yes', 'no', 'unknown'] as const;
export type RiskAnswer = (typeof RISK_ANSWERS)[number];

export type RiskScore = {
  readonly score: number;
  readonly maxScore: number;
  readonly yesCount: number;
  /** Factors answered "not known", or not answered at all. */
  readonly unknownCount: number;
  readonly computedLevel: RiskLevel;
  /** Ids answered yes (what drove the score): critical first, then by weight, then checklist order. */
  readonly reasons: readonly string[];
  /** Ids of critical factors answered yes. */
  readonly criticalYes: readonly string[];
  /** Ids of critical factors answered "not known" (or not answered). */
  readonly criticalUnknown: readonly string[];
};

/** Professional judgement: a level and the reason, which is required. */
export type RiskOverride = { readonly level: RiskLevel; readonly reason: string };

export type Assessment = {
  readonly answers: Readonly<Record<string, RiskAnswer>>;
  readonly notes: Readonly<Record<string, string>>;
  readonly score: RiskScore;
  readonly override: RiskOverride | null;
};

const MAX_SCORE = RISK_FACTORS.reduce((sum, f) => sum + f.weight, 0);

/**
 * Scores answers. A factor not answered counts as "not known" here (the score is shown live as
 * the form fills); validateAssessment refuses to save until every factor is answered. Ids not on
 * the checklist are ignored.
 */
export function scoreAssessment(answers: Readonly<Record<string, RiskAnswer>>): RiskScore {
  let score = 0;
  const yes: RiskFactor[] = [];
  const unknown: RiskFactor[] = [];
  for (const f of RISK_FACTORS) {
    const a = answers[f.id];
    if (a === 'yes') {
      score += f.weight;
      yes.push(f);
    } else if (a !== 'no') unknown.push(f);
  }
  const criticalYes = yes.filter((f) => f.critical).map((f) => f.id);
  const criticalUnknown = unknown.filter((f) => f.critical).map((f) => f.id);
  const computedLevel: RiskLevel =
    score >= HIGH_SCORE || criticalYes.length >= HIGH_CRITICAL_COUNT
      ? 'high'
      : score >= MEDIUM_SCORE || criticalYes.length > 0 || criticalUnknown.length > 0
        ? 'medium'
        : 'standard';
  // A stable sort keeps checklist order within equal rank.
  const reasons = [...yes]
    .sort((a, b) => Number(b.critical) - Number(a.critical) || b.weight - a.weight)
    .map((f) => f.id);
  return {
    score,
    maxScore: MAX_SCORE,
    yesCount: yes.length,
    unknownCount: unknown.length,
    computedLevel,
    reasons,
    criticalYes,
    criticalUnknown,
  };
}

/** Factor ids with no answer (yes, no or "not known"), in checklist order. */
export function missingAnswers(answers: Readonly<Record<string, unknown>>): string[] {
  return RISK_FACTORS.filter((f) => !(RISK_ANSWERS as readonly unknown[]).includes(answers[f.id])).map(
    (f) => f.id,
  );
}

/** Position of a level in RISK_LEVELS (standard < medium < high); −1 for none. */
export function riskRank(level: RiskLevel | null): number {
  return level === null ? -1 : RISK_LEVELS.indexOf(level);
}

/** The higher of two levels; `b` may be absent. */
export function maxLevel(a: RiskLevel, b: RiskLevel | null): RiskLevel {
  return b !== null && riskRank(b) > riskRank(a) ? b : a;
}

/**
 * The days that count towards escalation up to `asOf`: calendar days (each entry's own, in its
 * recorded offset) on which a report was received ('report-received', any agency, any channel)
 * or the police were called out ('callout' written by a police agency, except planned home
 * visits: a precinct inspector's routine visits are not escalation). A report and the call-out
 * it caused are one event, so a day counts once however many entries it has. The window is the
 * rule's months up to asOf: after the same wall time that many calendar months earlier, through
 * asOf. Oldest first.
 */
export function escalationDays(
  effective: readonly EffectiveEntry[],
  asOf: Instant,
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): CalendarDate[] {
  const end = instantMs(asOf);
  const start = escalationWindowStart(asOf, rules);
  const days = new Set<CalendarDate>();
  for (const { entry } of effective) {
    if (!countsAsEscalation(entry.kind, entry.author.agency.kind, entry.fields.visitType)) continue;
    const t = instantMs(entry.occurredAt);
    if (t <= end && t > start) days.add(calendarDateOf(entry.occurredAt));
  }
  return [...days].sort();
}

/**
 * The moment the escalation window before `asOf` opens (exclusive), in ms: the same wall time
 * the rule's number of calendar months earlier, counted from asOf's own day so that leap years
 * and month lengths count right.
 */
export function escalationWindowStart(
  asOf: Instant,
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): number {
  const day = calendarDateOf(asOf);
  const months = riskRuleFor(day, rules).escalationMonths;
  return instantMs(asOf) + daysBetween(day, addMonths(day, -months)) * 86_400_000;
}

/** Whether an entry is a report received or a police call-out (see escalationDays). */
export function countsAsEscalation(
  kind: string,
  agencyKind: string,
  visitType: FieldValue | undefined,
): boolean {
  if (kind === 'report-received') return true;
  return kind === 'callout' && agencyKind === 'police' && visitType !== 'home-visit';
}

/**
 * 'high' when reports and police call-outs fall on the rule's number of separate days (3)
 * within its months (12) up to `asOf` (escalationDays), else null.
 */
export function escalationLevel(
  effective: readonly EffectiveEntry[],
  asOf: Instant,
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): RiskLevel | null {
  const needed = riskRuleFor(calendarDateOf(asOf), rules).escalationEpisodes;
  return escalationDays(effective, asOf, rules).length >= needed ? 'high' : null;
}

/** Judgement wins when given; otherwise the higher of the checklist and escalation. */
export function finalLevel(
  score: RiskScore,
  escalation: RiskLevel | null,
  override: RiskOverride | null,
): RiskLevel {
  return override?.level ?? maxLevel(score.computedLevel, escalation);
}

/** Which way judgement moved the level from what the checklist and escalation give. */
export function overrideDirection(automatic: RiskLevel, override: RiskLevel): 'raised' | 'lowered' | 'same' {
  const d = riskRank(override) - riskRank(automatic);
  return d > 0 ? 'raised' : d < 0 ? 'lowered' : 'same';
}

/** A result that lowers the case's level: the level it lowers from, and why. */
export type Lowering = { readonly from: RiskLevel; readonly reason: string };

/**
 * The fields of a 'risk-assessment' entry: `q.<id>` = answer for every factor, `note.<id>` when
 * a note was written, `score`, `maxScore`, `unknownCount`, `computedLevel`, `level` (final),
 * `escalation` when call-outs applied, `overrideLevel` and `overrideReason` when overridden,
 * `previousLevel` and `lowerReason` when it lowered the case's level. The score is stored (not
 * only recomputed) so that history shows what the assessor saw, even after weights change.
 * Throws a RangeError for an override or a lowering without a reason: the form checks first
 * (validateAssessment).
 */
export function assessmentToFields(
  a: Assessment,
  escalation: RiskLevel | null = null,
  lowering: Lowering | null = null,
): Record<string, FieldValue> {
  if (a.override && a.override.reason.trim() === '') {
    throw new RangeError('A risk level override needs a reason');
  }
  if (lowering && lowering.reason.trim() === '') {
    throw new RangeError('Lowering the risk level needs a reason');
  }
  const fields: Record<string, FieldValue> = {};
  for (const f of RISK_FACTORS) {
    fields[`q.${f.id}`] = a.answers[f.id] ?? 'unknown';
    const note = a.notes[f.id]?.trim();
    if (note) fields[`note.${f.id}`] = note;
  }
  fields.score = a.score.score;
  fields.maxScore = a.score.maxScore;
  fields.unknownCount = a.score.unknownCount;
  fields.computedLevel = a.score.computedLevel;
  fields.level = finalLevel(a.score, escalation, a.override);
  if (escalation !== null) fields.escalation = escalation;
  if (a.override) {
    fields.overrideLevel = a.override.level;
    fields.overrideReason = a.override.reason.trim();
  }
  if (lowering) {
    fields.previousLevel = lowering.from;
    fields.lowerReason = lowering.reason.trim();
  }
  return fields;
}

function isLevel(v: unknown): v is RiskLevel {
  return typeof v === 'string' && (RISK_LEVELS as readonly string[]).includes(v);
}

/** An assessment read back from an entry's fields. */
export type StoredAssessment = Assessment & {
  /** The final level as stored; recomputed when the entry lacks it. */
  readonly level: RiskLevel;
  /** The score as stored when assessed; null for an entry without one. */
  readonly storedScore: number | null;
  readonly escalation: RiskLevel | null;
  /** The level it lowered the case from, with the reason; null when it did not lower it. */
  readonly lowering: Lowering | null;
};

/**
 * Reads an assessment back. Strict but forgiving: any answer other than 'yes' or 'no' becomes
 * 'unknown', a malformed level is ignored, and nothing throws — an imported entry may hold
 * anything. `score` is recomputed with today's checklist; `storedScore` is what was saved.
 */
export function assessmentFromFields(fields: Readonly<Record<string, FieldValue>>): StoredAssessment {
  const answers: Record<string, RiskAnswer> = {};
  const notes: Record<string, string> = {};
  for (const f of RISK_FACTORS) {
    const a = fields[`q.${f.id}`];
    answers[f.id] = a === 'yes' || a === 'no' ? a : 'unknown';
    const n = fields[`note.${f.id}`];
    if (typeof n === 'string' && n.trim()) notes[f.id] = n;
  }
  const score = scoreAssessment(answers);
  const reason = typeof fields.overrideReason === 'string' ? fields.overrideReason : '';
  const override = isLevel(fields.overrideLevel) ? { level: fields.overrideLevel, reason } : null;
  const escalation = isLevel(fields.escalation) ? fields.escalation : null;
  const level = isLevel(fields.level) ? fields.level : finalLevel(score, escalation, override);
  const storedScore = typeof fields.score === 'number' && Number.isFinite(fields.score) ? fields.score : null;
  const lowering = isLevel(fields.previousLevel)
    ? { from: fields.previousLevel, reason: typeof fields.lowerReason === 'string' ? fields.lowerReason : '' }
    : null;
  return { answers, notes, score, override, level, storedScore, escalation, lowering };
}

/** One point of the risk trend chart. */
export type TrendPoint = { readonly occurredAt: Instant; readonly level: RiskLevel; readonly score: number };

function assessmentsOldestFirst(effective: readonly EffectiveEntry[]): EffectiveEntry[] {
  return effective
    .filter(({ entry }) => entry.kind === 'risk-assessment')
    .sort(
      (a, b) =>
        instantMs(a.entry.occurredAt) - instantMs(b.entry.occurredAt) ||
        (a.originalId < b.originalId ? -1 : a.originalId > b.originalId ? 1 : 0),
    );
}

/**
 * Past assessments, oldest first, for the trend chart: the last `limit` of them (all when
 * omitted). The score is the stored one, as the assessor saw it.
 */
export function riskTrend(effective: readonly EffectiveEntry[], limit?: number): TrendPoint[] {
  const all = assessmentsOldestFirst(effective).map(({ entry }) => {
    const a = assessmentFromFields(entry.fields);
    return { occurredAt: entry.occurredAt, level: a.level, score: a.storedScore ?? a.score.score };
  });
  return limit === undefined ? all : all.slice(Math.max(0, all.length - Math.max(0, limit)));
}

/** The newest assessment (by occurredAt, then original id), or null when none. */
export type LatestRisk = {
  readonly originalId: string;
  readonly occurredAt: Instant;
  readonly level: RiskLevel;
  readonly computedLevel: RiskLevel;
  readonly score: number;
  readonly overridden: boolean;
};

export function latestRisk(effective: readonly EffectiveEntry[]): LatestRisk | null {
  const latest = assessmentsOldestFirst(effective).at(-1);
  if (!latest) return null;
  const a = assessmentFromFields(latest.entry.fields);
  return {
    originalId: latest.originalId,
    occurredAt: latest.entry.occurredAt,
    level: a.level,
    // What the assessor saw, when stored; the checklist may have been re-weighted since.
    computedLevel: isLevel(latest.entry.fields.computedLevel)
      ? latest.entry.fields.computedLevel
      : a.score.computedLevel,
    score: a.storedScore ?? a.score.score,
    overridden: a.override !== null,
  };
}
