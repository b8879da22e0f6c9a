/**
 * Agency signing keys: ECDSA on P-256 with SHA-256 (WebCrypto), public keys as base64 SPKI,
 * and fingerprints for people to compare by phone.
 *
 * - Public keys travel as base64 of the DER SubjectPublicKeyInfo (RFC 5480) with an
 *   uncompressed point: always 91 bytes, 124 base64 characters. SPKI rather than JWK because
 *   it is one canonical byte string, which is what a fingerprint must be computed over.
 * - Signatures are IEEE P1363 (r ‖ s, 32 bytes each, 64 in all), as WebCrypto makes them.
 * - The private key lives in the host process. Everything that signs takes a `Signer`, so the
 *   renderer asks the host to sign a few hundred bytes and never holds the key.
 *
 * Fingerprint: SHA-256 of the SPKI bytes, kept as 64 hex digits. People see 30 decimal digits
 * in six groups of five (`37021 55390 80119 04572 29816 66310`): each group is 5 bytes of the
 * hash read as a number, modulo 100,000. That is about 99.7 bits: forging a key whose shown
 * fingerprint matches a given partner's takes around 2^99 key generations, out of reach of
 * anyone, while reading it aloud takes some twenty seconds. Digits rather than hex because
 * Latin A–F read aloud in Russian or Kazakh are easily mistaken for Cyrillic А, В, С, Е.
 */
import { fromBase64, toBase64, toHex } from './encoding';

/** Signs bytes with the installation's private key, wherever that key is held. */
export type Signer = (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

export const SPKI_BYTES = 91;
export const SIGNATURE_BYTES = 64;

const ECDSA_KEY: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };
const ECDSA_SIGN: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

/** A new P-256 key pair, extractable so the host can store the private key (sealed). */
export async function generateSigningKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(ECDSA_KEY, true, ['sign', 'verify']);
}

/** Base64 SPKI of a public key. */
export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('spki', publicKey)));
}

/**
 * A verifying key from base64 SPKI, or null when the text is not a P-256 public key in the
 * documented form (wrong length, another curve, a point not on the curve).
 */
export async function importPublicKey(spkiBase64: string): Promise<CryptoKey | null> {
  const der = fromBase64(spkiBase64);
  if (der?.length !== SPKI_BYTES) return null;
  try {
    return await crypto.subtle.importKey('spki', der, ECDSA_KEY, true, ['verify']);
  } catch {
    return null;
  }
}

/** Base64 PKCS #8 of a private key, for the host to seal and store. */
export async function exportPrivateKey(privateKey: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await crypto.subtle.exportKey('pkcs8', privateKey)));
}

/** A non-extractable signing key from base64 PKCS #8; null when it is not a P-256 key. */
export async function importPrivateKey(pkcs8Base64: string): Promise<CryptoKey | null> {
  const der = fromBase64(pkcs8Base64);
  if (der === null) return null;
  try {
    return await crypto.subtle.importKey('pkcs8', der, ECDSA_KEY, false, ['sign']);
  } catch {
    return null;
  }
}

/** A Signer over a private key held in this process (the host's side of the port). */
export function signerFor(privateKey: CryptoKey): Signer {
  return async (bytes) => new Uint8Array(await crypto.subtle.sign(ECDSA_SIGN, privateKey, bytes));
}

/** True when `signature` (P1363, 64 bytes) is valid for `bytes`. Never throws. */
export async function verifySignature(
  publicKey: CryptoKey,
  signature: Uint8Array<ArrayBuffer>,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES) return false;
  try {
    return await crypto.subtle.verify(ECDSA_SIGN, publicKey, signature, bytes);
  } catch {
    return false;
  }
}

/** SHA-256 (hex) of the SPKI bytes of a base64 public key; null when it is not base64. */
export async function fingerprintOf(spkiBase64: string): Promise<string | null> {
  const der = fromBase64(spkiBase64);
  if (der === null) return null;
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', der)));
}

export const FINGERPRINT_GROUPS = 6;

/**
 * The fingerprint as people read it: six groups of five digits. Returns '' for text that is not
 * a 64-digit hex fingerprint, so a bad value shows as nothing rather than as something similar.
 */
export function displayFingerprint(fingerprintHex: string): string {
  if (!/^[0-9a-f]{64}$/.test(fingerprintHex)) return '';
  const groups: string[] = [];
  for (let g = 0; g < FINGERPRINT_GROUPS; g++) {
    // 5 bytes = 10 hex digits = 40 bits: exact in a double, and % 100,000 is nearly uniform.
    const n = parseInt(fingerprintHex.slice(g * 10, g * 10 + 10), 16);
    groups.push(String(n % 100_000).padStart(5, '0'));
  }
  return groups.join(' ');
}
