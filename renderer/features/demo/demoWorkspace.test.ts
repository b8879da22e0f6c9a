import { describe, expect, it } from 'vitest';
import { verifyEntryHash } from '../../../shared/domain/canonical';
import { createCase, getCase, listPersons } from '../../db/caseRepo';
import type { CaselineDb } from '../../db/db';
import { loadEntries } from '../../db/entryRepo';
import { casesWithIin } from '../../db/personRepo';
import { addEntry, rebuildSummary } from '../../db/writeEntries';
import {
  ACTOR,
  CREATED_AT,
  CTX,
  draft,
  freshDb,
  HARM_CAUSER,
  NOW,
  TODAY,
  VICTIM,
} from '../../db/testDb.testkit';
import { loadDemo, removeDemo, type DemoSize, type Progress } from './demoWorkspace';

const SMALL: DemoSize = { cases: 3, entriesPerCase: 25, seed: 7 };
const DEMO_CTX = { today: TODAY, now: NOW, windowDays: 14, actor: ACTOR };

/** Every row of the case stores, to compare before and after. */
async function snapshot(d: CaselineDb) {
  return {
    cases: await d.cases.toArray(),
    persons: await d.persons.toArray(),
    entries: await d.entries.toArray(),
  };
}

/** A real case with two people and two entries. */
async function realCase(reference: string): Promise<string> {
  const id = await createCase({ reference, persons: [VICTIM, HARM_CAUSER], createdAt: CREATED_AT }, ACTOR);
  await addEntry(
    draft(id, 'report-received', { fields: { channel: 'phone-102' }, narrative: 'Call to 102' }),
    CTX,
  );
  await addEntry(
    draft(id, 'callout', { fields: { visitType: 'call-out' }, narrative: 'Officers attended' }),
    CTX,
  );
  return id;
}

describe('loadDemo', () => {
  it('writes demo cases with their persons and entries, all marked demo, and audits it', async () => {
    const d = freshDb();
    const progress: Progress[] = [];
    const count = await loadDemo(SMALL, DEMO_CTX, (p) => progress.push(p));

    expect(count).toBe(3);
    const cases = await d.cases.orderBy('reference').toArray();
    expect(cases.map((c) => [c.reference, c.demo, c.ownerAgency.id])).toEqual([
      ['DEMO-2026-0001', 1, ACTOR.agency.id],
      ['DEMO-2026-0002', 1, ACTOR.agency.id],
      ['DEMO-2026-0003', 1, ACTOR.agency.id],
    ]);
    const entryRows = await d.entries.toArray();
    expect(entryRows.length).toBeGreaterThanOrEqual(3 * 20);
    expect(entryRows.every((r) => r.demo === 1)).toBe(true);
    expect(new Set(entryRows.map((r) => r.caseId))).toEqual(new Set(cases.map((c) => c.id)));

    for (const c of cases) {
      const view = await getCase(c.id);
      expect(view?.demo).toBe(true);
      const persons = await listPersons(c.id);
      expect(persons.some((p) => p.role === 'victim' && p.name === view?.victimName)).toBe(true);
      const entries = await loadEntries(c.id);
      expect(c.summary.entryCount).toBe(entries.length);
      for (const e of entries) expect(await verifyEntryHash(e)).toBe(true);
    }

    const write = progress.filter((p) => p.phase === 'write');
    expect(write.at(-1)).toEqual({ phase: 'write', done: entryRows.length, total: entryRows.length });
    const audit = await d.audit.toArray();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'demo-loaded',
        caseId: null,
        actor: ACTOR.name,
        at: NOW,
        detail: `3 cases, ${entryRows.length} entries`,
      }),
    ]);
  });

  it('stores summaries that a rebuild from the written entries agrees with', async () => {
    const d = freshDb();
    await loadDemo(SMALL, DEMO_CTX);
    for (const c of await d.cases.toArray()) {
      await rebuildSummary(c.id);
      const rebuilt = (await d.cases.get(c.id))!.summary;
      const { agencies, ...rest } = rebuilt;
      const { agencies: storedAgencies, ...storedRest } = c.summary;
      expect({ reference: c.reference, ...rest }).toEqual({ reference: c.reference, ...storedRest });
      expect(new Set(agencies.map((a) => a.id))).toEqual(new Set(storedAgencies.map((a) => a.id)));
    }
  });

  it('points measures, detentions and arrests at the stored person who caused harm, and indexes IINs', async () => {
    const d = freshDb();
    await loadDemo({ ...SMALL, cases: 6 }, DEMO_CTX);
    let orders = 0;
    for (const c of await d.cases.toArray()) {
      const persons = await listPersons(c.id);
      const harm = persons.find((p) => p.role === 'harm-causer')!;
      for (const e of await loadEntries(c.id)) {
        if (e.kind === 'order-issued') {
          orders++;
          expect(e.fields.againstPersonId).toBe(harm.id);
        }
        if (e.kind === 'detention' || e.kind === 'admin-arrest') expect(e.fields.personId).toBe(harm.id);
      }
      // Every adult's IIN is found again through the token index.
      for (const p of persons.filter((x) => x.iin !== ''))
        expect((await casesWithIin(p.iin)).map((m) => m.caseId)).toContain(c.id);
      // The case header carries everyone's names for search.
      expect((await getCase(c.id))!.people?.map((p) => p.name).sort()).toEqual(
        persons.map((p) => p.name).sort(),
      );
    }
    expect(orders).toBe(6);
  });

  it('numbers after the demo references already taken, and never reuses one', async () => {
    const d = freshDb();
    await createCase({ reference: 'DEMO-2026-0001', persons: [], createdAt: CREATED_AT }, ACTOR);
    await loadDemo({ ...SMALL, cases: 2 }, DEMO_CTX);
    await loadDemo({ ...SMALL, cases: 1 }, DEMO_CTX);
    expect((await d.cases.orderBy('reference').keys()).map(String)).toEqual([
      'DEMO-2026-0001',
      'DEMO-2026-0002',
      'DEMO-2026-0003',
      'DEMO-2026-0004',
    ]);
  });
});

