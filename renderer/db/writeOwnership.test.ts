import { describe, expect, it } from 'vitest';
import { resolveTimeline } from '../../shared/domain/timeline';
import type { Entry } from '../../shared/domain/types';
import { createCase, getCase } from './caseRepo';
import { finishEntry, loadEntries } from './entryRepo';
import { addEntry, ForeignCorrectionError, writeEntries } from './writeEntries';
import {
  ACTOR,
  CREATED_AT,
  CRISIS,
  CRISIS_ACTOR,
  CTX,
  draft,
  freshDb,
  NOW,
  POLICE,
  VICTIM,
} from './testDb.testkit';

const CRISIS_CTX = { ...CTX, actor: CRISIS_ACTOR };

const correctionOf = (target: Entry, action: 'correct' | 'void', reason: string) => ({
  supersedes: target.id,
  action,
  reason,
});

async function newCase(): Promise<string> {
  return createCase({ reference: 'POL-2026-0001', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
}

/** Everything a refused write must leave as it was. */
async function snapshot(d: ReturnType<typeof freshDb>, caseId: string) {
  return {
    entries: await d.entries.toArray(),
    summary: (await getCase(caseId))!.summary,
    audit: await d.audit.count(),
  };
}

describe('only the agency that wrote an entry corrects or voids it', () => {
  it('refuses a void of a police entry saved in the name of the crisis centre; nothing changes', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const callout = await addEntry(draft(caseId, 'callout', { fields: { visitType: 'call-out' } }), CTX);
    const before = await snapshot(d, caseId);

    const voiding = draft(caseId, 'callout', {
      fields: callout.fields,
      actor: CRISIS_ACTOR,
      correction: correctionOf(callout, 'void', 'Not our visit'),
    });
    const refused = addEntry(voiding, CRISIS_CTX);
    await expect(refused).rejects.toBeInstanceOf(ForeignCorrectionError);
    await expect(refused).rejects.toMatchObject({ by: CRISIS, owner: POLICE });
    await expect(refused).rejects.toThrow(/only the agency that wrote an entry may correct or void it/);

    expect(await snapshot(d, caseId)).toEqual(before);
    expect(resolveTimeline(await loadEntries(caseId))[0]).toMatchObject({ voided: false, corrected: false });
  });

  it('refuses a foreign correction of an entry written in the same write', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const note = await finishEntry(draft(caseId, 'note', { narrative: 'Went to Taraz' }), NOW);
    const correcting = await finishEntry(
      draft(caseId, 'note', {
        narrative: 'Went to Shymkent',
        actor: CRISIS_ACTOR,
        correction: correctionOf(note, 'correct', 'Wrong city'),
      }),
      NOW,
    );
    const before = await snapshot(d, caseId);
    await expect(writeEntries([{ caseId, entries: [note, correcting] }], { atomic: true })).rejects.toThrow(
      ForeignCorrectionError,
    );
    expect(await snapshot(d, caseId)).toEqual(before);
  });

  it("a merge carrying another agency's correction of its own entry is written", async () => {
    freshDb();
    const caseId = await newCase();
    // The crisis centre's entry arrived earlier; its correction arrives now.
    const theirs = await finishEntry(
      draft(caseId, 'note', { narrative: 'Stayed two nights', actor: CRISIS_ACTOR }),
      NOW,
    );
    await writeEntries([{ caseId, entries: [theirs] }], { atomic: true });
    const theirCorrection = await finishEntry(
      draft(caseId, 'note', {
        narrative: 'Stayed three nights',
        actor: CRISIS_ACTOR,
        correction: correctionOf(theirs, 'correct', 'Miscounted'),
      }),
      NOW,
    );
    await writeEntries([{ caseId, entries: [theirCorrection] }], { atomic: true });

    const [item] = resolveTimeline(await loadEntries(caseId));
    expect(item).toMatchObject({ originalId: theirs.id, corrected: true });
    expect(item!.current.narrative).toBe('Stayed three nights');
    expect((await getCase(caseId))!.summary.entryCount).toBe(2);
  });

  it('lets the police correct their own entry', async () => {
    freshDb();
    const caseId = await newCase();
    const note = await addEntry(draft(caseId, 'note', { narrative: 'Went to Taraz' }), CTX);
    await addEntry(
      draft(caseId, 'note', {
        narrative: 'Went to Shymkent',
        correction: correctionOf(note, 'correct', 'Wrong city'),
      }),
      CTX,
    );
    expect(resolveTimeline(await loadEntries(caseId))[0]!.current.narrative).toBe('Went to Shymkent');
  });
});
