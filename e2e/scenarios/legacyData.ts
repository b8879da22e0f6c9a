/**
 * Case data as an installation from before staff accounts stored it: the app's own row builders
 * with the plain codec (what the codec seam wrote before encryption at rest), written straight
 * into the page's IndexedDB, as the older version would have left it.
 */
import type { Page } from '@playwright/test';
import { instantAt } from '../../shared/dates';
import type { AgencyId, CaseId } from '../../shared/ids';
import { caseRows, type PersonInput } from '../../renderer/db/caseRows';
import { entryRow, finishEntry } from '../../renderer/db/entryRepo';
import type { Actor } from '../../renderer/db/audit';
import { EMPTY_PERSON_DETAILS } from '../../shared/domain/person';

export const LEGACY_AGENCY = {
  id: '01900000-0000-7000-8000-000000000001' as AgencyId,
  name: 'УП Алмалинского района',
  kind: 'police',
} as const;

const ACTOR: Actor = { name: 'Айгерим Сейткали', agency: LEGACY_AGENCY };
const AT = '2026-02-01T10:00:00+05:00';

export type LegacyRows = { cases: unknown[]; persons: unknown[]; entries: unknown[] };

function person(name: string, notes: string): PersonInput {
  return { ...EMPTY_PERSON_DETAILS, role: 'victim', name, notes };
}

/** One case of `victim` (its IIN in the notes) with `entries` notes, rows as the plain codec sealed them. */
export async function legacyCase(
  reference: string,
  victim: string,
  notes: string,
  entries: number,
): Promise<LegacyRows> {
  const { caseRow, personRows } = await caseRows(
    { reference, persons: [person(victim, notes)], demo: false, createdAt: AT },
    ACTOR,
  );
  const base = Date.parse(AT);
  const rows: unknown[] = [];
  for (let i = 0; i < entries; i++) {
    const occurredAt = instantAt(base + i * 60_000, 300);
    const entry = await finishEntry(
      {
        caseId: caseRow.id as CaseId,
        kind: 'note',
        occurredAt,
        author: ACTOR,
        confidentiality: { level: 'shared' },
        basis: { kind: 'observed' },
        sourceAgency: '',
        narrative: `Беседа с ${victim}, запись ${i + 1}`,
        fields: {},
        correction: null,
      },
      occurredAt,
    );
    rows.push(await entryRow(entry, false));
  }
  const summary = { ...caseRow.summary, entryCount: entries };
  return { cases: [{ ...caseRow, summary }], persons: personRows, entries: rows };
}

/** Writes rows straight into the app's IndexedDB stores, a few thousand per transaction. */
export async function writeRaw(page: Page, rows: LegacyRows): Promise<void> {
  const parts: [string, unknown[]][] = Object.entries(rows);
  for (const [store, all] of parts) {
    for (let i = 0; i < all.length; i += 2000) {
      await page.evaluate(
        async ({ store, chunk }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const r = indexedDB.open('caseline');
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error ?? new Error('open failed'));
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(store, 'readwrite');
            for (const row of chunk) tx.objectStore(store).put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          });
          db.close();
        },
        { store, chunk: all.slice(i, i + 2000) },
      );
    }
  }
}
