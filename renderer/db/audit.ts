import type { Instant } from '../../shared/dates';
import { newId } from '../../shared/ids';
import type { AgencyRef } from '../../shared/domain/agencies';
import type { AuditRowV1 } from './schema/v1';

/** The staff member doing something, as the audit log and entries name them. */
export type Actor = { readonly name: string; readonly agency: AgencyRef };

export const AUDIT_ACTIONS = [
  'case-created',
  'case-status',
  'case-viewed',
  'case-printed',
  'entry-added',
  'demo-loaded',
  'demo-removed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function auditRow(
  actor: Actor,
  at: Instant,
  action: AuditAction,
  caseId: string | null,
  detail = '',
): AuditRowV1 {
  return { id: newId<'AuditId'>(), at, caseId, action, actor: actor.name, agencyId: actor.agency.id, detail };
}
