/**
 * The partner card (`.caseline-partner`): how an agency introduces itself to another before
 * any case is shared — who it is, whom to call, and its public key. It is self-signed: the
 * signature proves the card was made by the holder of the key on it and not altered since,
 * but not who that is. That is what comparing the fingerprint by phone is for (trust on first
 * use). The signed bytes are the canonical JSON of {card, format, version}, so a card's
 * signature can never pass for a bundle's and the other way round.
 */
import * as v from 'valibot';
import { instantMs, type Instant } from '../dates';
import { fromBase64, toBase64 } from '../crypto/encoding';
import {
  fingerprintOf,
  importPublicKey,
  SIGNATURE_BYTES,
  verifySignature,
  type Signer,
} from '../crypto/signing';
import type { FileError, FileWarning } from './errors';
import { issueToError } from './issues';
import { parseFile } from './json';
import { CLOCK_SKEW_MS, MAX_CARD_BYTES, TEXT_LIMITS } from './limits';
import { probe } from './probe';
import { agencyIdentity, base64Of, id, instant, publicKey, sha256Hex, text } from './schema/common';
import { CARD_FORMAT, type AgencyIdentity } from './types';
import { senderKey, signedBytes } from './verify';

export const CARD_VERSION = 1;
const CARD_VERSIONS = [1] as const;

/** Whom to call at the agency, to compare the fingerprint and for the cases themselves. */
export type PartnerContact = { readonly name: string; readonly phone: string; readonly email: string };

export type PartnerCard = {
  readonly agency: AgencyIdentity;
  readonly contact: PartnerContact;
  readonly installationId: string;
  /** Base64 SPKI. */
  readonly publicKey: string;
  /** SHA-256 (hex) of the SPKI bytes; show it with displayFingerprint. */
  readonly fingerprint: string;
  readonly createdAt: Instant;
};

const cardSchema = v.strictObject({
  agency: agencyIdentity,
  contact: v.strictObject({
    name: text(TEXT_LIMITS.name),
    phone: text(TEXT_LIMITS.phone),
    email: text(TEXT_LIMITS.email),
  }),
  installationId: id<string>(),
  publicKey,
  fingerprint: sha256Hex,
  createdAt: instant,
});

export const cardDocumentV1 = v.strictObject({
  format: v.literal(CARD_FORMAT),
  version: v.literal(1),
  card: cardSchema,
  signature: v.nullish(base64Of(SIGNATURE_BYTES)),
});

export type PartnerCardInput = Omit<PartnerCard, 'fingerprint'>;

export type BuildCardResult =
  | { readonly ok: true; readonly text: string; readonly fingerprint: string }
  | {
      readonly ok: false;
      readonly error:
        | FileError
        | { readonly code: 'signer-failed'; readonly message: string }
        | { readonly code: 'key-mismatch' };
    };

export type ReadCardResult =
  | { readonly ok: true; readonly card: PartnerCard; readonly warnings: readonly FileWarning[] }
  | { readonly ok: false; readonly error: FileError };

function signedPart(card: PartnerCard): object {
  return { format: CARD_FORMAT, version: CARD_VERSION, card };
}

/** Builds a signed partner card; input the reader would refuse gives the reader's error. */
export async function buildPartnerCard(input: PartnerCardInput, signer: Signer): Promise<BuildCardResult> {
  const fingerprint = (await fingerprintOf(input.publicKey)) ?? '';
  const checked = v.safeParse(cardSchema, { ...input, fingerprint }, { abortEarly: true });
  if (!checked.success) return { ok: false, error: issueToError(checked.issues[0], 'card') };
  const card = checked.output;
  const key = await importPublicKey(card.publicKey);
  if (key === null) return { ok: false, error: { code: 'bad-public-key', path: 'card.publicKey' } };
  const bytes = signedBytes(signedPart(card));
  let signature: Uint8Array<ArrayBuffer>;
  try {
    signature = new Uint8Array(await signer(bytes));
  } catch (error) {
    return {
      ok: false,
      error: { code: 'signer-failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
  if (!(await verifySignature(key, signature, bytes))) return { ok: false, error: { code: 'key-mismatch' } };
  const text = JSON.stringify(
    { format: CARD_FORMAT, version: CARD_VERSION, card, signature: toBase64(signature) },
    null,
    2,
  );
  return { ok: true, text, fingerprint };
}

async function read(input: string | Uint8Array, now: Instant): Promise<ReadCardResult> {
  const parsed = parseFile(input, MAX_CARD_BYTES);
  if (!parsed.ok) return parsed;
  const probed = probe(parsed.value, CARD_FORMAT, CARD_VERSIONS);
  if (!probed.ok) return probed;
  const doc = v.safeParse(cardDocumentV1, parsed.value, { abortEarly: true });
  if (!doc.success) return { ok: false, error: issueToError(doc.issues[0]) };
  const { card, signature } = doc.output;
  if (signature === undefined || signature === null)
    return { ok: false, error: { code: 'missing-signature' } };
  const key = await senderKey(card);
  if (!key.ok)
    return {
      ok: false,
      error: key.error.code === 'bad-public-key' ? { ...key.error, path: 'card.publicKey' } : key.error,
    };
  const signatureBytes = fromBase64(signature);
  if (
    signatureBytes === null ||
    !(await verifySignature(key.value, signatureBytes, signedBytes(signedPart(card))))
  ) {
    return { ok: false, error: { code: 'bad-signature', part: 'card' } };
  }
  const warnings: FileWarning[] = [];
  if (instantMs(card.createdAt) > instantMs(now) + CLOCK_SKEW_MS) {
    warnings.push({ code: 'clock-ahead', path: 'card.createdAt', at: card.createdAt });
  }
  return { ok: true, card, warnings };
}

/** Reads and verifies a `.caseline-partner` file. Never throws. */
export async function readPartnerCard(
  input: string | Uint8Array,
  options: { readonly now: Instant },
): Promise<ReadCardResult> {
  try {
    return await read(input, options.now);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
