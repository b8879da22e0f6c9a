/**
 * When a case's risk is assessed again, as data (like measureRules.ts): review intervals per
 * level, what asks for a new assessment at once, and what counts as escalation. These are
 * practice, not law: each version names itself, the day it applies from and its source, and an
 * assessment is reviewed under the version in force on the day it was made. Edit the table (or
 * pass another one), not the code that uses it.
 */
import { compareCalendar, isCalendarDate, type CalendarDate } from '../dates';
import { RISK_LEVELS, type RiskLevel } from './types';

/** Incident fields that, answered yes, ask for a new assessment. */
export const TRIGGER_INCIDENT_FIELDS = ['strangulation', 'injuries', 'weapon'] as const;

export type RiskReviewRule = {
  /** Short name of the practice version. */
  readonly version: string;
  /** Assessments made on or after this day use this version (until a later one applies). */
  readonly appliesFrom: CalendarDate;
  /** Days after an assessment at each level by which the next one is due. */
  readonly reviewDays: Readonly<Record<RiskLevel, number>>;
  /**
   * Days after a trigger (an incident with strangulation, injury or a weapon; a breach of a
   * measure; escalation reached) by which a new assessment is due: 0 the same day, 1 the next.
   */
  readonly reassessWithinDays: number;
  /** Separate days with a report received or a police call-out that make escalation. */
  readonly escalationEpisodes: number;
  /** …within this many calendar months up to the assessment. */
  readonly escalationMonths: number;
  /** Source note shown to users. */
  readonly source: string;
};

export const DEFAULT_RISK_RULES: readonly RiskReviewRule[] = [
  {
    version: 'CL-2026',
    appliesFrom: '2009-12-04',
    reviewDays: { high: 28, medium: 56, standard: 84 },
    reassessWithinDays: 1,
    escalationEpisodes: 3,
    escalationMonths: 12,
    source:
      'Caseline practice defaults, not law. Reviews: risk identification checklists such as DASH are reviewed about every 8 weeks (Medium: 56 days); a High case is reviewed within 4 weeks, in step with multi-agency meetings held every 2 to 4 weeks; a Standard case within 12 weeks. A new incident with strangulation, injury or a weapon, or a breach of a protective measure, asks for a new assessment by the next day. Escalation as in the MARAC model: three or more police call-outs in 12 months; here reports received count too, one per day. Adjust to local instructions in this table.',
  },
];

/** The review rule for an assessment made on `assessedOn` (the earliest version for an older one). */
export function riskRuleFor(
  assessedOn: CalendarDate,
  rules: readonly RiskReviewRule[] = DEFAULT_RISK_RULES,
): RiskReviewRule {
  const sorted = [...rules].sort((a, b) => compareCalendar(a.appliesFrom, b.appliesFrom));
  const applicable = sorted.filter((r) => compareCalendar(r.appliesFrom, assessedOn) <= 0);
  const rule = applicable[applicable.length - 1] ?? sorted[0];
  if (!rule) throw new Error('No risk review rule');
  return rule;
}

/**
 * Problems in a risk rules table, in English for logs and settings validation: empty when it is
 * usable. Intervals must be whole days and shorter for a higher level.
 */
export function checkRiskRules(rules: readonly RiskReviewRule[]): string[] {
  const problems: string[] = [];
  if (rules.length === 0) problems.push('no rule');
  const seen = new Set<string>();
  for (const r of rules) {
    const key = `${r.version}@${r.appliesFrom}`;
    if (!isCalendarDate(r.appliesFrom)) problems.push(`${key}: appliesFrom is not a date`);
    if (seen.has(r.appliesFrom)) problems.push(`${key}: two versions apply from the same day`);
    seen.add(r.appliesFrom);
    if (r.source.trim() === '') problems.push(`${key}: no source note`);
    const days = RISK_LEVELS.map((l) => r.reviewDays[l]);
    if (!days.every((d) => Number.isInteger(d) && d >= 1))
      problems.push(`${key}: review days must be whole ≥ 1`);
    // RISK_LEVELS runs standard → high: each interval must be shorter than the one before.
    if (!days.every((d, i) => i === 0 || d < days[i - 1]!))
      problems.push(`${key}: a higher level must be reviewed sooner`);
    if (!(Number.isInteger(r.reassessWithinDays) && r.reassessWithinDays >= 0))
      problems.push(`${key}: reassessWithinDays must be whole ≥ 0`);
    if (!(Number.isInteger(r.escalationEpisodes) && r.escalationEpisodes >= 1))
      problems.push(`${key}: escalationEpisodes must be whole ≥ 1`);
    if (!(Number.isInteger(r.escalationMonths) && r.escalationMonths >= 1))
      problems.push(`${key}: escalationMonths must be whole ≥ 1`);
  }
  return problems;
}
