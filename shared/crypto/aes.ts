/**
 * AES-256-GCM through WebCrypto, for bundle envelopes and for values encrypted at rest.
 *
 * Every call draws a fresh random 12-byte IV: with random IVs a key may seal about 2^32
 * messages before the chance of an IV repeating matters (NIST SP 800-38D §8.3), far beyond one
 * desktop's lifetime of values. The 16-byte tag is appended to the ciphertext, as WebCrypto
 * returns it. Additional data, when given, is authenticated but not encrypted: bind a value to
 * where it belongs (a record id and field name) so it cannot be moved to another record.
 *
 * Decryption never throws on bad input: a failed tag check is `{ ok: false, reason:
 * 'auth-failed' }`, which for a passphrase-derived key means the passphrase is wrong (or the
 * bytes were damaged; a key-check value, see passphrase.ts, tells the two apart).
 */
import { concatBytes, fromUtf8, randomBytes, utf8 } from './encoding';

export const AES_KEY_BYTES = 32;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/** Ciphertext (tag appended) and the IV it was sealed with. */
export type Sealed = { readonly iv: Uint8Array<ArrayBuffer>; readonly ciphertext: Uint8Array<ArrayBuffer> };

export type OpenResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'auth-failed' | 'malformed' };

/**
 * A non-extractable AES-256-GCM key from 32 raw bytes. Returns null for any other length, so a
 * truncated key can never silently become AES-128.
 */
export async function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey | null> {
  if (raw.length !== AES_KEY_BYTES) return null;
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A new random AES-256-GCM key. `extractable` only where it must be wrapped or exported. */
export async function generateAesKey(extractable = false): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, extractable, [
    'encrypt',
    'decrypt',
    'wrapKey',
    'unwrapKey',
  ]);
}

function params(iv: Uint8Array<ArrayBuffer>, aad?: Uint8Array<ArrayBuffer>): AesGcmParams {
  return aad === undefined ? { name: 'AES-GCM', iv } : { name: 'AES-GCM', iv, additionalData: aad };
}

/** Encrypts bytes under a fresh random IV. */
export async function encryptBytes(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const iv = randomBytes(GCM_IV_BYTES);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt(params(iv, aad), key, plaintext));
  return { iv, ciphertext };
}

/** Decrypts what encryptBytes sealed; a wrong key, IV, AAD or any changed byte is 'auth-failed'. */
export async function decryptBytes(
  key: CryptoKey,
  sealed: Sealed,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<OpenResult<Uint8Array<ArrayBuffer>>> {
  if (sealed.iv.length !== GCM_IV_BYTES || sealed.ciphertext.length < GCM_TAG_BYTES) {
    return { ok: false, reason: 'malformed' };
  }
  try {
    const plain = await crypto.subtle.decrypt(params(sealed.iv, aad), key, sealed.ciphertext);
    return { ok: true, value: new Uint8Array(plain) };
  } catch {
    // WebCrypto reports a failed tag check as an OperationError and nothing else.
    return { ok: false, reason: 'auth-failed' };
  }
}

/** Encrypts UTF-8 text. */
export async function encryptText(
  key: CryptoKey,
  text: string,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  return encryptBytes(key, utf8(text), aad);
}

/** Decrypts text sealed by encryptText; bytes that are not UTF-8 are 'malformed'. */
export async function decryptText(
  key: CryptoKey,
  sealed: Sealed,
  aad?: Uint8Array<ArrayBuffer>,
): Promise<OpenResult<string>> {
  const opened = await decryptBytes(key, sealed, aad);
  if (!opened.ok) return opened;
  const text = fromUtf8(opened.value);
  return text === null ? { ok: false, reason: 'malformed' } : { ok: true, value: text };
}

/**
 * One byte string holding IV then ciphertext: the form to store a sealed value in a single
 * IndexedDB column (structured clone keeps a Uint8Array as bytes).
 */
export function packSealed(sealed: Sealed): Uint8Array<ArrayBuffer> {
  return concatBytes(sealed.iv, sealed.ciphertext);
}

/** The parts of a packed value; null when it is too short to hold an IV and a tag. */
export function unpackSealed(packed: Uint8Array): Sealed | null {
  if (packed.length < GCM_IV_BYTES + GCM_TAG_BYTES) return null;
  return { iv: packed.slice(0, GCM_IV_BYTES), ciphertext: packed.slice(GCM_IV_BYTES) };
}
