/**
 * Storage faults the user must hear about (issue 9): a write refused because the disk or the
 * browser storage is full, and the database closed under the app (the browser's storage was
 * cleared or damaged, another process took it). Every write transaction of the app is watched
 * at one place, Dexie's DBCore, so no screen has to remember to; the screen that tried the
 * write keeps what was typed, and nothing saved before is touched (a failed transaction changes
 * nothing).
 */
import type { DBCore, Dexie, Middleware } from 'dexie';

/**
 * - 'quota': no room left (the disk, or the browser storage's share of it);
 * - 'failed': the storage refused the write for another reason of its own (a failing disk);
 * - 'closed': the database was closed under the app.
 */
export type StorageFault = 'quota' | 'failed' | 'closed';

/** The fault an error stands for, or null for an ordinary error (a constraint, a bug). */
export function faultOf(error: unknown): StorageFault | null {
  const names: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') names.push(name);
    e = (e as { inner?: unknown }).inner;
  }
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError')) return 'closed';
  // Chromium reports a write its storage engine could not commit (disk full or failing) so.
  if (names.includes('UnknownError')) return 'failed';
  return null;
}

let current: StorageFault | null = null;
const listeners = new Set<() => void>();

export function reportStorageFault(fault: StorageFault): void {
  current = fault;
  for (const l of listeners) l();
}

export function storageFaultSnapshot(): StorageFault | null {
  return current;
}

export function subscribeStorageFaults(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The user has read the message (a write succeeded since, or they dismissed it). */
export function clearStorageFault(): void {
  if (current === null) return;
  current = null;
  for (const l of listeners) l();
}

/** What IndexedDB's transaction is beneath Dexie's DBCore one (in a browser and in fake-indexeddb). */
type NativeTransaction = Pick<IDBTransaction, 'addEventListener' | 'error'>;

function isNative(tx: object): tx is NativeTransaction {
  return typeof (tx as { addEventListener?: unknown }).addEventListener === 'function';
}

const middleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storage-faults',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      return {
        ...table,
        // A write refused at once (the request itself threw or failed).
        mutate: (req) => {
          const refused = (e: unknown) => {
            const fault = faultOf(e);
            if (fault) reportStorageFault(fault);
            throw e;
          };
          try {
            return table.mutate(req).catch(refused);
          } catch (e) {
            return refused(e);
          }
        },
      };
    },
    transaction(stores, mode, options) {
      const tx = down.transaction(stores, mode, options);
      // A write refused when the transaction commits (quota is checked then).
      if (mode === 'readwrite' && isNative(tx)) {
        tx.addEventListener('abort', () => {
          const fault = faultOf(tx.error);
          if (fault) reportStorageFault(fault);
        });
        // Saving works again: a message about refused writes has done its job.
        tx.addEventListener('complete', () => {
          if (current === 'quota' || current === 'failed') clearStorageFault();
        });
      }
      return tx;
    },
  }),
};

/** Watches a database for storage faults: every write transaction, and a close from outside. */
export function watchStorageFaults(d: Dexie): void {
  d.use(middleware);
  d.on('close', () => reportStorageFault('closed'));
}
