/**
 * What lowering a case's risk level takes, decided in one function: the domain says when a result
 * lowers the level (needsSupervisor); a supervisor (or an administrator) then gives the reason,
 * kept with the assessment, and anyone else is refused (shared/session/roles.ts, 'risk-lower').
 */
import { needsSupervisor } from '../../../shared/domain/riskValidation';
import type { RiskLevel } from '../../../shared/domain/types';

/** What a lowering needs before it is saved. */
export type LoweringNeeds =
  /** The result does not lower the level. */
  | { readonly kind: 'nothing' }
  /** The reason, kept with the assessment. */
  | { readonly kind: 'reason' }
  /** The signed-in person may not lower a level: a supervisor must make this assessment. */
  | { readonly kind: 'refused' };

/** What lowering `from` → `to` needs from someone who may (`mayLower`) or may not lower levels. */
export function loweringNeeds(from: RiskLevel | null, to: RiskLevel, mayLower: boolean): LoweringNeeds {
  if (!needsSupervisor(from, to)) return { kind: 'nothing' };
  return mayLower ? { kind: 'reason' } : { kind: 'refused' };
}
