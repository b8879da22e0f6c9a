/**
 * The signed-in session: who is signed in, whether the app is locked, and the keys of the
 * session (kept here only, never in React state or on screen). One store for the whole app,
 * read by components through useSession() and by code outside React through currentRole().
 *
 * Signing in and unlocking derive the data key from the passphrase in this page (the passphrase
 * never crosses to the host), install the encrypting codec and give the host its share of the
 * keys (keys.ts). Locking hides the screen at once, seals the drafts being typed, then drops
 * the codec, the keys and every decoded case header, and tells the host to forget its keys.
 * Every sign-in, unlock, failed attempt, lock and sign-out is written to the audit log.
 */
import type { AuditAction } from '../../../shared/audit/actions';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { newId, type AgencyId } from '../../../shared/ids';
import type { Account, AccountKey, KeyringState } from '../../../shared/keyring';
import type { HostErrorCode } from '../../../shared/result';
import type { Role } from '../../../shared/session/roles';
import { now } from '../../app/clock';
import { dropDrafts, openDrafts, saveBeforeLock, sealDrafts, snapshotDrafts } from '../../app/keptDrafts';
import { appendAudit } from '../../db/audit';
import { clearCaseIndex } from '../../db/caseIndex';
// codec.ts names its installer like a hook; it is an ordinary function.
import { codec, useCodec as installCodec } from '../../db/codec';
import { encryptingCodec, lockedCodec } from '../../db/encryptingCodec';
import { invoke } from '../../host';
import { unlockKeys, type SessionKeys } from './keys';

/** Why the app locked, as the audit log records it. */
export type LockReason = 'inactivity' | 'command' | 'system';

export type SessionState =
  | { readonly phase: 'signed-out' }
  | {
      readonly phase: 'unlocked';
      readonly account: Account;
      /** Data written before accounts existed still waits to be encrypted (encryptAtRest.ts). */
      readonly encryptionPending: boolean;
    }
  | { readonly phase: 'locked'; readonly account: Account; readonly reason: LockReason };

/** Why a sign-in or unlock did not succeed. */
export type SignInFailure =
  | { readonly kind: 'wrong-passphrase' }
  /** Too many wrong passphrases in a row: wait until `until` (ms since epoch). */
  | { readonly kind: 'wait'; readonly until: number }
  | { readonly kind: 'host'; readonly code: HostErrorCode };

let state: SessionState = { phase: 'signed-out' };
let keys: SessionKeys | null = null;
let agency: AgencyRef | null = null;
let settling: Promise<void> = Promise.resolve();
const listeners = new Set<() => void>();
/** Consecutive failed attempts, per account id, and when the next is allowed. */
const failures = new Map<string, { count: number; until: number }>();

function publish(next: SessionState): void {
  state = next;
  for (const l of listeners) l();
}

