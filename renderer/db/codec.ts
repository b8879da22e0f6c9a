/**
 * The one seam through which every sensitive value is written to and read from storage.
 * Today it stores JSON as it is; encryption at rest replaces `plainCodec` with a codec that
 * encrypts, and no repository or feature changes. Async on purpose: WebCrypto is async, and
 * callers already seal before a transaction opens and open after it completes.
 *
 * `token` turns a value that must be found again exactly (an IIN) into an opaque string that
 * can be indexed in place of the value: equal inputs give equal tokens, and the token does not
 * give the value back. The plain codec hashes with a fixed domain-separation prefix (nothing is
 * secret before encryption at rest exists: the value itself sits in the sealed JSON next to
 * it). The encrypting codec uses `keyedTokens(await tokenKeyFrom(dataKeyBytes))`, an HMAC under
 * a key derived from the data key, so a copied database cannot be searched by guessing IINs.
 * Switching codecs changes every token: the stored ones are recomputed when data is encrypted.
 */
import { concatBytes, toHex, utf8 } from '../../shared/crypto/encoding';

export type Codec = {
  seal(value: unknown): Promise<string>;
  open<T>(sealed: string): Promise<T>;
  /** An indexable stand-in for `text` (64 hex digits); the same text gives the same token. */
  token(text: string): Promise<string>;
};

/** Separates Caseline's tokens from any other hash of the same text. */
export const TOKEN_DOMAIN = 'caseline/token/v1\u0000';

async function plainToken(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', concatBytes(utf8(TOKEN_DOMAIN), utf8(text)));
  return toHex(new Uint8Array(digest));
}

export const plainCodec: Codec = {
  seal: (value) => Promise.resolve(JSON.stringify(value)),
  open: <T>(sealed: string) => Promise.resolve(JSON.parse(sealed) as T),
  token: plainToken,
};

/**
 * The HMAC-SHA-256 key for tokens, derived from the data key's bytes with HKDF-SHA-256 (its own
 * `info`, so it is never the data key itself nor any other key derived from it).
 */
export async function tokenKeyFrom(dataKey: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', dataKey, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8(TOKEN_DOMAIN), info: utf8('caseline token key') },
    base,
    { name: 'HMAC', hash: 'SHA-256', length: 256 },
    false,
    ['sign'],
  );
}

/** `token` for an encrypting codec: HMAC-SHA-256 of the domain-separated text under `key`. */
export function keyedTokens(key: CryptoKey): (text: string) => Promise<string> {
  return async (text) => {
    const mac = await crypto.subtle.sign('HMAC', key, concatBytes(utf8(TOKEN_DOMAIN), utf8(text)));
    return toHex(new Uint8Array(mac));
  };
}

let active: Codec = plainCodec;

export function codec(): Codec {
  return active;
}

/** Installs the codec used by every repository (at unlock, when encryption at rest exists). */
export function useCodec(next: Codec): void {
  active = next;
}
