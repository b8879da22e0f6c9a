/**
 * Drafts kept across a lock (issue 9: a draft being typed is kept and restored after unlock).
 *
 * Where a draft waits: in memory only, sealed under the data key. When the app locks, every form
 * that registered itself gives its current state, which is sealed through the codec (AES-GCM
 * under the data key) before the key is dropped, and only the sealed text is kept; the form
 * itself is unmounted with the rest of the screen. After the same person unlocks, the new
 * session's codec opens the drafts and each form takes its own back when it mounts again.
 * - Not in IndexedDB or any file: a draft is unfinished work nobody saved, and writing it to disk
 *   would leave typed text behind where the owner never chose to keep it (and would need its own
 *   clean-up when abandoned). The price: a draft does not survive the app being closed while
 *   locked, which the form's own "discard typed text?" question already treats as abandoning it.
 * - Sealed, not as it is: while the app is locked nothing readable of any case should stay in the
 *   page's memory either, and the data key that could open it is gone until the passphrase is
 *   typed again.
 * Someone else signing in from the lock screen drops the drafts: they were another person's work.
 */
import { useEffect, useRef } from 'react';

type Snapshot = () => unknown;

const sources = new Map<string, { current: Snapshot }>();
let sealed = new Map<string, string>();
let restored = new Map<string, unknown>();

/**
 * Registers a form's draft under `key` while the calling component is mounted. `snapshot`
 * returns what to keep, or null when there is nothing worth keeping.
 */
export function useKeptDraft(key: string, snapshot: Snapshot): void {
  const latest = useRef(snapshot);
  useEffect(() => {
    latest.current = snapshot;
  });
  useEffect(() => {
    const source = { current: () => latest.current() };
    sources.set(key, source);
    return () => {
      if (sources.get(key) === source) sources.delete(key);
    };
  }, [key]);
}

/**
 * The draft kept under `key` through the last lock, once: a second mount gets null. (Taken at
 * the end of the current task, so React rendering a component twice in a row sees it both
 * times.)
 */
export function takeKeptDraft<T>(key: string): T | null {
  if (!restored.has(key)) return null;
  const value = restored.get(key) as T;
  queueMicrotask(() => restored.delete(key));
  return value;
}

/** Whether a draft waits under `key` (a page decides whether to reopen its form). */
export function hasKeptDraft(key: string): boolean {
  return restored.has(key);
}

/** What every registered form holds now (taken synchronously, as the screen locks). */
export function snapshotDrafts(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, source] of sources) {
    const value = source.current();
    if (value !== null && value !== undefined) out.set(key, value);
  }
  return out;
}

/** Seals the snapshot for the time the app is locked. */
export async function sealDrafts(
  snapshot: ReadonlyMap<string, unknown>,
  seal: (value: unknown) => Promise<string>,
): Promise<void> {
  const next = new Map<string, string>();
  for (const [key, value] of snapshot) next.set(key, await seal(value));
  sealed = next;
  restored = new Map();
}

/** Opens the sealed drafts after the same person unlocked; one that does not open is dropped. */
export async function openDrafts(open: (sealed: string) => Promise<unknown>): Promise<void> {
  const next = new Map<string, unknown>();
  for (const [key, text] of sealed) {
    try {
      next.set(key, await open(text));
    } catch {
      // A draft sealed under another key cannot be restored; nothing else depends on it.
    }
  }
  sealed = new Map();
  restored = next;
}

const pendingSaves = new Set<{ current: () => Promise<void> }>();

/**
 * Registers work a screen still owes the database (typing saved on a timer, as the meeting's
 * notes are) to be finished when the app locks, while the data key is still there: the lock
 * waits for it before dropping the key, so nothing typed just before a lock is lost.
 */
export function useSaveBeforeLock(save: () => Promise<void>): void {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const entry = { current: () => latest.current() };
    pendingSaves.add(entry);
    return () => void pendingSaves.delete(entry);
  }, []);
}

/** Starts every registered save (taken as the screen locks, before it unmounts); never rejects. */
export function saveBeforeLock(): Promise<void> {
  return Promise.allSettled([...pendingSaves].map((s) => s.current())).then(() => undefined);
}

/** Forgets every draft (sign-out, or another person signing in). */
export function dropDrafts(): void {
  sealed = new Map();
  restored = new Map();
}
