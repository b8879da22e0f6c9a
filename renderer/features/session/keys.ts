/**
 * The keys of a session, all from the one data key a staff member's passphrase unwraps
 * (PBKDF2-SHA256 ≥ 600,000 iterations, shared/crypto/passphrase.ts). At unlock the data key's
 * 32 bytes are exported once, and each purpose gets its own key by HKDF-SHA-256 with its own
 * `info`, so no key is ever used for two things and none gives the data key back:
 * - `data`: AES-256-GCM for sealed values (the encrypting codec), non-extractable;
 * - `token`: HMAC for the IIN index (codec.ts tokenKeyFrom);
 * - `backup`: AES-256-GCM for backup files, which a restore derives the same way;
 * - `host`: 32 bytes for the host, which seals the office's signing key and authenticates the
 *   staff accounts with keys it derives from them (electron/host/hostKeys.ts).
 * The exported bytes are overwritten as soon as the keys are made.
 */
import { importAesKey } from '../../../shared/crypto/aes';
import { toBase64, utf8 } from '../../../shared/crypto/encoding';
import {
  rewrapDataKey,
  unwrapDataKey,
  wrapDataKey,
  type UnwrapResult,
  type WrappedKey,
} from '../../../shared/crypto/passphrase';
import { tokenKeyFrom } from '../../db/codec';
import type { DataKeys } from '../../db/encryptingCodec';

export type SessionKeys = DataKeys & {
  readonly backup: CryptoKey;
  /** Base64 of the host's 32 bytes, sent once at sign-in. */
  readonly host: string;
};

const SALT = utf8('caseline session');

async function hkdfBase(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey', 'deriveBits']);
}

/** The session's keys from the data key's bytes, which are then overwritten. */
export async function keysFromRaw(raw: Uint8Array<ArrayBuffer>): Promise<SessionKeys> {
  try {
    const base = await hkdfBase(raw);
    const data = await importAesKey(raw);
    if (!data) throw new RangeError('A data key is 32 bytes');
    const host = new Uint8Array(
      await crypto.subtle.deriveBits(
        { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: utf8('caseline host key v1') },
        base,
        256,
      ),
    );
    const backup = await crypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: utf8('caseline backup key v1') },
      base,
      { name: 'AES-GCM', length: 256 },
      false,
      ['encrypt', 'decrypt'],
    );
    const keys = { data, token: await tokenKeyFrom(raw), backup, host: toBase64(host) };
    host.fill(0);
    return keys;
  } finally {
    raw.fill(0);
  }
}

async function rawOf(key: CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.exportKey('raw', key));
}

/** Opens a staff member's wrapped data key with their passphrase. */
export async function unlockKeys(
  wrapped: unknown,
  passphrase: string,
): Promise<{ readonly ok: true; readonly keys: SessionKeys } | Extract<UnwrapResult, { ok: false }>> {
  const opened = await unwrapDataKey(wrapped, passphrase, { extractable: true });
  if (!opened.ok) return opened;
  return { ok: true, keys: await keysFromRaw(await rawOf(opened.key)) };
}

/** A new office's data key, wrapped under its first administrator's passphrase. */
export async function newOfficeKeys(passphrase: string): Promise<{ keys: SessionKeys; wrapped: WrappedKey }> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const wrapped = await wrapDataKey(dataKey, passphrase);
  return { keys: await keysFromRaw(await rawOf(dataKey)), wrapped };
}

/**
 * The data key wrapped under another passphrase: a new staff member's, a reset one, or one's
 * own new passphrase. The signed-in person's wrapped key and passphrase open it, so managing
 * staff asks them to confirm who they are.
 */
export async function rewrap(
  own: WrappedKey,
  ownPassphrase: string,
  newPassphrase: string,
): Promise<{ readonly ok: true; readonly wrapped: WrappedKey } | Extract<UnwrapResult, { ok: false }>> {
  return rewrapDataKey(own, ownPassphrase, newPassphrase);
}
