import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../shared/audit/chain';
import {
  createCase,
  getCase,
  listCases,
  listPersons,
  recordCaseView,
  ReferenceTakenError,
  referenceExists,
  setCaseStatus,
  suggestReference,
} from './caseRepo';
import { ACTOR, CREATED_AT, CRISIS_ACTOR, freshDb, HARM_CAUSER, NOW, POLICE, VICTIM } from './testDb.testkit';

describe('createCase', () => {
  it('stores the case and every person in it, readable through the repository', async () => {
    const d = freshDb();
    const id = await createCase(
      { reference: 'POL-2026-0001', persons: [VICTIM, HARM_CAUSER], createdAt: CREATED_AT },
      ACTOR,
    );

    const view = await getCase(id);
    expect(view).toMatchObject({
      id,
      reference: 'POL-2026-0001',
      status: 'open',
      closedReason: '',
      ownerAgency: POLICE,
      createdAt: CREATED_AT,
      demo: false,
      victimName: VICTIM.name,
    });
    expect(view?.summary).toMatchObject({
      entryCount: 0,
      lastActivityAt: CREATED_AT,
      agencies: [POLICE],
      riskLevel: null,
    });

    const persons = await listPersons(id);
    expect(persons).toHaveLength(2);
    const byRole = Object.fromEntries(persons.map((p) => [p.role, p]));
    expect(byRole.victim).toEqual({ ...VICTIM, id: byRole.victim!.id, caseId: id });
    expect(byRole['harm-causer']).toEqual({ ...HARM_CAUSER, id: byRole['harm-causer']!.id, caseId: id });
    expect(await d.persons.count()).toBe(2);
    expect(await referenceExists('POL-2026-0001')).toBe(true);
    expect(await referenceExists('POL-2026-0002')).toBe(false);
  });

  it('keeps people of different cases apart', async () => {
    freshDb();
    const a = await createCase({ reference: 'A-1', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    const b = await createCase(
      {
        reference: 'B-1',
        persons: [HARM_CAUSER, { ...VICTIM, name: 'Other victim' }],
        createdAt: CREATED_AT,
      },
      ACTOR,
    );
    expect((await listPersons(a)).map((p) => p.name)).toEqual([VICTIM.name]);
    expect((await listPersons(b)).map((p) => p.name).sort()).toEqual(['Other victim', HARM_CAUSER.name]);
    expect((await listCases()).map((c) => c.reference).sort()).toEqual(['A-1', 'B-1']);
  });

  it('refuses a taken reference and writes nothing: no case, no persons, no audit row', async () => {
    const d = freshDb();
    const first = await createCase(
      { reference: 'POL-2026-0007', persons: [VICTIM], createdAt: CREATED_AT },
      ACTOR,
    );
    const before = {
      cases: await d.cases.toArray(),
      persons: await d.persons.toArray(),
      audit: await d.audit.toArray(),
    };

    const attempt = createCase(
      { reference: 'POL-2026-0007', persons: [HARM_CAUSER, VICTIM], createdAt: NOW },
      CRISIS_ACTOR,
    );
    await expect(attempt).rejects.toBeInstanceOf(ReferenceTakenError);
    await expect(attempt).rejects.toThrow('POL-2026-0007');

    expect(await d.cases.toArray()).toEqual(before.cases);
    expect(await d.persons.toArray()).toEqual(before.persons);
    expect(await d.audit.toArray()).toEqual(before.audit);
    expect((await listPersons(first)).map((p) => p.name)).toEqual([VICTIM.name]);
  });

  it('writes a case-created audit row naming the case, the actor and the reference', async () => {
    const d = freshDb();
    const id = await createCase({ reference: 'POL-2026-0003', persons: [], createdAt: CREATED_AT }, ACTOR);
    const audit = await d.audit.toArray();
    expect(audit).toEqual([
      {
        id: expect.any(String) as string,
        at: CREATED_AT,
        caseId: id,
        action: 'case-created',
        actor: ACTOR.name,
        agencyId: POLICE.id,
        detail: 'POL-2026-0003',
        seq: 1,
        prevHash: GENESIS_HASH,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      },
    ]);
  });

  it('stores a case without a victim with an empty victim name', async () => {
    freshDb();
    const id = await createCase({ reference: 'X-1', persons: [HARM_CAUSER], createdAt: CREATED_AT }, ACTOR);
    expect((await getCase(id))?.victimName).toBe('');
  });
});

describe('suggestReference', () => {
  it('numbers after the highest reference of this agency kind and year, ignoring other prefixes', async () => {
    freshDb();
    expect(await suggestReference(ACTOR, 2026)).toBe('POL-2026-0001');
    for (const reference of ['POL-2026-0004', 'POL-2026-0011', 'POL-2025-0090', 'CC-2026-0500'])
      await createCase({ reference, persons: [], createdAt: CREATED_AT }, ACTOR);
    expect(await suggestReference(ACTOR, 2026)).toBe('POL-2026-0012');
    expect(await suggestReference(ACTOR, 2025)).toBe('POL-2025-0091');
    expect(await suggestReference(CRISIS_ACTOR, 2026)).toBe('CC-2026-0501');
  });
});

describe('setCaseStatus', () => {
  it('closes a case with its reason, reopening clears the reason; each change is audited', async () => {
    const d = freshDb();
    const id = await createCase({ reference: 'S-1', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);

    await setCaseStatus(id, 'closed', 'Moved abroad with the children', NOW, ACTOR);
    expect(await getCase(id)).toMatchObject({
      status: 'closed',
      closedReason: 'Moved abroad with the children',
      victimName: VICTIM.name,
    });

    await setCaseStatus(id, 'monitoring', 'ignored unless closing', NOW, CRISIS_ACTOR);
    expect(await getCase(id)).toMatchObject({
      status: 'monitoring',
      closedReason: '',
      victimName: VICTIM.name,
    });

    const audit = (await d.audit.where('caseId').equals(id).toArray()).filter(
      (r) => r.action === 'case-status',
    );
    expect(audit.map((r) => [r.detail, r.actor, r.agencyId, r.at])).toEqual([
      ['closed', ACTOR.name, ACTOR.agency.id, NOW],
      ['monitoring', CRISIS_ACTOR.name, CRISIS_ACTOR.agency.id, NOW],
    ]);
  });

  it('refuses an unknown case and writes no audit row', async () => {
    const d = freshDb();
    await expect(setCaseStatus('no-such-case', 'closed', 'x', NOW, ACTOR)).rejects.toThrow('Case not found');
    expect(await d.audit.count()).toBe(0);
  });
});

describe('recordCaseView', () => {
  it('writes a case-viewed audit row', async () => {
    const d = freshDb();
    const id = await createCase({ reference: 'V-1', persons: [], createdAt: CREATED_AT }, ACTOR);
    await recordCaseView(id, NOW, CRISIS_ACTOR);
    const rows = await d.audit.where('caseId').equals(id).toArray();
    expect(rows.map((r) => r.action).sort()).toEqual(['case-created', 'case-viewed']);
    expect(rows.find((r) => r.action === 'case-viewed')).toMatchObject({
      at: NOW,
      actor: CRISIS_ACTOR.name,
      agencyId: CRISIS_ACTOR.agency.id,
    });
  });
});
