/**
 * Whether the person acting may record a supervisor's override (issue 9: "only a supervisor …
 * overrides consent"). ONE place answers it. Staff accounts and roles arrive with the accounts
 * work; until then Caseline cannot tell who is a supervisor, and says so: the override form asks
 * for the name of the supervisor who decided, and records it on the entry and in the audit log.
 * The accounts work replaces this function's body with the signed-in account's role.
 */
import type { Actor } from '../../db/audit';

export type SupervisorCheck =
  /** No staff roles exist yet: the form asks who decided. */
  | { readonly kind: 'unknown-until-accounts' }
  /** The signed-in account is a supervisor: the override is in its name. */
  | { readonly kind: 'supervisor'; readonly name: string }
  /** The signed-in account may not override. */
  | { readonly kind: 'not-supervisor' };

/** Whether `actor` may record an override (see the module comment). */
export function supervisorCheck(_actor: Actor): SupervisorCheck {
  return { kind: 'unknown-until-accounts' };
}
