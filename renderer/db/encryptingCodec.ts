/**
 * Encryption at rest (issue 9): the codec installed while a staff member is signed in. Every
 * sensitive value is sealed with AES-256-GCM under the office's data key, a fresh random IV per
 * value (shared/crypto/aes.ts), and stored as text: `c1.` and the base64 of IV ‖ ciphertext ‖
 * tag. Tokens (the IIN index) are HMACs under a key derived from the same data key (codec.ts
 * keyedTokens), so a copied database cannot be searched by trying IINs either.
 *
 * A value that does not open (damaged, or sealed under another key) is an error, never a guess.
 * A plain value (JSON, written before accounts existed) is read only while that older data is
 * still being encrypted (`readPlain`); afterwards a plain value in the store is refused, so
 * nothing can slip unencrypted values in to be shown as if they were the office's.
 *
 * Before sign-in and while locked, `lockedCodec` is installed: nothing can be read or written.
 */
import { decryptText, encryptText, packSealed, unpackSealed } from '../../shared/crypto/aes';
import { fromBase64, toBase64, utf8 } from '../../shared/crypto/encoding';
import { keyedTokens, type Codec } from './codec';

/** What an encrypted value starts with: the format's version. */
export const SEALED_PREFIX = 'c1.';
/** Binds every sealed value to this use of the data key. */
const AAD = utf8('caseline sealed value v1');

/** Caseline is locked (or nobody has signed in): sealed values cannot be read or written. */
export class LockedError extends Error {
  constructor() {
    super('Caseline is locked');
    this.name = 'LockedError';
  }
}

/** A stored value that does not open with this office's key. */
export class UnreadableValueError extends Error {
  constructor(why: 'damaged' | 'not-encrypted') {
    super(why === 'damaged' ? 'A stored value is damaged' : 'A stored value is not encrypted');
    this.name = 'UnreadableValueError';
  }
}

/** Whether a stored value was sealed by an encrypting codec. */
export function isEncrypted(sealed: string): boolean {
  return sealed.startsWith(SEALED_PREFIX);
}

export type DataKeys = {
  /** AES-256-GCM, non-extractable. */
  readonly data: CryptoKey;
  /** HMAC-SHA-256 for tokens (codec.ts tokenKeyFrom). */
  readonly token: CryptoKey;
};

/** The codec of an unlocked session. `readPlain` while older plain data is being encrypted. */
export function encryptingCodec(keys: DataKeys, options: { readonly readPlain: boolean }): Codec {
  return {
    async seal(value) {
      const sealed = await encryptText(keys.data, JSON.stringify(value), AAD);
      return SEALED_PREFIX + toBase64(packSealed(sealed));
    },
    async open<T>(sealed: string): Promise<T> {
      if (!isEncrypted(sealed)) {
        if (options.readPlain) return JSON.parse(sealed) as T;
        throw new UnreadableValueError('not-encrypted');
      }
      const bytes = fromBase64(sealed.slice(SEALED_PREFIX.length));
      const parts = bytes && unpackSealed(bytes);
      const opened = parts ? await decryptText(keys.data, parts, AAD) : null;
      if (!opened?.ok) throw new UnreadableValueError('damaged');
      return JSON.parse(opened.value) as T;
    },
    token: keyedTokens(keys.token),
  };
}

/** The codec while nobody is signed in: every use fails with LockedError. */
export const lockedCodec: Codec = {
  seal: () => Promise.reject(new LockedError()),
  open: () => Promise.reject(new LockedError()),
  token: () => Promise.reject(new LockedError()),
};
