/**
 * Reading a `.caseline` file: size → JSON → format and version → (passphrase envelope) →
 * schema of that version → signature, entry hashes, body digest → upgrade to the current shape
 * → the bundle's own rules. Every step is linear in the file's size. Nothing is thrown for any
 * input: the answer is the bundle and its warnings, or the first thing wrong with the file.
 */
import type { Instant } from '../dates';
import type { Entry } from '../domain/types';
import type { FileError, FileWarning, Step } from './errors';
import { fail } from './errors';
import { checkBundle, warningsFor } from './check';
import { openEnvelope } from './envelope';
import { parseFile, parseJson } from './json';
import { MAX_BUNDLE_BYTES } from './limits';
import { probe } from './probe';
import { BUNDLE_FORMAT, type Bundle } from './types';
import { validateDocument, type Progress } from './validate';
import { verifyDocument, type FirstBadHash } from './verify';
import { isSupportedVersion, SUPPORTED_VERSIONS, toCurrent } from './versions';

export type ReadBundleOptions = {
  /** The passphrase, when the user has typed one. An encrypted file without it: 'needs-passphrase'. */
  readonly passphrase?: string;
  /** The reader's clock, for the warning about times in the future. */
  readonly now: Instant;
  readonly onProgress?: Progress;
  /**
   * Called with the entries once they passed the schema, before any hash or the signature is
   * verified: nothing about them is trusted yet. A reader that will compare them with what it
   * holds can start looking them up while the rest is verified.
   */
  readonly onValidated?: (entries: readonly Entry[]) => void;
  /**
   * How the entries' hashes are checked (the index of the first that does not match, or -1):
   * by default here, in order; the app's worker shares the work with the window.
   */
  readonly firstBadHash?: FirstBadHash;
};

export type ReadBundleResult =
  | { readonly ok: true; readonly bundle: Bundle; readonly warnings: readonly FileWarning[] }
  | { readonly ok: false; readonly error: FileError };

/** The signed document inside the file: itself, or what its envelope holds. */
async function plainDocument(
  raw: unknown,
  version: number,
  encrypted: boolean,
  passphrase: string | undefined,
  onProgress: Progress | undefined,
): Promise<Step<unknown>> {
  if (!encrypted) return { ok: true, value: raw };
  onProgress?.({ phase: 'decrypt', done: 0, total: 1 });
  const text = await openEnvelope(raw, passphrase);
  if (!text.ok) return text;
  onProgress?.({ phase: 'decrypt', done: 1, total: 1 });
  const inner = parseJson(text.value);
  if (!inner.ok) return inner;
  const probed = probe(inner.value, BUNDLE_FORMAT, SUPPORTED_VERSIONS);
  if (!probed.ok) return probed;
  // The envelope's version is authenticated; the document inside must be that version, plain.
  if (probed.value.version !== version) {
    return fail({ code: 'invalid-value', path: 'version', expected: String(version) });
  }
  if (probed.value.encrypted) return fail({ code: 'invalid-value', path: 'encrypted', expected: 'false' });
  return inner;
}

async function read(input: string | Uint8Array, options: ReadBundleOptions): Promise<ReadBundleResult> {
  const parsed = parseFile(input, MAX_BUNDLE_BYTES);
  if (!parsed.ok) return parsed;
  const probed = probe(parsed.value, BUNDLE_FORMAT, SUPPORTED_VERSIONS);
  if (!probed.ok) return probed;
  const { version, encrypted } = probed.value;
  if (!isSupportedVersion(version))
    return { ok: false, error: { code: 'unsupported-version', version: String(version) } };

  const plain = await plainDocument(parsed.value, version, encrypted, options.passphrase, options.onProgress);
  if (!plain.ok) return plain;
  const validated = await validateDocument(plain.value, version, options.onProgress);
  if (!validated.ok) return validated;
  options.onValidated?.(validated.value.entries);
  const verified = await verifyDocument(validated.value, options.onProgress, options.firstBadHash);
  if (!verified.ok) return verified;

  const bundle = toCurrent(validated.value, encrypted);
  const problem = checkBundle(bundle);
  if (problem) return { ok: false, error: problem };
  return { ok: true, bundle, warnings: warningsFor(bundle, options.now) };
}

/**
 * Reads a `.caseline` file (its text, or its bytes as UTF-8). Files over MAX_BUNDLE_BYTES are
 * refused before parsing. A 100,000-entry bundle spends most of its time hashing entries;
 * `onProgress` reports each phase. JSON.parse of the whole text is one step that cannot be
 * interrupted: run this in a worker for very large files to keep a window responsive.
 */
export async function readBundle(
  input: string | Uint8Array,
  options: ReadBundleOptions,
): Promise<ReadBundleResult> {
  try {
    return await read(input, options);
  } catch (error) {
    // Only a fault of the reader lands here (every input is handled above); say so, do not throw.
    return {
      ok: false,
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
