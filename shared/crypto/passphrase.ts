/**
 * Keys from passphrases: PBKDF2-HMAC-SHA256 (RFC 8018) into an AES-256-GCM key, and a random
 * data key wrapped under it, for encryption at rest (each staff account wraps the same data
 * key under its own passphrase) and for passphrase-encrypted bundles.
 *
 * - 600,000 iterations is the floor, as OWASP's password storage guidance gives for
 *   PBKDF2-HMAC-SHA256; a file or stored key asking for fewer is refused, not weakened. A
 *   ceiling (5,000,000, some seconds of work) keeps a hostile file from freezing the app.
 * - A fresh random 16-byte salt for every derivation.
 * - Passphrases are taken in Unicode NFC, so the same Kazakh or Russian passphrase typed on two
 *   keyboards that compose letters differently derives the same key.
 * - A wrong passphrase is an answer, `wrong-passphrase`, never an exception.
 */
import * as v from 'valibot';
import { GCM_IV_BYTES, GCM_TAG_BYTES } from './aes';
import { fromBase64, randomBytes, toBase64, utf8 } from './encoding';

export const PBKDF2_MIN_ITERATIONS = 600_000;
export const PBKDF2_MAX_ITERATIONS = 5_000_000;
export const SALT_BYTES = 16;

/** How a key was derived: what a file or a stored wrapped key records next to the ciphertext. */
export type KdfParams = {
  readonly name: 'PBKDF2-SHA256';
  readonly iterations: number;
  /** Base64 of SALT_BYTES random bytes. */
  readonly salt: string;
};

const base64Of = (bytes: number, message: string) =>
  v.pipe(
    v.string(),
    v.check((s) => fromBase64(s)?.length === bytes, message),
  );

/**
 * The KDF parameters as they must appear in a file. Iterations outside the accepted range fail
 * here with the message 'kdf-rejected', so the caller can say why the file was refused.
 */
export const kdfParamsSchema = v.strictObject({
  name: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(
    v.number(),
    v.check(
      (n) => Number.isSafeInteger(n) && n >= PBKDF2_MIN_ITERATIONS && n <= PBKDF2_MAX_ITERATIONS,
      'kdf-rejected',
    ),
  ),
  salt: base64Of(SALT_BYTES, 'bad-salt'),
});

/** Fresh parameters: a new random salt and `iterations` (the floor unless asked for more). */
export function newKdfParams(iterations: number = PBKDF2_MIN_ITERATIONS): KdfParams {
  if (
    !Number.isSafeInteger(iterations) ||
    iterations < PBKDF2_MIN_ITERATIONS ||
    iterations > PBKDF2_MAX_ITERATIONS
  ) {
    throw new RangeError(
      `PBKDF2 iterations must be between ${PBKDF2_MIN_ITERATIONS} and ${PBKDF2_MAX_ITERATIONS}`,
    );
  }
  return { name: 'PBKDF2-SHA256', iterations, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/** True when parameters read from outside are within what Caseline accepts. */
export function isAcceptableKdf(params: unknown): params is KdfParams {
  return v.is(kdfParamsSchema, params);
}

/**
 * The AES-256-GCM key a passphrase derives under `params` (non-extractable; usable to encrypt,
 * decrypt, wrap and unwrap). Null when the parameters are not acceptable.
 */
export async function derivePassphraseKey(passphrase: string, params: KdfParams): Promise<CryptoKey | null> {
  if (!isAcceptableKdf(params)) return null;
  const salt = fromBase64(params.salt);
  if (salt === null) return null;
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  );
}

const KEY_CHECK_AAD = utf8('caseline key check');

/**
 * A key-check value: the GCM tag of an empty message under `key`. Stored next to a ciphertext,
 * it tells "wrong passphrase" (the check fails) from "damaged file" (the check passes, the
 * ciphertext does not). It reveals nothing a ciphertext under the same key does not.
 */
export async function makeKeyCheck(key: CryptoKey): Promise<{ readonly iv: string; readonly tag: string }> {
  const iv = randomBytes(GCM_IV_BYTES);
  const tag = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: KEY_CHECK_AAD },
      key,
      new Uint8Array(0),
    ),
  );
  return { iv: toBase64(iv), tag: toBase64(tag) };
}

/** True when `check` was made under `key`. Never throws. */
export async function verifyKeyCheck(
  key: CryptoKey,
  check: { readonly iv: string; readonly tag: string },
): Promise<boolean> {
  const iv = fromBase64(check.iv);
  const tag = fromBase64(check.tag);
  if (iv?.length !== GCM_IV_BYTES || tag?.length !== GCM_TAG_BYTES) return false;
  try {
    await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: KEY_CHECK_AAD }, key, tag);
    return true;
  } catch {
    return false;
  }
}

