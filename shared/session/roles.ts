/**
 * Staff roles and what each may do (issue 9). Roles are ranked: a supervisor may do everything
 * staff may, an administrator everything a supervisor may. An office's first person is its
 * administrator, usually the head of the unit, who also confirms lowered risk levels; an office
 * that wants those duties apart gives the supervisor role to someone else and keeps the
 * administrator account for managing staff and backups.
 *
 * The checks are made in the interface (buttons that are not offered, forms that refuse) and
 * again by the host for what it keeps (staff accounts, the agency identity, restores).
 */

export const ROLES = ['staff', 'supervisor', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether someone with `role` may act as `needed` (a supervisor acts as staff too). */
export function mayActAs(role: Role | null, needed: Role): boolean {
  return role !== null && ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/**
 * The actions only some roles may take, and the lowest role that may. One table, so the
 * interface, the host and the documentation say the same thing.
 */
export const PERMISSIONS = {
  /** Save a risk assessment whose result is below the case's current level. */
  'risk-lower': 'supervisor',
  /** Share information although the victim's consent does not cover it. */
  'consent-override': 'supervisor',
  /** Read the audit log and verify its chain. */
  'audit-view': 'supervisor',
  /** Add staff, change their roles, reset their passphrases, switch accounts off. */
  'staff-manage': 'administrator',
  /** Change the agency's name, kind or district. */
  'agency-change': 'administrator',
  /** Make a backup of everything, and restore one. */
  backup: 'administrator',
  /** Office rules: when the app locks, how often backups are due. */
  'office-settings': 'administrator',
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof PERMISSIONS;

/** Whether `role` may take the action. */
export function may(role: Role | null, permission: Permission): boolean {
  return mayActAs(role, PERMISSIONS[permission]);
}
