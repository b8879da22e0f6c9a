/**
 * What the app finds at start, decided before any screen shows: the settings, this office's
 * identity (host) and the agency the case database belongs to (workspace record). The decision
 * never makes a new agency for a database that already has one.
 */
import type { AgencyIdentity } from '../../shared/identity';
import type { Settings } from '../../shared/settings';
import { matchWorkspace, readWorkspace, recordWorkspace, type Workspace } from '../db/workspaceRepo';
import { invoke } from '../host';
import { now } from './clock';

export type Boot =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  /** No identity and no case data: first-run setup makes both. */
  | { readonly state: 'setup'; readonly settings: Settings }
  /** The case data belongs to an agency whose identity file is gone: re-create its key only. */
  | { readonly state: 'identity-missing'; readonly settings: Settings; readonly workspace: Workspace }
  /** The identity file cannot be read: say where it is; nothing is replaced. */
  | { readonly state: 'identity-unreadable'; readonly settings: Settings; readonly detail: string }
  /** The database belongs to another agency than the identity: refuse to open it. */
  | {
      readonly state: 'other-agency';
      readonly settings: Settings;
      readonly identity: AgencyIdentity;
      readonly workspace: Workspace;
    }
  | { readonly state: 'ready'; readonly settings: Settings; readonly identity: AgencyIdentity };

export async function boot(): Promise<Boot> {
  const settings = await invoke('settings-get', undefined);
  if (!settings.ok) return { state: 'failed', message: settings.error.message };
  const identity = await invoke('identity-get', undefined);
  let workspace: Workspace | null;
  try {
    workspace = await readWorkspace();
  } catch {
    return { state: 'failed', message: 'storage' };
  }
  if (!identity.ok) {
    return identity.error.code === 'identity-unreadable'
      ? { state: 'identity-unreadable', settings: settings.value, detail: identity.error.message }
      : { state: 'failed', message: identity.error.message };
  }
  return decide(settings.value, identity.value, workspace);
}

/** The decision itself, with what was found (a new identity records the workspace). */
export async function decide(
  settings: Settings,
  identity: AgencyIdentity | null,
  workspace: Workspace | null,
): Promise<Boot> {
  if (!identity) {
    return workspace ? { state: 'identity-missing', settings, workspace } : { state: 'setup', settings };
  }
  switch (matchWorkspace(identity, workspace)) {
    case 'other-agency':
      return { state: 'other-agency', settings, identity, workspace: workspace! };
    case 'new':
    case 'same':
      // Kept current: a rename in another window, or a re-created key, shows up here too.
      await recordWorkspace(identity, now().instant);
      return { state: 'ready', settings, identity };
  }
}