/** A data key wrapped under one passphrase: JSON-ready, for the host's store or IndexedDB. */
export type WrappedKey = {
  readonly version: 1;
  readonly kdf: KdfParams;
  /** Base64 of the 12-byte IV. */
  readonly iv: string;
  /** Base64 of the 32-byte raw key sealed by AES-256-GCM (48 bytes with the tag). */
  readonly wrapped: string;
};

/** The wrapped-key record as stored; read every stored copy through it. */
export const wrappedKeySchema = v.strictObject({
  version: v.literal(1),
  kdf: kdfParamsSchema,
  iv: base64Of(GCM_IV_BYTES, 'bad-iv'),
  wrapped: base64Of(32 + GCM_TAG_BYTES, 'bad-wrapped-key'),
});

export type UnwrapResult =
  | { readonly ok: true; readonly key: CryptoKey }
  | { readonly ok: false; readonly reason: 'wrong-passphrase' | 'kdf-rejected' | 'malformed' };

// The KDF parameters are authenticated with the wrapped key, so nobody can lower the iteration
// count of a stored record without the unwrap failing.
function wrapAad(version: 1, kdf: KdfParams): Uint8Array<ArrayBuffer> {
  return utf8(`caseline data key v${version} ${kdf.name} ${kdf.iterations} ${kdf.salt}`);
}

const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];

/**
 * Wraps an extractable AES-256 data key under `passphrase` with new KDF parameters. The raw key
 * never passes through JavaScript: WebCrypto exports and seals it in one step.
 */
export async function wrapDataKey(
  dataKey: CryptoKey,
  passphrase: string,
  options: { readonly iterations?: number } = {},
): Promise<WrappedKey> {
  const kdf = newKdfParams(options.iterations);
  const kek = await derivePassphraseKey(passphrase, kdf);
  if (kek === null) throw new RangeError('Unacceptable KDF parameters');
  const iv = randomBytes(GCM_IV_BYTES);
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: wrapAad(1, kdf),
  });
  return { version: 1, kdf, iv: toBase64(iv), wrapped: toBase64(new Uint8Array(wrapped)) };
}

/**
 * Unwraps a stored data key with a passphrase. `wrapped` is taken as unknown because it comes
 * from storage: a record that is not a WrappedKey is 'malformed', iterations out of range are
 * 'kdf-rejected', and a failed tag check is 'wrong-passphrase'. The key is non-extractable
 * unless `extractable` is asked for (to re-wrap it, e.g. by the OS keychain).
 */
export async function unwrapDataKey(
  wrapped: unknown,
  passphrase: string,
  options: { readonly extractable?: boolean } = {},
): Promise<UnwrapResult> {
  const parsed = v.safeParse(wrappedKeySchema, wrapped);
  if (!parsed.success) {
    const kdf = parsed.issues.some((i) => i.message === 'kdf-rejected');
    return { ok: false, reason: kdf ? 'kdf-rejected' : 'malformed' };
  }
  const record = parsed.output;
  const kek = await derivePassphraseKey(passphrase, record.kdf);
  const iv = fromBase64(record.iv);
  const bytes = fromBase64(record.wrapped);
  if (kek === null || iv === null || bytes === null) return { ok: false, reason: 'malformed' };
  try {
    const key = await crypto.subtle.unwrapKey(
      'raw',
      bytes,
      kek,
      { name: 'AES-GCM', iv, additionalData: wrapAad(record.version, record.kdf) },
      { name: 'AES-GCM', length: 256 },
      options.extractable ?? false,
      DATA_KEY_USAGES,
    );
    return { ok: true, key };
  } catch {
    return { ok: false, reason: 'wrong-passphrase' };
  }
}

/**
 * A new random data key, wrapped under the first account's passphrase. Returns the usable
 * (non-extractable) key and the record to store.
 */
export async function createDataKey(
  passphrase: string,
  options: { readonly iterations?: number } = {},
): Promise<{ readonly key: CryptoKey; readonly wrapped: WrappedKey }> {
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, DATA_KEY_USAGES);
  const wrapped = await wrapDataKey(dataKey, passphrase, options);
  const unwrapped = await unwrapDataKey(wrapped, passphrase);
  if (!unwrapped.ok) throw new Error('A freshly wrapped data key did not unwrap');
  return { key: unwrapped.key, wrapped };
}

/**
 * The same data key wrapped under another passphrase: for a new staff account (an
 * administrator's record and passphrase unlock it) or a changed passphrase.
 */
export async function rewrapDataKey(
  wrapped: unknown,
  passphrase: string,
  newPassphrase: string,
  options: { readonly iterations?: number } = {},
): Promise<{ readonly ok: true; readonly wrapped: WrappedKey } | Extract<UnwrapResult, { ok: false }>> {
  const opened = await unwrapDataKey(wrapped, passphrase, { extractable: true });
  if (!opened.ok) return opened;
  return { ok: true, wrapped: await wrapDataKey(opened.key, newPassphrase, options) };
}
