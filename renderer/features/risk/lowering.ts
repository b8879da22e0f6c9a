/**
 * What lowering a case's risk level takes, decided in one function: the domain says when a result
 * lowers the level (needsSupervisor), and this says what the form must then ask for. Today that
 * is the reason alone. Staff accounts plug a supervisor's confirmation in here (setLoweringPolicy)
 * and the risk form asks for it without other changes.
 */
import { needsSupervisor } from '../../../shared/domain/riskValidation';
import type { RiskLevel } from '../../../shared/domain/types';
import type { Actor } from '../../db/audit';

/** What a lowering needs before it is saved. */
export type LoweringNeeds =
  /** The result does not lower the level. */
  | { readonly kind: 'nothing' }
  /**
   * The reason, kept with the assessment. (No supervisor role exists yet; staff accounts add the
   * confirmation they need as another case here.)
   */
  | { readonly kind: 'reason' };

export type LoweringPolicy = (from: RiskLevel | null, to: RiskLevel, actor: Actor) => LoweringNeeds;

const reasonOnly: LoweringPolicy = (from, to) =>
  needsSupervisor(from, to) ? { kind: 'reason' } : { kind: 'nothing' };

let policy: LoweringPolicy = reasonOnly;

/** What lowering `from` → `to` needs, under the policy in force. */
export function loweringNeeds(from: RiskLevel | null, to: RiskLevel, actor: Actor): LoweringNeeds {
  return policy(from, to, actor);
}

/** Replaces the policy (staff accounts); returns a function that restores the previous one. */
export function setLoweringPolicy(next: LoweringPolicy): () => void {
  const previous = policy;
  policy = next;
  return () => {
    policy = previous;
  };
}
