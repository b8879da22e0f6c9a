/**
 * Schema v5 from the version before it in this branch (v2; versions 3 and 4 belong to other
 * parts of the app): a database written by the app of v2 opens with the sharing tables empty,
 * its rows intact, and takes entries filed under a linked case.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { entryHash } from '../../shared/domain/canonical';
import type { Entry } from '../../shared/domain/types';
import type { CaseId, EntryId } from '../../shared/ids';
import { loadEntries } from './entryRepo';
import { V1_STORES, type CaseRowV1, type EntryRowV1 } from './schema/v1';
import { upgradeToV2, V2_STORES } from './schema/v2';
import { fakeIdb, freshDb, POLICE, uniqueDbName } from './testDb.testkit';
import { writeEntries } from './writeEntries';

const CASE_ID = '01940000-0000-7000-8000-00000000c005' as CaseId;
const OTHER_CASE = '01940000-0000-7000-8000-00000000c0aa' as CaseId;

async function entry(id: string, caseId: CaseId): Promise<Entry> {
  const unhashed: Omit<Entry, 'hash'> = {
    id: id as EntryId,
    caseId,
    kind: 'note',
    occurredAt: '2026-01-10T10:00:00+05:00',
    recordedAt: '2026-01-10T10:05:00+05:00',
    author: { name: 'Officer', agency: POLICE },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: `Note ${id.slice(-4)}`,
    fields: {},
    correction: null,
  };
  return { ...unhashed, hash: await entryHash(unhashed) };
}

/** Opens `name` as the app of schema v2 did (its frozen declarations), writes a case and an entry. */
async function writeV2(name: string, e: Entry): Promise<void> {
  const v2 = new Dexie(name, fakeIdb);
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  const caseRow: CaseRowV1 = {
    id: CASE_ID,
    reference: 'POL-2026-0005',
    status: 'open',
    ownerAgency: POLICE,
    createdAt: '2026-01-10T09:00:00+05:00',
    demo: 0,
    summary: {
      riskLevel: null,
      lastAssessmentAt: null,
      measures: [],
      deadlines: [],
      openActions: 0,
      lastActivityAt: e.occurredAt,
      lastContactAt: null,
      agencies: [POLICE],
      entryCount: 1,
    },
    sealed: JSON.stringify({ victimName: 'Dana', closedReason: '' }),
  };
  const row: EntryRowV1 = {
    id: e.id,
    caseId: e.caseId,
    kind: e.kind,
    occurredAt: e.occurredAt,
    occurredUtc: '2026-01-10T05:00:00.000Z',
    recordedAt: e.recordedAt,
    author: e.author,
    confidentiality: e.confidentiality,
    sourceAgency: '',
    supersedes: null,
    hash: e.hash,
    demo: 0,
    sealed: JSON.stringify({ narrative: e.narrative, fields: e.fields, basis: e.basis, correction: null }),
  };
  await v2.transaction('rw', v2.table('cases'), v2.table('entries'), async () => {
    await v2.table('cases').add(caseRow);
    await v2.table('entries').add(row);
  });
  v2.close();
}

describe('schema v5', () => {
  it('opens a v2 database with empty sharing tables and every row intact', async () => {
    const name = uniqueDbName();
    const e = await entry('01940000-0000-7000-8000-00000000e501', CASE_ID);
    await writeV2(name, e);
    const d = freshDb(name);
    await d.open();
    expect(d.verno).toBe(5);
    expect([await d.partners.count(), await d.shares.count(), await d.caseLinks.count()]).toEqual([0, 0, 0]);
    expect(await loadEntries(CASE_ID)).toEqual([e]);
  });

  it('files an entry of another office’s case id under the local case, and reads it back with its own id', async () => {
    const name = uniqueDbName();
    await writeV2(name, await entry('01940000-0000-7000-8000-00000000e501', CASE_ID));
    const d = freshDb(name);
    const theirs = await entry('01940000-0000-7000-8000-00000000e502', OTHER_CASE);
    await writeEntries([{ caseId: CASE_ID, entries: [theirs] }], { atomic: true });
    expect(await d.entries.get(theirs.id)).toMatchObject({ caseId: CASE_ID, entryCaseId: OTHER_CASE });
    const loaded = await loadEntries(CASE_ID);
    expect(loaded.map((x) => x.caseId)).toEqual([CASE_ID, OTHER_CASE]);
    expect(loaded[1]).toEqual(theirs);
    expect((await d.cases.get(CASE_ID))!.summary.entryCount).toBe(2);
  });
});
