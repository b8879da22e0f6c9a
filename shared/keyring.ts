/**
 * Staff accounts (issue 9): who may sign in on this computer, with what role, and each one's
 * copy of the data key, wrapped under a key derived from their own passphrase (PBKDF2-SHA256,
 * shared/crypto/passphrase.ts). The host keeps them in its own file beside the identity
 * (keyring.json), never in the settings and never in IndexedDB; no passphrase and no key is
 * ever stored in plain text. The renderer sees this public part: names, roles and the wrapped
 * keys, which open only with the right passphrase.
 */
import type { Instant } from './dates';
import type { WrappedKey } from './crypto/passphrase';
import type { Brand } from './ids';
import type { Role } from './session/roles';
import { invisibleProblem, type FieldProblem } from './identity';

export type AccountId = Brand<string, 'AccountId'>;

export const MAX_ACCOUNT_NAME = 200;

/** A staff account as the sign-in screen and staff management show it. */
export type Account = {
  readonly id: AccountId;
  /** The name entries, prints and the audit log give as their author. */
  readonly name: string;
  readonly role: Role;
  /** A switched-off account cannot sign in; its name stays on what it wrote. */
  readonly active: boolean;
  readonly createdAt: Instant;
  readonly lastSignInAt: Instant | null;
};

/** An account with its wrapped copy of the data key: what signing in needs. */
export type AccountKey = Account & { readonly wrappedKey: WrappedKey };

/**
 * Whether the case data is encrypted yet: 'pending' while data written before accounts existed
 * is being encrypted (first unlock after the upgrade, resumable), 'complete' afterwards and from
 * the start on a new installation. The encrypting codec reads plain values only while pending.
 */
export type EncryptionState = 'pending' | 'complete';

export type KeyringState = {
  readonly accounts: readonly AccountKey[];
  readonly encryption: EncryptionState;
  /** When the last complete backup was written; null when there has been none. */
  readonly lastBackupAt: Instant | null;
};

/**
 * The same rules for a staff name everywhere: required, at most MAX_ACCOUNT_NAME, no invisible
 * characters (a direction override would make the author of every entry read backwards; named in
 * the problem), and no other control characters (a tab or a line break).
 */
export function accountNameProblem(name: unknown): FieldProblem | null {
  if (typeof name !== 'string') return { code: 'invalid' };
  const t = name.trim();
  if (t === '') return { code: 'required' };
  if (t.length > MAX_ACCOUNT_NAME) return { code: 'too-long', max: MAX_ACCOUNT_NAME };
  return invisibleProblem(name) ?? (/\p{Cc}/u.test(t) ? { code: 'invalid' } : null);
}

/** Names are compared as people read them: case and surrounding spaces do not make a new name. */
export function sameName(a: string, b: string): boolean {
  return a.trim().normalize('NFC').toLocaleLowerCase() === b.trim().normalize('NFC').toLocaleLowerCase();
}
