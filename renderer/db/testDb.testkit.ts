/**
 * Test support for the data layer (used by *.test.ts only): a fresh in-memory database per
 * test, the people and drafts the tests write, and a raw view of what IndexedDB stores.
 */
import { indexedDB, IDBKeyRange } from 'fake-indexeddb';
import { onTestFinished } from 'vitest';
import type { AgencyId, CaseId } from '../../shared/ids';
import type { AgencyRef } from '../../shared/domain/agencies';
import type { EntryKind } from '../../shared/domain/entryKinds';
import type { EntryDraft, FieldValue } from '../../shared/domain/types';
import type { Actor } from './audit';
import { EMPTY_PERSON_DETAILS, type PersonInput } from '../../shared/domain/person';
import { CaselineDb, setDb } from './db';

export const fakeIdb = { indexedDB, IDBKeyRange };

/** A database name no other test uses. */
export function uniqueDbName(): string {
  return `caseline-test-${crypto.randomUUID()}`;
}

/** A new, empty CaselineDb installed as the app's database; deleted when the test ends. */
export function freshDb(name: string = uniqueDbName()): CaselineDb {
  const d = new CaselineDb(name, fakeIdb);
  setDb(d);
  onTestFinished(() => d.delete());
  return d;
}

export const POLICE: AgencyRef = {
  id: '0190a000-0000-7000-8000-000000000001' as AgencyId,
  name: 'УП Алмалинского района',
  kind: 'police',
};
export const CRISIS: AgencyRef = {
  id: '0190a000-0000-7000-8000-000000000002' as AgencyId,
  name: 'Кризисный центр',
  kind: 'crisis-centre',
};
export const ACTOR: Actor = { name: 'Officer Nurlanov', agency: POLICE };
export const CRISIS_ACTOR: Actor = { name: 'Psychologist Akhmetova', agency: CRISIS };

export const CREATED_AT = '2026-01-05T09:00:00+05:00';
export const NOW = '2026-02-01T12:00:00+05:00';
export const TODAY = '2026-02-01';
export const CTX = { now: NOW, today: TODAY, windowDays: 14, actor: ACTOR };

/** Distinctive sensitive values, easy to search for in raw storage. */
export const VICTIM: PersonInput = {
  ...EMPTY_PERSON_DETAILS,
  role: 'victim',
  name: 'Aigerim Zhanarbekova',
  aliases: ['Айгерим Жанарбекова'],
  birthDate: '1991-04-02',
  iin: '910402450018',
  phone: '+7 701 555 0142',
  address: 'Abay avenue 150, flat 37',
  safeContactTimes: 'Weekdays between 10 and 12 only',
  safeChannel: 'via-crisis-centre',
  preferredLanguage: 'kk',
  interpreterNeeded: false,
  notes: 'Prefers contact through her sister',
};
export const HARM_CAUSER: PersonInput = {
  ...EMPTY_PERSON_DETAILS,
  role: 'harm-causer',
  name: 'Timur Bekmukhanov',
  birthDate: null,
  iin: '880715350015',
  phone: '+7 777 555 0199',
  address: 'Rozybakiev street 9',
  notes: 'Works night shifts at the depot',
};

export function draft(
  caseId: string,
  kind: EntryKind,
  opts: {
    occurredAt?: string;
    fields?: Record<string, FieldValue>;
    narrative?: string;
    actor?: Actor;
    correction?: EntryDraft['correction'];
  } = {},
): EntryDraft {
  const actor = opts.actor ?? ACTOR;
  return {
    caseId: caseId as CaseId,
    kind,
    occurredAt: opts.occurredAt ?? '2026-01-10T10:00:00+05:00',
    author: { name: actor.name, agency: actor.agency },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: opts.narrative ?? '',
    fields: opts.fields ?? {},
    correction: opts.correction ?? null,
  };
}

export type RawIndex = { readonly keyPath: string | string[]; readonly keys: IDBValidKey[] };
export type RawStore = {
  readonly keyPath: string | string[] | null;
  readonly primaryKeys: IDBValidKey[];
  readonly indexes: Record<string, RawIndex>;
  readonly rows: unknown[];
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function keysOf(source: IDBObjectStore | IDBIndex): Promise<IDBValidKey[]> {
  return new Promise((resolve, reject) => {
    const keys: IDBValidKey[] = [];
    const req = source.openKeyCursor();
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(keys);
      keys.push(cursor.key);
      cursor.continue();
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
  });
}

/**
 * What IndexedDB itself holds for a database, read without Dexie: every store's rows,
 * primary keys, and each index's key path and keys.
 */
export async function rawDump(name: string): Promise<Record<string, RawStore>> {
  const idb = await request(indexedDB.open(name));
  try {
    const out: Record<string, RawStore> = {};
    for (const storeName of Array.from(idb.objectStoreNames)) {
      const store = idb.transaction(storeName, 'readonly').objectStore(storeName);
      const indexes: Record<string, RawIndex> = {};
      for (const indexName of Array.from(store.indexNames)) {
        const index = store.index(indexName);
        indexes[indexName] = { keyPath: index.keyPath, keys: await keysOf(index) };
      }
      out[storeName] = {
        keyPath: store.keyPath,
        primaryKeys: await keysOf(store),
        indexes,
        rows: await request(store.getAll()),
      };
    }
    return out;
  } finally {
    idb.close();
  }
}
