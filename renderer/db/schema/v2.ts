/**
 * Schema version 2: adds `meta`, the workspace record. It names the agency this database belongs
 * to, so that a lost or unreadable identity file can never make the office a new agency: the app
 * finds its cases' agency here and only re-creates that agency's signing key. Frozen.
 */
import type { Transaction } from 'dexie';
import type { Instant } from '../../../shared/dates';
import type { AgencyKind } from '../../../shared/domain/agencies';
import type { CaseRowV1 } from './v1';

export const V2_STORES = { meta: 'key' } as const;

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
