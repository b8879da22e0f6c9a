import { describe, expect, it } from 'vitest';
import { issueAndServe } from '../../../shared/domain/measureDrafts';
import type { EntryDraft } from '../../../shared/domain/types';
import { createCase, getCase } from '../../db/caseRepo';
import { loadEntries } from '../../db/entryRepo';
import { ACTOR, CREATED_AT, CTX, draft, freshDb, HARM_CAUSER, VICTIM } from '../../db/testDb.testkit';
import { addEntries } from '../../db/writeEntries';

describe('an order issued and served in one step', () => {
  it('is saved as two entries in one write, the served one naming the issued one by its id', async () => {
    freshDb();
    const caseId = await createCase(
      { reference: 'T-1', persons: [VICTIM, HARM_CAUSER], createdAt: CREATED_AT },
      ACTOR,
    );
    const issued: EntryDraft = draft(caseId, 'order-issued', {
      occurredAt: '2026-01-20T10:00:00+05:00',
      fields: { measure: 'protective-order', startsOn: '2026-01-20' },
    });
    const both = issueAndServe(issued, '2026-01-20T10:05:00+05:00');
    if (!both.ok) throw new Error('refused');
    const saved = await addEntries([both.issued, (earlier) => both.served(earlier[0]!.id)], CTX);
    expect(saved.map((e) => e.kind)).toEqual(['order-issued', 'order-served']);
    expect(saved[1]?.fields.orderEntryId).toBe(saved[0]?.id);
    const stored = await loadEntries(caseId);
    expect(stored.map((e) => e.id).sort()).toEqual(saved.map((e) => e.id).sort());
    const view = await getCase(caseId);
    expect(view?.summary.entryCount).toBe(2);
  });

  it('saves nothing when a draft of the save belongs to another case', async () => {
    freshDb();
    const caseId = await createCase({ reference: 'T-2', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    await expect(addEntries([draft(caseId, 'note'), () => draft('other', 'note')], CTX)).rejects.toThrow(
      RangeError,
    );
    expect(await loadEntries(caseId)).toEqual([]);
  });
});