describe('removeDemo', () => {
  it('removes exactly the demo cases, their persons and entries; real cases stay with theirs', async () => {
    const d = freshDb();
    const before = await realCase('POL-2026-0001');
    // A real case whose reference looks like a demo one: the demo flag decides, not the text.
    const lookalike = await realCase('DEMO-2026-0001');
    const realRows = await snapshot(d);
    expect(realRows.entries).toHaveLength(4);
    expect(realRows.persons).toHaveLength(4);

    await loadDemo(SMALL, DEMO_CTX);
    const after = await realCase('POL-2026-0002');
    const withDemo = await snapshot(d);
    expect(withDemo.cases).toHaveLength(6);
    const demoIds = withDemo.cases.filter((c) => c.demo === 1).map((c) => c.id);
    expect(demoIds).toHaveLength(3);
    expect(withDemo.entries.filter((e) => demoIds.includes(e.caseId)).length).toBeGreaterThan(0);
    // Something written by hand on a demo case goes with it.
    await addEntry(draft(demoIds[0]!, 'note', { narrative: 'Practice entry' }), CTX);

    const removed = await removeDemo({ now: NOW, actor: ACTOR });

    expect(removed).toBe(3);
    const left = await snapshot(d);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    const isReal = (caseId: string) => !demoIds.includes(caseId);
    // Every real row is still there, unchanged, and nothing else is.
    expect(byId(left.cases)).toEqual(byId(withDemo.cases.filter((c) => isReal(c.id))));
    expect(byId(left.persons)).toEqual(byId(withDemo.persons.filter((p) => isReal(p.caseId))));
    expect(byId(left.entries)).toEqual(byId(withDemo.entries.filter((e) => isReal(e.caseId))));
    expect(left.cases.map((c) => c.reference).sort()).toEqual([
      'DEMO-2026-0001',
      'POL-2026-0001',
      'POL-2026-0002',
    ]);
    expect(left.entries).toEqual(expect.arrayContaining(realRows.entries));
    expect(left.entries).toHaveLength(6);
    expect(left.persons).toHaveLength(6);
    expect((await loadEntries(before)).map((e) => e.narrative)).toEqual(['Call to 102', 'Officers attended']);
    expect((await loadEntries(after)).map((e) => e.narrative)).toEqual(['Call to 102', 'Officers attended']);
    expect((await listPersons(lookalike)).map((p) => p.name).sort()).toEqual(
      [VICTIM.name, HARM_CAUSER.name].sort(),
    );

    const audit = (await d.audit.toArray()).filter((r) => r.action.startsWith('demo-'));
    expect(audit.map((r) => [r.action, r.detail, r.caseId])).toEqual([
      ['demo-loaded', expect.stringMatching(/^3 cases, \d+ entries$/) as string, null],
      ['demo-removed', '3 cases', null],
    ]);
    // The real cases' audit trail is untouched.
    expect(await d.audit.where('caseId').equals(before).count()).toBe(3);
  });

  it('does nothing and writes no audit row when there are no demo cases', async () => {
    const d = freshDb();
    const id = await realCase('POL-2026-0001');
    const before = await snapshot(d);
    const auditBefore = await d.audit.count();

    expect(await removeDemo({ now: NOW, actor: ACTOR })).toBe(0);
    expect(await snapshot(d)).toEqual(before);
    expect(await d.audit.count()).toBe(auditBefore);
    expect(await loadEntries(id)).toHaveLength(2);
  });
});
