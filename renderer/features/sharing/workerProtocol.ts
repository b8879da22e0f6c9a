/**
 * The messages between the window and the bundle worker (bundle.worker.ts). The entries come
 * over as soon as they pass the schema, in slices (one message of 100,000 entries would be
 * decoded by the window in a single step long enough to freeze it), and are not trusted until
 * the worker says the bundle is read. Meanwhile the window looks them up among those held and
 * helps check their hashes (sharedHashing.ts).
 */
import type { Instant } from '../../../shared/dates';
import type { Bundle, FileError, FileWarning, Phase } from '../../../shared/bundle';
import type { BackReport, FrontReport } from './sharedHashing';

export type ToWorker =
  | { readonly type: 'load'; readonly content: ArrayBuffer }
  /** A file's text, in parts (the window copies one at a time); `last` ends it. */
  | { readonly type: 'load-text'; readonly part: string; readonly last: boolean }
  | { readonly type: 'read'; readonly passphrase?: string; readonly now: Instant }
  | BackReport;

export type FromWorker =
  | { readonly type: 'loaded'; readonly digest: string; readonly bytes: number }
  | { readonly type: 'progress'; readonly phase: Phase; readonly done: number; readonly total: number }
  | { readonly type: 'failed'; readonly error: FileError }
  /**
   * Entries that passed the schema, not yet verified, as JSON text: the window parses text
   * about twice as fast as it decodes the same entries cloned as objects, and the worker
   * writes it faster too.
   */
  | { readonly type: 'entries'; readonly json: string }
  /** Every entry was sent: the window may look them up and start checking from the last. */
  | { readonly type: 'validated'; readonly total: number }
  | FrontReport
  /** The file is read and verified: the bundle is `head` with the entries sent. */
  | {
      readonly type: 'bundle';
      readonly head: Omit<Bundle, 'entries'>;
      readonly warnings: readonly FileWarning[];
    };

/** Entries per message from the worker. */
export const ENTRY_SLICE = 2_000;
