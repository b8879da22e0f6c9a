/**
 * Live data for components. Dexie's liveQuery watches the raw rows; decoding through the codec
 * happens outside the query, because an encrypting codec awaits WebCrypto, which liveQuery
 * cannot track.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { caseIndexSnapshot, caseIndexTotal, subscribeCaseIndex, subscribeCaseIndexTotal } from './caseIndex';
import { openCase, openPerson, type CaseView } from './caseRows';
import { openEntry } from './entryRepo';
import type { Entry, Person } from '../../shared/domain/types';
import { effectiveEntries } from '../../shared/domain/timeline';

/** Decodes rows whenever they change; undefined while loading. */
export function useDecoded<R, T>(
  rows: readonly R[] | undefined,
  decode: (row: R) => Promise<T>,
): T[] | undefined {
  const [decoded, setDecoded] = useState<{ from: readonly R[]; items: T[] } | undefined>(undefined);
  useEffect(() => {
    if (!rows) return;
    let cancelled = false;
    void Promise.all(rows.map(decode)).then((items) => {
      if (!cancelled) setDecoded({ from: rows, items });
    });
    return () => {
      cancelled = true;
    };
  }, [rows, decode]);
  return decoded?.items;
}

/** Every case header, from the in-memory case index; undefined until it has loaded. */
export function useCaseViews(): readonly CaseView[] | undefined {
  return useSyncExternalStore(subscribeCaseIndex, caseIndexSnapshot);
}

/**
 * `count` summed over every case header (a badge's number), kept up to date from the cases each
 * write changes rather than recounted over every case: pass a stable function (useCallback),
 * as it keys the running total. Undefined until the case index has loaded.
 */
export function useCaseTotal(count: (view: CaseView) => number): number | undefined {
  const subscribe = useCallback((listener: () => void) => subscribeCaseIndexTotal(count, listener), [count]);
  const read = useCallback(() => caseIndexTotal(count), [count]);
  return useSyncExternalStore(subscribe, read);
}

/** How many demo cases exist (Settings shows whether there is anything to remove). */
export function useDemoCaseCount(): number | undefined {
  return useLiveQuery(() => db().cases.where('demo').equals(1).count(), []);
}

/** One case; null when it does not exist, undefined while loading. */
export function useCaseView(id: string): CaseView | null | undefined {
  const row = useLiveQuery(async () => (await db().cases.get(id)) ?? null, [id]);
  const rows = useMemo(() => (row ? [row] : row === null ? [] : undefined), [row]);
  const decoded = useDecoded(rows, openCase);
  if (row === null) return null;
  // While another case's row decodes, show nothing rather than the case before it.
  return decoded?.[0]?.id === id ? decoded[0] : undefined;
}

/** Every entry of a case, oldest first. */
export function useEntries(caseId: string): Entry[] | undefined {
  const rows = useLiveQuery(
    () => db().entries.where('[caseId+occurredUtc]').between([caseId, ''], [caseId, '\uffff']).toArray(),
    [caseId],
  );
  return ofCase(useDecoded(rows, openEntry), caseId);
}

/**
 * Decoded items stay on screen while a newer set of rows decodes (no flash of "loading" after
 * each save). Moving to another case must not show the previous case's items meanwhile.
 */
function ofCase<T extends { readonly caseId: string }>(
  items: T[] | undefined,
  caseId: string,
): T[] | undefined {
  return items && items.length > 0 && items[0]!.caseId !== caseId ? undefined : items;
}

/** The people in a case. */
export function usePersons(caseId: string): Person[] | undefined {
  const rows = useLiveQuery(() => db().persons.where('caseId').equals(caseId).toArray(), [caseId]);
  return ofCase(useDecoded(rows, openPerson), caseId);
}

/**
 * The current text of action entries, by original id, for the given cases. The stored case
 * summary holds no typed text, so screens that list actions across cases read it here, through
 * the codec; corrections are applied, so a corrected action shows its new wording.
 */
export function useActionTexts(caseIds: readonly string[]): ReadonlyMap<string, string> | undefined {
  const key = [...caseIds].sort().join(',');
  const rows = useLiveQuery(
    () =>
      key === ''
        ? []
        : db()
            .entries.where('[caseId+kind]')
            .anyOf(key.split(',').map((id) => [id, 'action-assigned']))
            .toArray(),
    [key],
  );
  const entries = useDecoded(rows, openEntry);
  return useMemo(
    () =>
      entries &&
      new Map(effectiveEntries(entries).map((e) => [e.originalId, String(e.entry.fields.action ?? '')])),
    [entries],
  );
}
