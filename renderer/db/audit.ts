/**
 * The audit log: append-only, each record chained to the one before by hash (shared/audit), so
 * an altered or removed record is found by verifyChain. Records are appended in the same
 * transaction as the change they record; the chain's newest link is read and the next record
 * sealed inside that transaction (synchronous hashing), so two writers never take one number.
 */
import type { Instant } from '../../shared/dates';
import { newId, type CaseId } from '../../shared/ids';
import type { AgencyRef } from '../../shared/domain/agencies';
import type { AuditAction } from '../../shared/audit/actions';
import { sealAuditRecord, type AuditEvent } from '../../shared/audit/chain';
import { db, type CaselineDb } from './db';

/** The staff member doing something, as the audit log and entries name them. */
export type Actor = { readonly name: string; readonly agency: AgencyRef };

/** What happened, by whom, before it takes its place in the chain. */
export function auditRow(
  actor: Actor,
  at: Instant,
  action: AuditAction,
  caseId: string | null,
  detail = '',
): AuditEvent {
  return {
    id: newId<'AuditId'>(),
    at,
    caseId: caseId as CaseId | null,
    action,
    actor: actor.name,
    agencyId: actor.agency.id,
    detail,
  };
}

/**
 * Appends events to the chain. Call inside a read-write transaction that includes `d.audit`
 * (the change being recorded and its record commit together), or alone: it opens its own.
 */
export async function appendAudit(events: readonly AuditEvent[], d: CaselineDb = db()): Promise<void> {
  if (events.length === 0) return;
  await d.transaction('rw', d.audit, async () => {
    let last = (await d.audit.orderBy('seq').last()) ?? null;
    const records = [];
    for (const event of events) {
      const record = sealAuditRecord(last, event);
      records.push(record);
      last = record;
    }
    await d.audit.bulkAdd(records);
  });
}
