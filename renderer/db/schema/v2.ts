/**
 * Schema version 2. Frozen.
 * - `meta`, the workspace record: it names the agency this database belongs to, so that a lost
 *   or unreadable identity file can never make the office a new agency: the app finds its cases'
 *   agency here and only re-creates that agency's signing key.
 * - `audit` becomes a hash chain (shared/audit/chain.ts): each record has a unique sequence
 *   number and the hash of the one before; records written by version 1 are chained in the
 *   order they happened.
 */
import type { Transaction } from 'dexie';
import type { Instant } from '../../../shared/dates';
import type { AgencyKind } from '../../../shared/domain/agencies';
import { sealAuditRecord, type AuditRecord } from '../../../shared/audit/chain';
import { isInstant } from '../../../shared/dates';
import { isAuditAction } from '../../../shared/audit/actions';
import { isUuid, newId, type AgencyId, type AuditId, type CaseId } from '../../../shared/ids';
import type { AuditRowV1, CaseRowV1 } from './v1';

export const V2_STORES = { meta: 'key', audit: 'id, &seq, at, caseId' } as const;

/** An audit record: the event and its link in the chain. */
export type AuditRowV2 = AuditRecord;

/** The workspace's agency, mirrored from the identity file whenever that changes. */
export type WorkspaceRowV2 = {
  key: 'workspace';
  agencyId: string;
  name: string;
  kind: AgencyKind;
  district: string;
  /** The signing key's fingerprint when this row was written; '' when unknown (upgraded data). */
  fingerprint: string;
  recordedAt: Instant;
};

export type MetaRowV2 = WorkspaceRowV2;

/**
 * A database that already holds cases belongs to the agency that owns them: recorded from the
 * cases themselves (the most frequent owner: demo cases carry the same one), so it is known even
 * if the identity was lost before this version.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await chainAudit(tx);
  await recordOwner(tx);
}

/** Seals version 1's unchained audit rows into the chain, oldest first (by time, then id). */
async function chainAudit(tx: Transaction): Promise<void> {
  const table = tx.table<AuditRowV1 | AuditRowV2, string>('audit');
  const rows = (await table.toArray()) as AuditRowV1[];
  rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let last: AuditRecord | null = null;
  const sealed: AuditRowV2[] = [];
  for (const row of rows) {
    // Version 1 wrote only UUIDs, valid instants and today's action names. A row that is not so
    // (written by hand) is still kept, never dropped: what it said goes into its detail, and
    // the upgrade, which must not fail and lock the office out of its cases, carries on.
    const ordinary = isUuid(row.id) && isInstant(row.at) && isAuditAction(row.action);
    const record = sealAuditRecord(last, {
      id: (ordinary ? row.id : newId<'AuditId'>()) as AuditId,
      at: isInstant(row.at) ? row.at : (last?.at ?? '1970-01-01T00:00:00Z'),
      actor: String(row.actor),
      agencyId: row.agencyId as AgencyId,
      action: isAuditAction(row.action) ? row.action : 'settings-changed',
      caseId: row.caseId as CaseId | null,
      detail: ordinary ? row.detail : `${row.id} ${row.at} ${row.action}: ${row.detail}`,
    });
    sealed.push(record);
    last = record;
  }
  await table.clear();
  await table.bulkAdd(sealed);
}

async function recordOwner(tx: Transaction): Promise<void> {
  const counts = new Map<string, { row: CaseRowV1; n: number }>();
  await tx.table<CaseRowV1>('cases').each((row) => {
    const had = counts.get(row.ownerAgency.id);
    counts.set(row.ownerAgency.id, { row, n: (had?.n ?? 0) + 1 });
  });
  const owner = [...counts.values()].sort((a, b) => b.n - a.n)[0]?.row;
  if (!owner) return;
  const workspace: WorkspaceRowV2 = {
    key: 'workspace',
    agencyId: owner.ownerAgency.id,
    name: owner.ownerAgency.name,
    kind: owner.ownerAgency.kind,
    district: '',
    fingerprint: '',
    recordedAt: owner.createdAt,
  };
  await tx.table('meta').add(workspace);
}
