/**
 * Checks a risk assessment before it is saved (rules in risk.ts): every factor answered, an
 * override with its reason, and a result that lowers the case's level only with a reason and
 * never on critical factors that are not known.
 */
import { error, type Problem } from './problems';
import {
  RISK_FACTORS,
  finalLevel,
  missingAnswers,
  riskRank,
  scoreAssessment,
  type RiskAnswer,
  type RiskOverride,
} from './risk';
import type { RiskLevel } from './types';

/**
 * Whether moving a case from `current` to `next` needs a supervisor's confirmation: when it
 * lowers the level. Raising it, keeping it, or a first assessment does not. The accounts feature
 * asks for the confirmation; until it exists, the UI asks for the reason (validateAssessment).
 */
export function needsSupervisor(current: RiskLevel | null, next: RiskLevel): boolean {
  return current !== null && riskRank(next) < riskRank(current);
}

/** An assessment as the form holds it. */
export type AssessmentDraft = {
  /** Answers so far; a factor missing here is unanswered. */
  readonly answers: Readonly<Record<string, RiskAnswer | undefined>>;
  readonly override: RiskOverride | null;
  /** escalationLevel as of the assessment. */
  readonly escalation: RiskLevel | null;
  /** The case's level before this assessment (caseFacts' risk level); null when never assessed. */
  readonly currentLevel: RiskLevel | null;
  /** Why the case is at a lower level now; required when the result lowers it. */
  readonly lowerReason: string;
};

export type AssessmentCheck = {
  /** The final level this assessment gives. */
  readonly level: RiskLevel;
  /** It is below the case's current level. */
  readonly lowers: boolean;
  readonly needsSupervisor: boolean;
  /** Empty when it may be saved. */
  readonly problems: readonly Problem[];
};

/** Checks an assessment against the rules in risk.ts. */
export function validateAssessment(d: AssessmentDraft): AssessmentCheck {
  const problems: Problem[] = [];
  const answers: Record<string, RiskAnswer> = {};
  for (const [id, a] of Object.entries(d.answers)) if (a !== undefined) answers[id] = a;
  for (const id of missingAnswers(answers)) problems.push(error(`q.${id}`, 'risk.err.unanswered'));
  if (d.override && d.override.reason.trim() === '')
    problems.push(error('overrideReason', 'risk.overrideReasonRequired'));

  const score = scoreAssessment(answers);
  const level = finalLevel(score, d.escalation, d.override);
  const lowers = needsSupervisor(d.currentLevel, level);
  if (lowers) {
    if (d.lowerReason.trim() === '') problems.push(error('lowerReason', 'risk.err.lowerReason'));
    for (const f of RISK_FACTORS)
      if (f.critical && answers[f.id] === 'unknown')
        problems.push(error(`q.${f.id}`, 'risk.err.unknownCannotLower'));
  }
  return { level, lowers, needsSupervisor: lowers, problems };
}
