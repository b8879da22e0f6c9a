/**
 * The in-memory case index: headers decoded once, refreshed per changed case, and running
 * totals (the navigation badge) that a save updates by the one case it changed.
 */
import { describe, expect, it } from 'vitest';
import type { CaseView } from './caseRows';
import { allCaseViews, caseIndexSnapshot, caseIndexTotal, subscribeCaseIndexTotal } from './caseIndex';
import { createCase, setCaseStatus } from './caseRepo';
import { addEntry } from './writeEntries';
import { ACTOR, CREATED_AT, CTX, draft, freshDb, NOW, VICTIM } from './testDb.testkit';

async function cases(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++)
    ids.push(
      await createCase(
        { reference: `POL-2026-${String(i).padStart(4, '0')}`, persons: [VICTIM], createdAt: CREATED_AT },
        ACTOR,
      ),
    );
  return ids;
}

describe('case index', () => {
  it('holds every header with everyone’s names, and the change of one case after a write', async () => {
    freshDb();
    const [first] = await cases(3);
    const before = await allCaseViews();
    expect(before.map((v) => v.reference).sort()).toEqual([
      'POL-2026-0001',
      'POL-2026-0002',
      'POL-2026-0003',
    ]);
    expect(before[0]!.people).toEqual([{ role: 'victim', name: VICTIM.name, aliases: VICTIM.aliases }]);
    await setCaseStatus(first!, 'closed', 'Moved away', NOW, ACTOR);
    const after = await allCaseViews();
    expect(after.find((v) => v.id === first)?.status).toBe('closed');
    // The headers of the cases that did not change are the very same objects.
    for (const v of after.filter((x) => x.id !== first)) expect(before).toContain(v);
  });

  it('keeps a running total that a save updates by counting only the case it changed', async () => {
    freshDb();
    const ids = await cases(4);
    await allCaseViews();
    const counted: string[] = [];
    // Entries on each case, as the badge would count due items.
    const count = (v: CaseView) => {
      counted.push(v.reference);
      return v.summary.entryCount;
    };
    const heard: number[] = [];
    const unsubscribe = subscribeCaseIndexTotal(count, () => heard.push(caseIndexTotal(count)!));
    expect(caseIndexTotal(count)).toBe(0);
    expect(counted).toHaveLength(4);

    counted.length = 0;
    await addEntry(draft(ids[2]!, 'note', { narrative: 'Visit' }), CTX);
    await allCaseViews();
    expect(counted).toEqual(['POL-2026-0003']);
    expect(caseIndexTotal(count)).toBe(1);
    expect(heard).toEqual([1]);

    // A change that leaves the total as it was tells nobody.
    await setCaseStatus(ids[0]!, 'monitoring', '', NOW, ACTOR);
    await allCaseViews();
    expect(heard).toEqual([1]);
    unsubscribe();
  });

  it('builds the list of headers only when it is read', async () => {
    freshDb();
    await cases(2);
    const list = await allCaseViews();
    expect(caseIndexSnapshot()).toBe(list);
    await createCase({ reference: 'POL-2026-0099', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    const next = caseIndexSnapshot()!;
    expect(next).not.toBe(list);
    expect(next).toHaveLength(3);
    expect(caseIndexSnapshot()).toBe(next);
  });
});

describe('case index after the database is swapped', () => {
  it('counts its totals again from the new database and tells their listeners', async () => {
    freshDb();
    await cases(2);
    await allCaseViews();
    const count = (v: CaseView) => (v.status === 'open' ? 1 : 0);
    const heard: (number | undefined)[] = [];
    const unsubscribe = subscribeCaseIndexTotal(count, () => heard.push(caseIndexTotal(count)));
    expect(caseIndexTotal(count)).toBe(2);
    freshDb();
    await cases(3);
    await allCaseViews();
    expect(caseIndexTotal(count)).toBe(3);
    expect(heard.at(-1)).toBe(3);
    unsubscribe();
  });
});
