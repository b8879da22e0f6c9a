/**
 * What the timeline's generic form may do to a risk assessment. An assessment is never edited
 * field by field: its answers, score and level are one judgement, and the way to change it is a
 * new assessment (the risk form, which asks a supervisor when the result lowers the level). It
 * may be voided when it was entered in error, but a void that lowers the case's level, or leaves
 * the case without one, is a lowering like any other: only someone who may lower risk levels
 * ('risk-lower', shared/session/roles.ts) does it.
 */
import { riskRank } from '../../../shared/domain/risk';
import { riskNow } from '../../../shared/domain/riskReview';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { Entry, RiskLevel } from '../../../shared/domain/types';

/** Why the generic form refuses a change to an assessment. */
export type AssessmentRefusal =
  /** Assessments are not corrected (nor written) in the generic form: a new assessment is. */
  | { readonly kind: 'not-corrected' }
  /** Voiding it lowers the case's level from `from` to `to` (null: no assessment left). */
  | { readonly kind: 'void-lowers'; readonly from: RiskLevel; readonly to: RiskLevel | null };

/**
 * The level the case would have without `target` (voided), and the level now; null `to` when
 * no assessment would be left. Null when the level would not go down.
 */
export function voidLowering(
  effective: readonly EffectiveEntry[],
  target: Entry,
): { readonly from: RiskLevel; readonly to: RiskLevel | null } | null {
  const before = riskNow(effective);
  if (before === null) return null;
  const after = riskNow(effective.filter((e) => e.entry.id !== target.id));
  const to = after?.level ?? null;
  return riskRank(to) < riskRank(before.level) ? { from: before.level, to } : null;
}

/**
 * Whether the generic form refuses this change, and why; null when it may go ahead. Only risk
 * assessments are concerned: `kind` is the form's kind, `target` the entry corrected or voided
 * (null for a new entry), `mayLowerRisk` whether the signed-in person may lower risk levels.
 */
export function assessmentRefusal(
  kind: Entry['kind'],
  target: Entry | null,
  voiding: boolean,
  effective: readonly EffectiveEntry[],
  mayLowerRisk: boolean,
): AssessmentRefusal | null {
  if (kind !== 'risk-assessment' && target?.kind !== 'risk-assessment') return null;
  if (!voiding || target === null) return { kind: 'not-corrected' };
  if (mayLowerRisk) return null;
  const lowering = voidLowering(effective, target);
  return lowering ? { kind: 'void-lowers', ...lowering } : null;
}
