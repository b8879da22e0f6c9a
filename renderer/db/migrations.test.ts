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
 * copied as they were), so every migration is tested from N-1. A database opened by today's
 * CaselineDb goes through every upgrade, so the tests from v1 now end at the latest version.
 */
import { Dexie } from 'dexie';
import { SCHEMA_VERSION } from './db';
import { describe, expect, it } from 'vitest';
import { entryHash, verifyEntryHash } from '../../shared/domain/canonical';
import type { Entry } from '../../shared/domain/types';
import type { CaseId, EntryId } from '../../shared/ids';
import { allCaseViews } from './caseIndex';
import { createCase, getCase, listCases, listPersons, suggestReference } from './caseRepo';
import { iinToken } from './caseRows';
import { casesWithIin } from './personRepo';
import { loadEntries } from './entryRepo';
import { addEntry } from './writeEntries';
import { readWorkspace } from './workspaceRepo';
import { upgradeToV2, V2_STORES } from './schema/v2';
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
import {
  ACTOR,
  CREATED_AT,
  CTX,
  draft,
  fakeIdb,
  freshDb,
  POLICE,
  uniqueDbName,
  VICTIM,
} from './testDb.testkit';

async function iinTokenOf(iin: string): Promise<string> {
  const token = await iinToken(iin);
  if (token === null) throw new Error(`${iin} is not a valid IIN`);
  return token;
}

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

/**
 * Leaves `name` as the app of schema v2 did: v1's rows written, then opened with v2's frozen
 * declaration (v1 and v2, with v2's upgrade), which chains the audit and records the workspace.
 */
async function writeV2(name: string, rows: V1Rows): Promise<void> {
  await writeV1(name, rows);
  const v2 = new Dexie(name, fakeIdb);
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  await v2.open();
  v2.close();
}

describe('a database written by schema v1', () => {
  it('opens with the app database, every row intact', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);

    const d = freshDb(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    expect(await d.cases.toArray()).toEqual(rows.cases);
    // Version 3 gives every person an IIN token: none, as no v1 person had an IIN.
    expect(await d.persons.toArray()).toEqual(rows.persons.map((p) => ({ ...p, iinToken: null })));
    expect(await d.entries.toArray()).toEqual(rows.entries);
    // Version 4 gave meeting rows their columns (migrations.v4.test.ts).
    expect(await d.meetings.toArray()).toEqual(
      rows.meetings.map((m) => ({ ...m, status: 'planned', caseIds: [], rev: 0 })),
    );
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
        // Fields added after v1 read as not recorded.
        aliases: [],
        iin: '',
        safeContactTimes: '',
        safeChannel: '',
        preferredLanguage: '',
        interpreterNeeded: false,
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

describe('schema v3 on a database written by v1', () => {
  it('indexes IIN tokens of people added after the upgrade, and finds them across cases', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);
    const d = freshDb(name);

    const other = await createCase(
      {
        reference: 'POL-2024-0018',
        persons: [{ ...VICTIM, name: 'Dana Seitkali', iin: '881212450018' }],
        createdAt: CREATED_AT,
      },
      ACTOR,
    );
    expect(await d.persons.where('iinToken').notEqual('').count()).toBe(1);
    expect(await casesWithIin('881212450018')).toEqual([
      { caseId: other, reference: 'POL-2024-0018', status: 'open', roles: ['victim'] },
    ]);
    // The person from v1 has no IIN recorded, so the index holds only the new one.
    expect(
      await d.persons
        .where('iinToken')
        .equals(await iinTokenOf('881212450018'))
        .primaryKeys(),
    ).toHaveLength(1);
  });

  it('completes the header of a case sealed before it kept everyone’s names, once', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV1(name, rows);
    const d = freshDb(name);

    expect((await getCase(CASE_ID))!.people).toBeNull();
    const views = await allCaseViews();
    await expect
      .poll(async () => (await allCaseViews()).find((v) => v.id === CASE_ID)?.people)
      .toEqual([{ role: 'victim', name: 'Dana Seitkali', aliases: [] }]);
    expect(views).toHaveLength(1);
    // Written back through the codec: the next start reads the names from the header itself.
    const sealed = JSON.parse((await d.cases.get(CASE_ID))!.sealed) as Record<string, unknown>;
    expect(sealed).toEqual({
      victimName: 'Dana Seitkali',
      closedReason: '',
      people: [{ role: 'victim', name: 'Dana Seitkali', aliases: [] }],
    });
    expect((await getCase(CASE_ID))!.people).toEqual([
      { role: 'victim', name: 'Dana Seitkali', aliases: [] },
    ]);
  });
});

describe('a database written by schema v2', () => {
  it('opens at v3 with every person given no IIN token, and every other row as v2 left it', async () => {
    const name = uniqueDbName();
    const { rows } = await v1Rows();
    await writeV2(name, rows);
    const before = new Dexie(name, fakeIdb);
    before.version(1).stores(V1_STORES);
    before.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    const v2 = {
      cases: await before.table('cases').toArray(),
      persons: await before.table('persons').toArray(),
      audit: await before.table('audit').toArray(),
      meta: await before.table('meta').toArray(),
    };
    before.close();
    expect(v2.audit).toHaveLength(1);

    const d = freshDb(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    expect(await d.persons.toArray()).toEqual(v2.persons.map((p: object) => ({ ...p, iinToken: null })));
    expect(await d.cases.toArray()).toEqual(v2.cases);
    expect(await d.audit.toArray()).toEqual(v2.audit);
    expect(await d.meta.toArray()).toEqual(v2.meta);
    expect(verifyChain(await d.audit.orderBy('seq').toArray())).toMatchObject({ ok: true });
    // The IIN index is there and takes new people.
    const other = await createCase(
      { reference: 'POL-2024-0019', persons: [VICTIM], createdAt: CREATED_AT },
      ACTOR,
    );
    expect((await casesWithIin(VICTIM.iin)).map((m) => m.caseId)).toEqual([other]);
  });
});
