/**
 * The passphrase envelope: sign, then encrypt. The whole signed document (its JSON text, UTF-8)
 * is sealed with AES-256-GCM under a key from PBKDF2-SHA256; the envelope shows only the format
 * name and version, the KDF parameters, the IV, a key-check value and the ciphertext — nothing
 * about the case, the sender or the recipients.
 *
 * The additional authenticated data is the canonical JSON of {encrypted, format, kdf, version},
 * so none of them can be changed without the decryption failing. The key check (see
 * crypto/passphrase.ts) separates "wrong passphrase" from "damaged file".
 */
import * as v from 'valibot';
import { canonicalJson } from '../domain/canonical';
import { decryptBytes, encryptBytes, GCM_IV_BYTES, GCM_TAG_BYTES } from '../crypto/aes';
import { fromBase64, fromUtf8, toBase64, utf8 } from '../crypto/encoding';
import {
  derivePassphraseKey,
  kdfParamsSchema,
  makeKeyCheck,
  newKdfParams,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
  verifyKeyCheck,
  type KdfParams,
} from '../crypto/passphrase';
import { done, fail, type Step } from './errors';
import { issueToError } from './issues';
import { base64Of } from './schema/common';
import { BUNDLE_FORMAT } from './types';

export const envelopeSchema = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.number(),
  encrypted: v.literal(true),
  kdf: kdfParamsSchema,
  cipher: v.strictObject({
    name: v.literal('AES-256-GCM'),
    iv: base64Of(GCM_IV_BYTES),
    check: v.strictObject({ iv: base64Of(GCM_IV_BYTES), tag: base64Of(GCM_TAG_BYTES) }),
  }),
  // Decoded once, when decrypting; an invalid one is reported then.
  ciphertext: v.string(),
});

function aad(version: number, kdf: KdfParams): Uint8Array<ArrayBuffer> {
  return utf8(canonicalJson({ encrypted: true, format: BUNDLE_FORMAT, kdf, version }));
}

/**
 * Seals a signed document's text under `passphrase`. Throws a RangeError for an empty
 * passphrase or an iteration count outside the accepted range: the caller asks for a real one.
 */
export async function sealDocument(
  documentText: string,
  version: number,
  passphrase: string,
  iterations?: number,
): Promise<string> {
  if (passphrase.length === 0) throw new RangeError('An empty passphrase encrypts nothing');
  const kdf = newKdfParams(iterations);
  const key = await derivePassphraseKey(passphrase, kdf);
  if (key === null) throw new RangeError('Unacceptable KDF parameters');
  const check = await makeKeyCheck(key);
  const sealed = await encryptBytes(key, utf8(documentText), aad(version, kdf));
  return JSON.stringify({
    format: BUNDLE_FORMAT,
    version,
    encrypted: true,
    kdf,
    cipher: { name: 'AES-256-GCM', iv: toBase64(sealed.iv), check },
    ciphertext: toBase64(sealed.ciphertext),
  });
}

/** The signed document's text inside an envelope, or why it cannot be had. */
export async function openEnvelope(raw: unknown, passphrase: string | undefined): Promise<Step<string>> {
  const parsed = v.safeParse(envelopeSchema, raw, { abortEarly: true });
  if (!parsed.success) return fail(issueToError(parsed.issues[0]));
  const envelope = parsed.output;
  if (passphrase === undefined || passphrase.length === 0) return fail({ code: 'needs-passphrase' });
  const key = await derivePassphraseKey(passphrase, envelope.kdf);
  if (key === null) {
    return fail({
      code: 'kdf-rejected',
      iterations: envelope.kdf.iterations,
      min: PBKDF2_MIN_ITERATIONS,
      max: PBKDF2_MAX_ITERATIONS,
    });
  }
  if (!(await verifyKeyCheck(key, envelope.cipher.check))) return fail({ code: 'wrong-passphrase' });
  const iv = fromBase64(envelope.cipher.iv);
  const ciphertext = fromBase64(envelope.ciphertext);
  if (iv === null || ciphertext === null || ciphertext.length < GCM_TAG_BYTES) {
    return fail({ code: 'invalid-value', path: 'ciphertext', expected: 'base64' });
  }
  const opened = await decryptBytes(key, { iv, ciphertext }, aad(envelope.version, envelope.kdf));
  if (!opened.ok) return fail({ code: 'damaged' });
  const text = fromUtf8(opened.value);
  return text === null ? fail({ code: 'damaged' }) : done(text);
}
