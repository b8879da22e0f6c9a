/**
 * Caseline's own risk checklist. Factor ids only: the questions, in Caseline's own words, are
 * in the message catalogues (`risk.factor.<id>`). The score is an aid, not a verdict; a
 * professional judgement overrides it, always with a reason, and the screen shows both.
 */
import { instantMs, type Instant } from '../dates';
import { RISK_LEVELS, type Entry, type FieldValue, type RiskLevel } from './types';

export type RiskFactor = { readonly id: string; readonly weight: 1 | 2; readonly critical: boolean };

/** Weight 2 and "critical": the factors most associated with serious harm and homicide. */
export const RISK_FACTORS: readonly RiskFactor[] = [
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
];

export const RISK_FACTOR_IDS = RISK_FACTORS.map((f) => f.id);

/** Weighted score at which the checklist alone says "high". */
export const HIGH_SCORE = 14;
/** Weighted score at which it says "medium". */
export const MEDIUM_SCORE = 7;
/** This many critical factors answered yes make the level high whatever the score. */
export const HIGH_CRITICAL_COUNT = 2;
/** Police call-outs within 12 months that make a case at least high (escalation). */
export const ESCALATION_CALLOUTS = 3;

export type RiskAnswer = 'yes' | 'no' | 'unknown';

export type RiskScore = {
  readonly score: number;
  readonly maxScore: number;
  readonly yesCount: number;
  readonly unknownCount: number;
  readonly computedLevel: RiskLevel;
  /** Ids of the critical factors answered yes. */
  readonly reasons: readonly string[];
};

export type Assessment = {
  readonly answers: Readonly<Record<string, RiskAnswer>>;
  readonly notes: Readonly<Record<string, string>>;
  readonly score: RiskScore;
  readonly override: { readonly level: RiskLevel; readonly reason: string } | null;
};

const MAX_SCORE = RISK_FACTORS.reduce((sum, f) => sum + f.weight, 0);

export function scoreAssessment(answers: Readonly<Record<string, RiskAnswer>>): RiskScore {
  let score = 0;
  let yesCount = 0;
  let unknownCount = 0;
  const reasons: string[] = [];
  for (const f of RISK_FACTORS) {
    const a = answers[f.id] ?? 'unknown';
    if (a === 'yes') {
      score += f.weight;
      yesCount++;
      if (f.critical) reasons.push(f.id);
    } else if (a === 'unknown') unknownCount++;
  }
  const computedLevel: RiskLevel =
    score >= HIGH_SCORE || reasons.length >= HIGH_CRITICAL_COUNT
      ? 'high'
      : score >= MEDIUM_SCORE
        ? 'medium'
        : 'standard';
  return { score, maxScore: MAX_SCORE, yesCount, unknownCount, computedLevel, reasons };
}

function rank(level: RiskLevel | null): number {
  return level === null ? -1 : RISK_LEVELS.indexOf(level);
}

export function maxLevel(a: RiskLevel, b: RiskLevel | null): RiskLevel {
  return rank(b) > rank(a) ? (b as RiskLevel) : a;
}

type Effective = readonly { readonly originalId: string; readonly entry: Entry }[];

const YEAR_MS = 365 * 86_400_000;

/** 'high' when the police were called out three or more times in the 12 months before `asOf`. */
export function escalationLevel(effective: Effective, asOf: Instant): RiskLevel | null {
  const end = instantMs(asOf);
  let count = 0;
  for (const { entry } of effective) {
    if (entry.kind !== 'callout' || entry.author.agency.kind !== 'police') continue;
    const t = instantMs(entry.occurredAt);
    if (t <= end && t > end - YEAR_MS) count++;
  }
  return count >= ESCALATION_CALLOUTS ? 'high' : null;
}

/** Judgement wins when given; otherwise the higher of the checklist and escalation. */
export function finalLevel(
  score: RiskScore,
  escalation: RiskLevel | null,
  override: Assessment['override'],
): RiskLevel {
  return override?.level ?? maxLevel(score.computedLevel, escalation);
}

export function assessmentToFields(
  a: Assessment,
  escalation: RiskLevel | null = null,
): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const f of RISK_FACTORS) {
    fields[`q.${f.id}`] = a.answers[f.id] ?? 'unknown';
    const note = a.notes[f.id]?.trim();
    if (note) fields[`note.${f.id}`] = note;
  }
  fields.score = a.score.score;
  fields.maxScore = a.score.maxScore;
  fields.computedLevel = a.score.computedLevel;
  fields.level = finalLevel(a.score, escalation, a.override);
  if (a.override) {
    fields.overrideLevel = a.override.level;
    fields.overrideReason = a.override.reason;
  }
  return fields;
}

function isLevel(v: unknown): v is RiskLevel {
  return typeof v === 'string' && (RISK_LEVELS as readonly string[]).includes(v);
}

/** Reads an assessment back; anything unexpected becomes "not known" rather than an error. */
export function assessmentFromFields(
  fields: Readonly<Record<string, FieldValue>>,
): Assessment & { readonly level: RiskLevel } {
  const answers: Record<string, RiskAnswer> = {};
  const notes: Record<string, string> = {};
  for (const f of RISK_FACTORS) {
    const a = fields[`q.${f.id}`];
    answers[f.id] = a === 'yes' || a === 'no' ? a : 'unknown';
    const n = fields[`note.${f.id}`];
    if (typeof n === 'string' && n) notes[f.id] = n;
  }
  const score = scoreAssessment(answers);
  const override = isLevel(fields.overrideLevel)
    ? {
        level: fields.overrideLevel,
        reason: typeof fields.overrideReason === 'string' ? fields.overrideReason : '',
      }
    : null;
  const level = isLevel(fields.level) ? fields.level : (override?.level ?? score.computedLevel);
  return { answers, notes, score, override, level };
}

export type TrendPoint = { readonly occurredAt: Instant; readonly level: RiskLevel; readonly score: number };

/** Past assessments, oldest first, for the trend chart. */
export function riskTrend(effective: Effective): TrendPoint[] {
  return effective
    .filter(({ entry }) => entry.kind === 'risk-assessment')
    .map(({ entry }) => {
      const a = assessmentFromFields(entry.fields);
      return { occurredAt: entry.occurredAt, level: a.level, score: a.score.score };
    })
    .sort((a, b) => instantMs(a.occurredAt) - instantMs(b.occurredAt));
}

export function latestRisk(
  effective: Effective,
): { level: RiskLevel; occurredAt: Instant; overridden: boolean } | null {
  let latest: Entry | null = null;
  for (const { entry } of effective) {
    if (
      entry.kind === 'risk-assessment' &&
      (!latest || instantMs(entry.occurredAt) > instantMs(latest.occurredAt))
    )
      latest = entry;
  }
  if (!latest) return null;
  const a = assessmentFromFields(latest.fields);
  return { level: a.level, occurredAt: latest.occurredAt, overridden: a.override !== null };
}
