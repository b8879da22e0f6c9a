/**
 * The host's share of an unlocked session. At unlock the renderer derives a 32-byte host key
 * from the data key (HKDF-SHA-256, its own `info`, so it is neither the data key nor any other
 * key made from it) and hands it to the host, which makes from it:
 * - the key that seals the office's signing key in identity.json (so a copied identity file is
 *   useless without a staff member's passphrase), also used for the key check that tells a
 *   wrong host key from a right one;
 * - the key that authenticates each staff account in keyring.json, so that a role changed in
 *   the file by hand is found and that account refused.
 * The host forgets them when the app locks.
 */
import { constantTimeEqual, fromHex, toHex, utf8 } from '../../shared/crypto/encoding';
import { canonicalJson } from '../../shared/domain/canonical';

export const HOST_KEY_BYTES = 32;

export type HostKeys = {
  /** AES-256-GCM: seals the signing key; the keyring's key check is made with it. */
  readonly identity: CryptoKey;
  /** HMAC-SHA-256 over each account record. */
  readonly mac: CryptoKey;
};

async function derive(base: CryptoKey, info: string, algorithm: AesKeyGenParams | HmacKeyGenParams) {
  const usages: KeyUsage[] = algorithm.name === 'HMAC' ? ['sign', 'verify'] : ['encrypt', 'decrypt'];
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: utf8('caseline host'), info: utf8(info) },
    base,
    algorithm,
    false,
    usages,
  );
}

/** The host's keys from the 32 bytes the renderer sent; null for anything else. */
export async function hostKeysFrom(raw: Uint8Array<ArrayBuffer> | null): Promise<HostKeys | null> {
  if (raw?.length !== HOST_KEY_BYTES) return null;
  const base = await crypto.subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']);
  return {
    identity: await derive(base, 'caseline identity key v1', { name: 'AES-GCM', length: 256 }),
    mac: await derive(base, 'caseline keyring mac v1', { name: 'HMAC', hash: 'SHA-256', length: 256 }),
  };
}

/** HMAC (hex) of a record's canonical JSON. */
export async function macOf(keys: HostKeys, record: unknown): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', keys.mac, utf8(canonicalJson(record)))));
}

/** True when `mac` authenticates `record` under these keys. */
export async function macMatches(keys: HostKeys, record: unknown, mac: string): Promise<boolean> {
  const expected = fromHex(await macOf(keys, record));
  const given = fromHex(mac);
  return expected !== null && given !== null && constantTimeEqual(expected, given);
}
