/**
 * What the app finds at start, decided before any screen shows: the settings, this office's
 * identity (host), its staff accounts (host), the agency the case database belongs to (workspace
 * record), and a restore that was interrupted. The decision never makes a new agency for a
 * database that already has one; signing in comes after it (SessionGate).
 */
import type { AgencyIdentity } from '../../shared/identity';
import type { Settings } from '../../shared/settings';
import { matchWorkspace, readWorkspace, recordWorkspace, type Workspace } from '../db/workspaceRepo';
import { invoke } from '../host';
import { now } from './clock';

export type Boot =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  /** No identity, no accounts and no case data: first-run setup makes them (or restores a backup). */
  | { readonly state: 'setup'; readonly settings: Settings }
  /** A restore into this installation stopped before it finished: it is finished first. */
  | {
      readonly state: 'restoring';
      readonly settings: Settings;
      readonly restore: { readonly backupId: string; readonly name: string };
    }
  /** The identity file cannot be read: say where it is; nothing is replaced. */
  | { readonly state: 'identity-unreadable'; readonly settings: Settings; readonly detail: string }
  /** The database belongs to another agency than the identity: refuse to open it. */
  | {
      readonly state: 'other-agency';
      readonly settings: Settings;
      readonly identity: AgencyIdentity;
      readonly workspace: Workspace;
    }
  /**
   * An office: sign-in (or its first administrator, for an installation from before accounts)
   * comes next. `identity` is null when its file is gone (an administrator re-creates the key).
   */
  | {
      readonly state: 'office';
      readonly settings: Settings;
      readonly identity: AgencyIdentity | null;
      readonly workspace: Workspace | null;
      readonly hasAccounts: boolean;
    };

export async function boot(): Promise<Boot> {
  const settings = await invoke('settings-get', undefined);
  if (!settings.ok) return { state: 'failed', message: settings.error.message };
  const restore = await invoke('restore-status', undefined);
  if (restore.ok && restore.value)
    return { state: 'restoring', settings: settings.value, restore: restore.value };
  const identity = await invoke('identity-get', undefined);
  const keyring = await invoke('keyring-get', undefined);
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
  if (!keyring.ok) return { state: 'failed', message: keyring.error.message };
  return decide(settings.value, identity.value, workspace, keyring.value !== null);
}

/** The decision itself, with what was found (a known identity records the workspace). */
export async function decide(
  settings: Settings,
  identity: AgencyIdentity | null,
  workspace: Workspace | null,
  hasAccounts: boolean,
): Promise<Boot> {
  if (!identity) {
    return workspace || hasAccounts
      ? { state: 'office', settings, identity: null, workspace, hasAccounts }
      : { state: 'setup', settings };
  }
  switch (matchWorkspace(identity, workspace)) {
    case 'other-agency':
      return { state: 'other-agency', settings, identity, workspace: workspace! };
    case 'new':
    case 'same':
      // Kept current: a rename in another window, or a re-created key, shows up here too.
      await recordWorkspace(identity, now().instant);
      return { state: 'office', settings, identity, workspace, hasAccounts };
  }
}
