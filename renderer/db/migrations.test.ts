/**
 * Schema migrations (DESIGN.md §3): versions are only added, and each one is tested from the
 * version before it. A test opens a database the way the previous app version did (its frozen
 * declaration, here schema v1 alone, not CaselineDb), writes rows exactly as that version
 * stored them, closes it, then opens it with today's CaselineDb and reads through the
 * repositories.
 *
 * When schema v2 arrives (schema/v2.ts, and `this.version(2).stores(V2_STORES).upgrade(…)`
 * in CaselineDb), its test is written the same way, from v1 rows:
 *
 *   it('upgrades a v1 database to v2', async () => {
 *     const name = uniqueDbName();
 *     await writeV1(name, await v1Rows());  // the app of v1 wrote these
 *     const d = freshDb(name);              // today's CaselineDb, declaring v1 and v2
 *     await d.open();                       // runs the v1 → v2 upgrade
 *     expect(d.verno).toBe(2);
 *     expect(await d.entries.get(ENTRY_ID)).toMatchObject({ …the row in its v2 shape… });
 *     expect(await loadEntries(CASE_ID)).toEqual(…what v1 stored…);
 *   });
 *
 * and v3's test starts from a database declared with v1 and v2 (a `writeV2` declaring both,
 * copied as they were), so every migration is tested from N-1.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { entryHash, verifyEntryHash } from '../../shared/domain/canonical';
import type { Entry } from '../../shared/domain/types';
import type { CaseId, EntryId } from '../../shared/ids';
import { getCase, listCases, listPersons, suggestReference } from './caseRepo';
import { loadEntries } from './entryRepo';
import { addEntry } from './writeEntries';
import { readWorkspace } from './workspaceRepo';
import { GENESIS_HASH } from '../../shared/audit/chain';
import { verifyChain } from '../../shared/audit/verify';
import {
  V1_STORES,
  type ActionRowV1,
  type AuditRowV1,
  type CaseRowV1,
  type EntryRowV1,
  type MeetingRowV1,
  type PersonRowV1,
} from './schema/v1';
import { ACTOR, CTX, draft, fakeIdb, freshDb, POLICE, uniqueDbName } from './testDb.testkit';

const CASE_ID = '01940000-0000-7000-8000-00000000c001' as CaseId;
const PERSON_ID = '01940000-0000-7000-8000-00000000b001';
const ENTRY_ID = '01940000-0000-7000-8000-00000000e001' as EntryId;
const CORRECTION_ID = '01940000-0000-7000-8000-00000000e002' as EntryId;

type V1Rows = {
  cases: CaseRowV1[];
  persons: PersonRowV1[];
  entries: EntryRowV1[];
  meetings: MeetingRowV1[];
  actions: ActionRowV1[];
  audit: AuditRowV1[];
};

/** An entry as v1 held it, with the hash v1 computed. */
async function v1Entry(id: EntryId, narrative: string, correction: Entry['correction']): Promise<Entry> {
  const unhashed: Omit<Entry, 'hash'> = {
    id,
    caseId: CASE_ID,
    kind: 'callout',
    occurredAt: '2024-02-29T23:30:00+06:00',
    recordedAt: '2024-03-01T08:00:00+05:00',
    author: { name: 'Officer Nurlanov', agency: POLICE },
    confidentiality: { level: 'restricted', agencies: [POLICE] },
    basis: { kind: 'reported', by: 'Neighbour' },
    sourceAgency: '',
    narrative,
    fields: { visitType: 'call-out', harmCauserPresent: true },
    correction,
  };
  return { ...unhashed, hash: await entryHash(unhashed) };
}

/** Rows literally as schema v1 stored them (plain codec: sealed is JSON). */
async function v1Rows(): Promise<{ rows: V1Rows; entries: Entry[] }> {
  const original = await v1Entry(ENTRY_ID, 'Call-out at night, harm-causer present', null);
  const correction = await v1Entry(CORRECTION_ID, 'Call-out at night, harm-causer left before arrival', {
    supersedes: ENTRY_ID,
    action: 'correct',
    reason: 'Officer report corrected',
  });
  const entryRow = (e: Entry): EntryRowV1 => ({
    id: e.id,
    caseId: e.caseId,
    kind: e.kind,
    occurredAt: e.occurredAt,
    occurredUtc: '2024-02-29T17:30:00.000Z',
    recordedAt: e.recordedAt,
    author: e.author,
    confidentiality: e.confidentiality,
    sourceAgency: e.sourceAgency,
    supersedes: e.correction?.supersedes ?? null,
    hash: e.hash,
    demo: 0,
    sealed: JSON.stringify({
      narrative: e.narrative,
      fields: e.fields,
      basis: e.basis,
      correction: e.correction,
    }),
  });
  return {
    entries: [original, correction],
    rows: {
      cases: [
        {
          id: CASE_ID,
          reference: 'POL-2024-0017',
          status: 'monitoring',
          ownerAgency: POLICE,
          createdAt: '2024-02-28T10:00:00+06:00',
          demo: 0,
          summary: {
            riskLevel: 'medium',
            lastAssessmentAt: null,
            measures: [],
            deadlines: [],
            openActions: 0,
            lastActivityAt: '2024-02-29T23:30:00+06:00',
            lastContactAt: '2024-02-29T23:30:00+06:00',
            agencies: [POLICE],
            entryCount: 2,
          },
          sealed: JSON.stringify({ victimName: 'Dana Seitkali', closedReason: '' }),
        },
      ],
      persons: [
        {
          id: PERSON_ID,
          caseId: CASE_ID,
          role: 'victim',
          sealed: JSON.stringify({
            name: 'Dana Seitkali',
            birthDate: '1988-12-12',
            phone: '+7 705 555 0123',
            address: 'Mkr. Samal-2, 58',
            notes: '',
          }),
        },
      ],
      entries: [entryRow(original), entryRow(correction)],
      meetings: [{ id: 'm1', heldOn: '2024-03-05', sealed: JSON.stringify({ agenda: 'Case review' }) }],
      actions: [{ id: 'a1', caseId: CASE_ID, meetingId: 'm1', dueOn: '2024-03-12', sealed: '{}' }],
      audit: [
        {
          id: '01940000-0000-7000-8000-0000000a0001',
          at: '2024-02-28T10:00:00+06:00',
          caseId: CASE_ID,
          action: 'case-created',
          actor: 'Officer Nurlanov',
          agencyId: POLICE.id,
          detail: 'POL-2024-0017',
        },
      ],
    },
  };
}

