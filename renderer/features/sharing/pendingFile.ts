/**
 * The bundle file being received: put here by the menu command, the Exchange page's button or a
 * file dropped anywhere on the window, and shown by the Exchange page with the receive flow
 * until it is done. One at a time: a new file replaces the one before.
 */
import { useSyncExternalStore } from 'react';

export type PendingFile = {
  readonly name: string;
  readonly content: string | Uint8Array;
  /** Tells one offer from the next, even of the same file. */
  readonly serial: number;
};

let pending: PendingFile | null = null;
let serial = 0;
const listeners = new Set<() => void>();

function changed(): void {
  for (const l of listeners) l();
}

export function offerFile(file: Omit<PendingFile, 'serial'>): void {
  serial += 1;
  pending = { ...file, serial };
  changed();
}

/** The file was received, refused or set aside: nothing is waiting any more. */
export function clearFile(): void {
  pending = null;
  changed();
}

/** The file being received, as a value that changes when one is offered or cleared. */
export function usePendingFile(): PendingFile | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => pending,
  );
}
