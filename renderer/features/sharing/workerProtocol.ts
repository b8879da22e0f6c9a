/**
 * The messages between the window and the bundle worker (bundle.worker.ts). A read bundle comes
 * back in slices of entries: one message of 100,000 entries would be decoded by the window in a
 * single step long enough to freeze it; slices are decoded a few milliseconds each.
 */
import type { Instant } from '../../../shared/dates';
import type { Bundle, FileError, FileWarning, Phase } from '../../../shared/bundle';
import type { Entry } from '../../../shared/domain/types';

export type ToWorker =
  | { readonly type: 'load'; readonly content: string | ArrayBuffer }
  | { readonly type: 'read'; readonly passphrase?: string; readonly now: Instant };

export type FromWorker =
  | { readonly type: 'loaded'; readonly digest: string; readonly bytes: number }
  | { readonly type: 'progress'; readonly phase: Phase; readonly done: number; readonly total: number }
  | { readonly type: 'failed'; readonly error: FileError }
  /** The ids to look up among held entries, sent as soon as the entries passed the schema. */
  | { readonly type: 'ids'; readonly ids: readonly string[] }
  | {
      readonly type: 'bundle';
      readonly head: Omit<Bundle, 'entries'>;
      readonly warnings: readonly FileWarning[];
      readonly total: number;
    }
  | { readonly type: 'entries'; readonly entries: readonly Entry[] }
  | { readonly type: 'end' };

/** Entries per message from the worker. */
export const ENTRY_SLICE = 2_000;