/** Opens `name` as the app of schema v1 did, writes `rows`, and closes it. */
async function writeV1(name: string, rows: V1Rows): Promise<void> {
  const v1 = new Dexie(name, fakeIdb);
  v1.version(1).stores(V1_STORES);
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await v1.table(table).bulkAdd(list as unknown[]);
  });
  v1.close();
}

describe('a database written by schema v1', () => {
  it('opens with the app database, every row intact', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);

    const d = freshDb(name);
    await d.open();
    expect(d.verno).toBe(5);
    expect(await d.cases.toArray()).toEqual(rows.cases);
    expect(await d.persons.toArray()).toEqual(rows.persons);
    expect(await d.entries.toArray()).toEqual(rows.entries);
    expect(await d.meetings.toArray()).toEqual(rows.meetings);
    expect(await d.actions.toArray()).toEqual(rows.actions);
    // The audit rows of v1 are chained in v2: the same events, each with its link.
    const audit = await d.audit.toArray();
    expect(audit.map(({ seq: _s, prevHash: _p, hash: _h, ...event }) => event)).toEqual(rows.audit);
    expect(audit[0]).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(verifyChain(audit)).toMatchObject({ ok: true, count: 1 });
  });

  it('reads through the repositories, with entry hashes that still verify', async () => {
    const name = uniqueDbName();
    const { rows, entries } = await v1Rows();
    await writeV1(name, rows);
    freshDb(name);

    expect(await getCase(CASE_ID)).toMatchObject({
      reference: 'POL-2024-0017',
      status: 'monitoring',
      victimName: 'Dana Seitkali',
      demo: false,
    });
    expect((await listCases()).map((c) => c.id)).toEqual([CASE_ID]);
    expect(await listPersons(CASE_ID)).toEqual([
      {
        id: PERSON_ID,
        caseId: CASE_ID,
        role: 'victim',
        name: 'Dana Seitkali',
        birthDate: '1988-12-12',
        phone: '+7 705 555 0123',
        address: 'Mkr. Samal-2, 58',
        notes: '',
      },
    ]);
    const loaded = await loadEntries(CASE_ID);
    expect(loaded).toEqual(entries);
    for (const e of loaded) expect(await verifyEntryHash(e)).toBe(true);
  });

  it('takes new writes through its indexes: references, entries and summaries', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);
    const d = freshDb(name);

    expect(await suggestReference(ACTOR, 2024)).toBe('POL-2024-0018');
    const added = await addEntry(
      draft(CASE_ID, 'contact-attempt', {
        occurredAt: '2024-03-02T10:00:00+05:00',
        fields: { method: 'phone', reached: true },
      }),
      CTX,
    );
    expect((await loadEntries(CASE_ID)).map((e) => e.id)).toEqual([ENTRY_ID, CORRECTION_ID, added.id]);
    expect((await getCase(CASE_ID))!.summary).toMatchObject({
      entryCount: 3,
      lastActivityAt: '2024-03-02T10:00:00+05:00',
      lastContactAt: '2024-03-02T10:00:00+05:00',
    });
    expect(await d.entries.where('[caseId+kind]').equals([CASE_ID, 'callout']).count()).toBe(2);
  });
});

describe('schema v2', () => {
  it('records the agency that owns the cases of an upgraded database as its workspace', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);
    freshDb(name);
    expect(await readWorkspace()).toEqual({
      agencyId: POLICE.id,
      name: POLICE.name,
      kind: POLICE.kind,
      district: '',
      fingerprint: '',
      recordedAt: '2024-02-28T10:00:00+06:00',
    });
  });

  it('records no workspace for an empty database: the first identity will', async () => {
    const name = uniqueDbName();
    await writeV1(name, { cases: [], persons: [], entries: [], meetings: [], actions: [], audit: [] });
    freshDb(name);
    expect(await readWorkspace()).toBeNull();
  });
});

describe('the audit chain after the v2 upgrade', () => {
  it('keeps a row v1 could not have written (not a UUID) and chains it, never failing the upgrade', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    const odd = { ...rows.audit[0]!, id: 'au1', at: 'yesterday', action: 'something-else' };
    await writeV1(name, { ...rows, audit: [rows.audit[0]!, odd] });
    const d = freshDb(name);
    const audit = await d.audit.orderBy('seq').toArray();
    expect(audit).toHaveLength(2);
    expect(audit[1]!.detail).toContain('au1 yesterday something-else');
    expect(verifyChain(audit)).toMatchObject({ ok: true });
  });

  it('appends new records after the upgraded ones, in one chain', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);
    const d = freshDb(name);
    await addEntry(draft(CASE_ID, 'note', { narrative: 'Called back' }), CTX);
    const audit = await d.audit.orderBy('seq').toArray();
    expect(audit.map((r) => [r.seq, r.action])).toEqual([
      [1, 'case-created'],
      [2, 'entry-added'],
    ]);
    expect(verifyChain(audit)).toMatchObject({ ok: true });
  });
});