export function sessionSnapshot(): SessionState {
  return state;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in person's role, for rules outside React (null when nobody is signed in or locked). */
export function currentRole(): Role | null {
  return state.phase === 'unlocked' ? state.account.role : null;
}

/** The session's keys (a backup is encrypted with them); null unless unlocked. */
export function sessionKeys(): SessionKeys | null {
  return state.phase === 'unlocked' ? keys : null;
}

/** The agency audit records of sessions are written for (set once the identity is known). */
export function setSessionAgency(next: AgencyRef): void {
  agency = next;
}

/** A session's audit record (not about any case). Written while locked too: records are not sealed. */
export async function auditSession(
  account: Pick<Account, 'name'>,
  action: AuditAction,
  detail = '',
): Promise<void> {
  await appendAudit([
    {
      id: newId<'AuditId'>(),
      at: now().instant,
      actor: account.name,
      // Known once the identity is; a sign-in before an identity was recovered names no agency.
      agencyId: agency?.id ?? ('' as AgencyId),
      action,
      caseId: null,
      detail,
    },
  ]);
}

/** After three wrong passphrases in a row, each next attempt waits twice as long (at most a minute). */
const FREE_ATTEMPTS = 3;
const MAX_WAIT_MS = 60_000;

function waitFor(accountId: string): SignInFailure | null {
  const f = failures.get(accountId);
  return f && f.until > Date.now() ? { kind: 'wait', until: f.until } : null;
}

function noteFailure(accountId: string): void {
  const count = (failures.get(accountId)?.count ?? 0) + 1;
  const wait = count < FREE_ATTEMPTS ? 0 : Math.min(MAX_WAIT_MS, 1000 * 2 ** (count - FREE_ATTEMPTS));
  failures.set(accountId, { count, until: Date.now() + wait });
}

/**
 * Installs the session: codec (reading plain values while older data waits to be encrypted) and
 * keys; `beforeShown` runs with the codec in place, before any screen can read (drafts to open).
 */
async function install(
  account: Account,
  next: SessionKeys,
  keyring: KeyringState | null,
  beforeShown?: () => Promise<void>,
): Promise<void> {
  keys = next;
  const waiting = keyring?.encryption === 'pending';
  installCodec(encryptingCodec(next, { readPlain: waiting }));
  await beforeShown?.();
  publish({ phase: 'unlocked', account, encryptionPending: waiting });
}

/** A session that was just made (first-run setup, the first administrator of an upgrade). */
export async function beginSession(
  account: Account,
  next: SessionKeys,
  keyring: KeyringState,
): Promise<void> {
  failures.clear();
  dropDrafts();
  await install(account, next, keyring);
}

/** Older data is now all encrypted: plain values are no longer read. */
export async function encryptionFinished(keyring: KeyringState): Promise<void> {
  if (state.phase === 'unlocked' && keys) await install(state.account, keys, keyring);
}

/**
 * Opens a session for `account` with `passphrase`. A wrong passphrase is refused and audited
 * (`failed`), never thrown; so is an account the host refuses.
 */
type Outcome = { readonly ok: true } | { readonly ok: false; readonly failure: SignInFailure };

async function open(account: AccountKey, passphrase: string, kind: 'sign-in' | 'unlock'): Promise<Outcome> {
  const wait = waitFor(account.id);
  if (wait) return { ok: false, failure: wait };
  const failed: AuditAction = kind === 'sign-in' ? 'sign-in-failed' : 'unlock-failed';
  const opened = await unlockKeys(account.wrappedKey, passphrase);
  if (!opened.ok) {
    noteFailure(account.id);
    await auditSession(account, failed, opened.reason);
    return { ok: false, failure: { kind: 'wrong-passphrase' } };
  }
  const session = await invoke('session-open', { accountId: account.id, hostKey: opened.keys.host });
  if (!session.ok) {
    await auditSession(account, failed, session.error.code);
    return { ok: false, failure: { kind: 'host', code: session.error.code } };
  }
  failures.delete(account.id);
  const keyring = await invoke('keyring-get', undefined);
  // After an unlock, the drafts kept while locked open before the pages that take them mount.
  await install(session.value, opened.keys, keyring.ok ? keyring.value : null, () =>
    kind === 'unlock' ? openDrafts((text) => codec().open(text)) : Promise.resolve(),
  );
  await auditSession(session.value, kind);
  return { ok: true };
}

/** Signs in from the sign-in screen. */
export async function signIn(account: AccountKey, passphrase: string): Promise<Outcome> {
  await settling;
  dropDrafts();
  return open(account, passphrase, 'sign-in');
}

/** Unlocks the locked session of the same person; their drafts come back. */
export async function unlock(passphrase: string): Promise<Outcome> {
  await settling;
  if (state.phase !== 'locked') return { ok: false, failure: { kind: 'host', code: 'not-signed-in' } };
  const id = state.account.id;
  const keyring = await invoke('keyring-get', undefined);
  const account = keyring.ok ? keyring.value?.accounts.find((a) => a.id === id) : undefined;
  if (!account) return { ok: false, failure: { kind: 'host', code: 'account-unknown' } };
  return open(account, passphrase, 'unlock');
}

/** Drops everything readable: codec, keys, decoded headers; the host forgets its keys too. */
async function forget(): Promise<void> {
  installCodec(lockedCodec);
  keys = null;
  clearCaseIndex();
  await invoke('session-close', undefined);
}

/**
 * Locks now: the screen changes at once (the lock screen replaces every page, title included),
 * then the drafts being typed are sealed and the keys dropped.
 */
export function lock(reason: LockReason): Promise<void> {
  if (state.phase !== 'unlocked') return settling;
  const account = state.account;
  const drafts = snapshotDrafts();
  const saving = saveBeforeLock();
  publish({ phase: 'locked', account, reason });
  const seal = codec().seal.bind(codec());
  settling = (async () => {
    await saving;
    try {
      await sealDrafts(drafts, seal);
    } catch {
      dropDrafts();
    }
    await forget();
    await auditSession(account, 'lock', reason);
  })();
  return settling;
}

/** Signs out (or lets someone else sign in from the lock screen): drafts are dropped. */
export function signOut(): Promise<void> {
  if (state.phase === 'signed-out') return settling;
  const account = state.account;
  const wasUnlocked = state.phase === 'unlocked';
  publish({ phase: 'signed-out' });
  dropDrafts();
  settling = (async () => {
    if (wasUnlocked) await forget();
    await auditSession(account, 'sign-out');
  })();
  return settling;
}

/** Nobody is signed in yet: nothing sealed can be read (the app's start). */
export function startLocked(): void {
  installCodec(lockedCodec);
  keys = null;
}

/** For tests: back to a fresh start. */
export function resetSession(): void {
  state = { phase: 'signed-out' };
  keys = null;
  failures.clear();
  settling = Promise.resolve();
  dropDrafts();
}
