import { describe, expect, it } from 'vitest';
import { createCase, setCaseStatus } from './caseRepo';
import { casesWithIin } from './personRepo';
import { ACTOR, CREATED_AT, freshDb, HARM_CAUSER, NOW, rawDump, VICTIM } from './testDb.testkit';

describe('casesWithIin', () => {
  it('finds the other cases with the same IIN, with the person’s role there, typed with spaces or not', async () => {
    freshDb();
    const first = await createCase(
      { reference: 'POL-2026-0001', persons: [VICTIM, HARM_CAUSER], createdAt: CREATED_AT },
      ACTOR,
    );
    const second = await createCase(
      {
        reference: 'SOC-2026-0004',
        persons: [
          { ...VICTIM, name: 'Другая', iin: '' },
          { ...HARM_CAUSER, role: 'household' },
        ],
        createdAt: CREATED_AT,
      },
      ACTOR,
    );
    await setCaseStatus(second, 'closed', 'Переехали', NOW, ACTOR);

    expect(await casesWithIin('8807 1535 0015')).toEqual([
      { caseId: first, reference: 'POL-2026-0001', status: 'open', roles: ['harm-causer'] },
      { caseId: second, reference: 'SOC-2026-0004', status: 'closed', roles: ['household'] },
    ]);
    // Seen from the second case, only the first is "another case".
    expect((await casesWithIin(HARM_CAUSER.iin, second)).map((m) => m.reference)).toEqual(['POL-2026-0001']);
    expect(await casesWithIin(VICTIM.iin, first)).toEqual([]);
  });

  it('finds nothing for text that is not a valid IIN, and never an empty IIN', async () => {
    freshDb();
    await createCase(
      { reference: 'POL-2026-0001', persons: [{ ...VICTIM, iin: '' }], createdAt: CREATED_AT },
      ACTOR,
    );
    expect(await casesWithIin('')).toEqual([]);
    expect(await casesWithIin('910402450019')).toEqual([]);
    expect(await casesWithIin('not an iin')).toEqual([]);
  });

  it('stores the IIN only sealed: the index holds a token that does not contain it', async () => {
    const d = freshDb();
    await createCase({ reference: 'POL-2026-0001', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    const stored = await rawDump(d.name);
    const keys = JSON.stringify(stored.persons!.indexes.iinToken!.keys);
    expect(stored.persons!.indexes.iinToken!.keys).toHaveLength(1);
    expect(keys).not.toContain(VICTIM.iin);
    expect(keys).not.toContain(VICTIM.iin.slice(0, 6));
  });
});
