/**
 * Writing a `.caseline` file. What is written is first checked by the reader's own schema and
 * rules, so Caseline never sends a file it would refuse: an entry too long, a local column that
 * is not part of an entry, a restricted entry not meant for a recipient, a reference to an
 * entry that is neither sent nor declared withheld — each stops the build with the same error
 * the reader would give. Then every entry hash is checked, the small header is signed through
 * the Signer port, the signature is checked against the sender's public key (a host holding
 * another key than the one announced is caught here), and the text is sealed when a passphrase
 * is given.
 */
import { instantMs, type Instant } from '../dates';
import type { AgencyRef } from '../domain/agencies';
import type { Entry } from '../domain/types';
import { uuidv7 } from '../ids';
import { toBase64 } from '../crypto/encoding';
import { fingerprintOf, importPublicKey, verifySignature, type Signer } from '../crypto/signing';
import { checkBundle, referencesOf } from './check';
import { sealDocument } from './envelope';
import type { FileError } from './errors';
import type { AgencyIdentity, BundleAudience, BundleCase, BundleDelta, BundlePerson } from './types';
import { BUNDLE_FORMAT } from './types';
import { validateV3, type Progress } from './validate';
import { bodyDigest, firstBadHash, signedBytes } from './verify';
import { CURRENT_VERSION, toCurrent } from './versions';

export type BundleInput = {
  /** A UUIDv7 made from createdAt when not given. */
  readonly bundleId?: string;
  readonly createdAt: Instant;
  readonly sender: {
    readonly agency: AgencyIdentity;
    readonly installationId: string;
    /** Base64 SPKI of the key the Signer signs with. */
    readonly publicKey: string;
  };
  readonly recipients: readonly AgencyRef[];
  /** The case; `otherIds` (the ids other agencies gave it) defaults to none. */
  readonly case: Omit<BundleCase, 'otherIds'> & { readonly otherIds?: BundleCase['otherIds'] };
  readonly audience: Omit<BundleAudience, 'withheld'> & {
    readonly withheld: { readonly entries: number; readonly persons: number };
  };
  readonly persons: readonly BundlePerson[];
  /**
   * Domain Entry objects with their hashes, already redacted for the audience. Only the keys
   * of Entry: a stored row's own columns (indexes, sealed values) are an 'unknown-field'.
   */
  readonly entries: readonly Entry[];
  /**
   * Ids of the case's entries left out for this audience. Only those that sent entries refer
   * to are written, so the receiver can show such a reference as "withheld".
   */
  readonly withheldIds?: readonly string[];
  /** For a delta bundle: the bundle it follows and the entries sent before. */
  readonly delta?: BundleDelta | null;
};

export type BuildOptions = {
  /** Encrypts the signed file. Without it the file is plain, which the UI must warn about. */
  readonly passphrase?: string;
  /** PBKDF2 iterations, at least 600,000 (the default). */
  readonly iterations?: number;
  readonly onProgress?: Progress;
};

export type BuildError =
  | FileError
  /** The Signer failed (the host refused or could not sign). */
  | { readonly code: 'signer-failed'; readonly message: string }
  /** The Signer signs with another key than input.sender.publicKey. */
  | { readonly code: 'key-mismatch' };

export type BuildResult =
  | { readonly ok: true; readonly text: string; readonly bundleId: string; readonly fingerprint: string }
  | { readonly ok: false; readonly error: BuildError };

/** A placeholder of the right form, replaced by the real digest once the body is validated. */
const PENDING_DIGEST = '0'.repeat(64);

/** Ids among `withheld` that the sent entries refer to and that are not sent or listed as sent before. */
function withheldReferences(input: BundleInput): string[] {
  const withheld = new Set(input.withheldIds ?? []);
  if (withheld.size === 0) return [];
  const present = new Set<string>(input.entries.map((e) => e.id));
  for (const p of input.delta?.previous ?? []) present.add(p.id);
  const out = new Set<string>();
  for (const entry of input.entries) {
    for (const ref of referencesOf(entry))
      if (ref.target === 'entry' && withheld.has(ref.id) && !present.has(ref.id)) out.add(ref.id);
  }
  return [...out];
}

/**
 * Builds the file text of a bundle, signed through `signer`, encrypted when
 * `options.passphrase` is given. Returns the reader's error for input it would refuse. Throws
 * a RangeError only for a caller's mistake in `options`: an empty passphrase, or iterations
 * outside 600,000–5,000,000.
 */
export async function buildBundle(
  input: BundleInput,
  signer: Signer,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const fingerprint = (await fingerprintOf(input.sender.publicKey)) ?? '';
  // An unreadable createdAt is reported by validation below; the id just needs some time.
  const createdMs = instantMs(input.createdAt);
  const bundleId = input.bundleId ?? uuidv7(Number.isFinite(createdMs) ? createdMs : 0);
  const draft = {
    format: BUNDLE_FORMAT,
    version: CURRENT_VERSION,
    encrypted: false,
    header: {
      format: BUNDLE_FORMAT,
      version: CURRENT_VERSION,
      bundleId,
      createdAt: input.createdAt,
      sender: { ...input.sender, fingerprint },
      recipients: input.recipients,
      bodyDigest: PENDING_DIGEST,
    },
    body: {
      case: { ...input.case, otherIds: input.case.otherIds ?? [] },
      audience: {
        ...input.audience,
        withheld: { ...input.audience.withheld, referenced: withheldReferences(input) },
      },
      persons: input.persons,
      entries: input.entries,
      delta: input.delta ?? null,
    },
  };
  const validated = await validateV3(draft, options.onProgress);
  if (!validated.ok) return validated;
  const { doc, entries } = validated.value;
  const problem = checkBundle(toCurrent(validated.value, options.passphrase !== undefined));
  if (problem) return { ok: false, error: problem };
  const bad = await firstBadHash(entries, options.onProgress);
  if (bad >= 0) {
    return {
      ok: false,
      error: { code: 'hash-mismatch', path: `body.entries[${bad}]`, entryId: entries[bad]!.id },
    };
  }

  const key = await importPublicKey(input.sender.publicKey);
  if (key === null) return { ok: false, error: { code: 'bad-public-key', path: 'header.sender.publicKey' } };

  const header = { ...doc.header, bodyDigest: await bodyDigest(doc.body, entries) };
  const bytes = signedBytes(header);
  let signature: Uint8Array;
  try {
    signature = await signer(bytes);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'signer-failed', message: error instanceof Error ? error.message : String(error) },
    };
  }
  const signatureBytes = new Uint8Array(signature);
  if (!(await verifySignature(key, signatureBytes, bytes)))
    return { ok: false, error: { code: 'key-mismatch' } };

  const text = JSON.stringify({
    format: BUNDLE_FORMAT,
    version: CURRENT_VERSION,
    encrypted: false,
    header,
    signature: toBase64(signatureBytes),
    body: { ...doc.body, entries },
  });
  const sealed =
    options.passphrase === undefined
      ? text
      : await sealDocument(text, CURRENT_VERSION, options.passphrase, options.iterations);
  return { ok: true, text: sealed, bundleId, fingerprint };
}
