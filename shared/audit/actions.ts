/**
 * What the audit log records (issue 9, DOMAIN.md "every view, export and import is audited").
 * The names already written by the app ('case-viewed', 'entry-added', 'case-printed', …) are
 * kept as they are, so rows stored before the chain existed keep their meaning.
 */
export const AUDIT_ACTIONS = [
  // Sessions
  'sign-in',
  'sign-in-failed',
  'unlock',
  'unlock-failed',
  'lock',
  'sign-out',
  'passphrase-changed',
  // Cases and their timelines ('case-viewed' is a case opened, 'entry-added' an entry written)
  'case-created',
  'case-viewed',
  'case-status',
  'entry-added',
  // Documents that leave the machine, data that arrives
  'case-printed',
  'export',
  'import',
  // Sharing with partner agencies: a bundle sent or received, a share refused (no consent, not
  // a partner), consent overridden by a supervisor
  'share-sent',
  'share-received',
  'share-refused',
  'share-override',
  // The partner directory: an agency trusted after its fingerprint was compared, a new key of a
  // known agency accepted or refused
  'partner-trusted',
  'partner-key-accepted',
  'partner-key-refused',
  // The installation
  'backup',
  'restore',
  'settings-changed',
  'staff-added',
  'staff-changed',
  'staff-removed',
  // Training data
  'demo-loaded',
  'demo-removed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === 'string' && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
