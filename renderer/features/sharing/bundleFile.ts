/**
 * Opening a `.caseline` file: its SHA-256 (to know a file taken in before), then reading it —
 * decrypting, validating, verifying — with the passphrase when it needs one, as often as the
 * person tries one. The app does the reading in a Worker (workerOpener.ts), so the window stays
 * responsive for a bundle of 100,000 entries; tests and small files read in place.
 */
import type { Instant } from '../../../shared/dates';
import {
  readBundle,
  type Bundle,
  type FileError,
  type FileWarning,
  type Progress,
} from '../../../shared/bundle';
import { idsToLookUp } from '../../../shared/bundle/incoming';
import { toHex, utf8 } from '../../../shared/crypto/encoding';

export type ReadOutcome =
  | { readonly ok: true; readonly bundle: Bundle; readonly warnings: readonly FileWarning[] }
  | { readonly ok: false; readonly error: FileError };

export type ReadOptions = {
  readonly passphrase?: string;
  readonly now: Instant;
  /**
   * The ids of held entries the plan will look up, as soon as the entries passed the schema
   * and before they are verified (readBundle's onValidated), so the lookup can start.
   */
  readonly onIds?: (ids: readonly string[]) => void;
};

/** A file being opened: what it is, and reading it (again, with another passphrase). */
export type OpenedFile = {
  /** SHA-256 (hex) of the file's bytes. */
  readonly digest: string;
  readonly bytes: number;
  read(options: ReadOptions, onProgress?: Progress): Promise<ReadOutcome>;
  /** Lets go of the file (and of its worker). */
  close(): void;
};

/** Opens file content: the text the host read, or the bytes of a dropped file. */
export type FileOpener = (content: string | Uint8Array) => Promise<OpenedFile>;

/** SHA-256 (hex) of file content as bytes (text as UTF-8), and how many bytes. */
export async function fileDigest(content: string | Uint8Array): Promise<{ digest: string; bytes: number }> {
  const bytes = typeof content === 'string' ? utf8(content) : new Uint8Array(content);
  return { digest: toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))), bytes: bytes.length };
}

/** Reads in the calling thread: for tests and for files small enough not to matter. */
export const directOpener: FileOpener = async (content) => ({
  ...(await fileDigest(content)),
  read: (options, onProgress) =>
    readBundle(content, {
      now: options.now,
      ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
      ...(onProgress ? { onProgress } : {}),
      ...(options.onIds ? { onValidated: (entries) => options.onIds?.(idsToLookUp(entries)) } : {}),
    }),
  close: () => undefined,
});
