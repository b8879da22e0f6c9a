/**
 * The bundle file being received: put here by the menu command, the Exchange page's button or a
 * file dropped anywhere on the window, and shown by the Exchange page with the receive flow
 * until it is done. One at a time: a new file replaces the one before. A file that could not
 * even be read (too large, unreadable) leaves a problem here instead, which the Exchange page
 * shows, whichever way the file came.
 */
import { useSyncExternalStore } from 'react';

export type PendingFile = {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** Tells one offer from the next, even of the same file. */
  readonly serial: number;
};

/** Why the last file chosen or dropped never reached the receive flow. */
export type OpenProblem =
  /** Over the bundle size limit: not read at all. */
  | { readonly kind: 'too-large'; readonly name: string; readonly size: number; readonly max: number }
  /** The host could not open it; its message says why. */
  | { readonly kind: 'unopened'; readonly message: string };

let pending: PendingFile | null = null;
let problem: OpenProblem | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function offerFile(file: Omit<PendingFile, 'serial'>): void {
  serial += 1;
  pending = { ...file, serial };
  problem = null;
  changed();
}

/** A file was chosen or dropped but cannot be received; the one being received (if any) stays. */
export function reportOpenProblem(p: OpenProblem): void {
  problem = p;
  changed();
}

/** The problem was seen and dismissed, or a new attempt begins. */
export function clearOpenProblem(): void {
  if (problem === null) return;
  problem = null;
  changed();
}

/** The file was received, refused or set aside: nothing is waiting any more. */
export function clearFile(): void {
  pending = null;
  changed();
}

/** The file being received, as a value that changes when one is offered or cleared. */
export function usePendingFile(): PendingFile | null {
  return useSyncExternalStore(subscribe, () => pending);
}

/** Why the last file chosen or dropped was not received, if it was not. */
export function useOpenProblem(): OpenProblem | null {
  return useSyncExternalStore(subscribe, () => problem);
}

/** The current problem, outside React (tests). */
export function openProblem(): OpenProblem | null {
  return problem;
}

/** The current file, outside React (tests). */
export function pendingFile(): PendingFile | null {
  return pending;
}
