/**
 * The workspace record: which agency this database belongs to (schema v2). The app compares it
 * with the office's identity at start: the same agency, or no record yet, is fine; a database of
 * another agency is never opened under this identity; a database without an identity file only
 * lets the same agency re-create its key.
 */
import type { Instant } from '../../shared/dates';
import type { AgencyIdentity } from '../../shared/identity';
import { db } from './db';
import type { WorkspaceRowV2 } from './schema/v2';

export type Workspace = Omit<WorkspaceRowV2, 'key'>;

export async function readWorkspace(): Promise<Workspace | null> {
  const row = await db().meta.get('workspace');
  if (!row) return null;
  const { key: _key, ...workspace } = row;
  return workspace;
}

/** Records (or updates) the agency this database belongs to from the identity. */
export async function recordWorkspace(identity: AgencyIdentity, at: Instant): Promise<void> {
  const { id, name, kind, district } = identity.agency;
  await db().meta.put({
    key: 'workspace',
    agencyId: id,
    name,
    kind,
    district,
    fingerprint: identity.fingerprint,
    recordedAt: at,
  });
}

/** How the identity and the database relate. */
export type WorkspaceMatch = 'same' | 'new' | 'other-agency';

export function matchWorkspace(identity: AgencyIdentity, workspace: Workspace | null): WorkspaceMatch {
  if (!workspace) return 'new';
  return workspace.agencyId === identity.agency.id ? 'same' : 'other-agency';
}
