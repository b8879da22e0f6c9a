/**
 * Integrity of a validated document: the signature over the small signed header, the hash of
 * every entry, and the body digest the header commits to.
 *
 * The body digest is SHA-256 of the canonical JSON of the body in which each entry is replaced
 * by its hash. Each entry's hash covers all of the entry, so the digest covers the whole body,
 * while every entry is serialised and hashed once, not twice: a 100,000-entry bundle is
 * verified in one pass over its entries. The host signs a few hundred bytes, never the body.
 */
import { canonicalJson, sha256Hex, verifyEntryHash } from '../domain/canonical';
import type { Entry } from '../domain/types';
import { fromBase64, utf8 } from '../crypto/encoding';
import { fingerprintOf, importPublicKey, verifySignature } from '../crypto/signing';
import { done, fail, type Step } from './errors';
import type { Progress } from './validate';
import type { Validated } from './versions';

/** Entries hashed at once: enough to keep WebCrypto's queue full, few enough to report progress. */
const BATCH = 1_000;

/** UTF-8 of the canonical JSON of a signed object: the exact bytes a signature covers. */
export function signedBytes(signed: object): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson(signed));
}

/** The body digest (see above). `body.entries` is ignored in favour of `entries`. */
export async function bodyDigest(body: object, entries: readonly Entry[]): Promise<string> {
  return sha256Hex(canonicalJson({ ...body, entries: entries.map((e) => e.hash) }));
}

/** Index of the first entry whose hash does not match its content, or -1. */
export type FirstBadHash = (entries: readonly Entry[], onProgress?: Progress) => Promise<number>;

/** Index of the first entry whose hash does not match its content, or -1. Hashed in batches. */
export async function firstBadHash(entries: readonly Entry[], onProgress?: Progress): Promise<number> {
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const results = await Promise.all(batch.map((e) => verifyEntryHash(e)));
    const bad = results.indexOf(false);
    if (bad >= 0) return start + bad;
    onProgress?.({ phase: 'verify', done: start + batch.length, total: entries.length });
  }
  return -1;
}

/** The signer's key, after checking the fingerprint written next to it. */
export async function senderKey(sender: {
  readonly publicKey: string;
  readonly fingerprint: string;
}): Promise<Step<CryptoKey>> {
  const key = await importPublicKey(sender.publicKey);
  if (key === null) return fail({ code: 'bad-public-key', path: 'header.sender.publicKey' });
  if ((await fingerprintOf(sender.publicKey)) !== sender.fingerprint)
    return fail({ code: 'fingerprint-mismatch' });
  return done(key);
}

/**
 * Checks, cheapest first: a signature is present, the key and fingerprint agree, the header
 * signature verifies, every entry hash matches, and the body matches the header's digest.
 */
export async function verifyDocument(
  validated: Validated,
  onProgress?: Progress,
  check: FirstBadHash = firstBadHash,
): Promise<Step<void>> {
  const { header, signature, body } = validated.doc;
  if (signature === undefined || signature === null) return fail({ code: 'missing-signature' });
  const key = await senderKey(header.sender);
  if (!key.ok) return key;
  const signatureBytes = fromBase64(signature);
  if (signatureBytes === null || !(await verifySignature(key.value, signatureBytes, signedBytes(header)))) {
    return fail({ code: 'bad-signature', part: 'header' });
  }
  const bad = await check(validated.entries, onProgress);
  if (bad >= 0) {
    const entry = validated.entries[bad];
    return fail({
      code: 'hash-mismatch',
      path: `body.entries[${bad}]`,
      ...(entry ? { entryId: entry.id } : {}),
    });
  }
  if ((await bodyDigest(body, validated.entries)) !== header.bodyDigest) {
    return fail({ code: 'bad-signature', part: 'body' });
  }
  return done(undefined);
}
