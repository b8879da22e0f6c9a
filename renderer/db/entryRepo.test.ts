import { describe, expect, it } from 'vitest';
import { toUtcKey } from '../../shared/dates';
import { entryHash, verifyEntryHash } from '../../shared/domain/canonical';
import { resolveTimeline } from '../../shared/domain/timeline';
import type { Entry, EntryDraft } from '../../shared/domain/types';
import { createCase, getCase } from './caseRepo';
import { finishEntry, loadEntries } from './entryRepo';
import {
  addEntry,
  addEntries,
  BULK_CHUNK,
  rebuildSummary,
  refreshStaleSummaries,
  writeEntries,
} from './writeEntries';
import { SUMMARY_VERSION } from '../../shared/domain/summary';
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

async function newCase(reference = 'POL-2026-0001'): Promise<string> {
  return createCase({ reference, persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
}

const correctionOf = (target: Entry, action: 'correct' | 'void', reason: string) => ({
  supersedes: target.id,
  action,
  reason,
});

/** A case with one call-out late on 15 January, and the draft of a void of that call-out. */
async function caseWithCallout(): Promise<{ caseId: string; callout: Entry; voidDraft: EntryDraft }> {
  const caseId = await newCase();
  const callout = await addEntry(
    draft(caseId, 'callout', { occurredAt: '2026-01-15T23:40:00+05:00', fields: { visitType: 'call-out' } }),
    CTX,
  );
  const voidDraft = draft(caseId, 'callout', {
    occurredAt: callout.occurredAt,
    fields: callout.fields,
    correction: correctionOf(callout, 'void', 'Call-out belonged to another family'),
  });
  return { caseId, callout, voidDraft };
}

describe('addEntry', () => {
  it('stores the entry with its id, record time and a content hash that verifies', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const entry = await addEntry(
      draft(caseId, 'incident', {
        narrative: 'Neighbours heard shouting; bruises on both arms.',
        fields: { incidentTypes: ['physical'], injuries: true },
      }),
      CTX,
    );

    expect(entry.recordedAt).toBe(NOW);
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entry.hash).toBe(await entryHash(entry));

    const row = await d.entries.get(entry.id);
    expect(row).toMatchObject({
      id: entry.id,
      caseId,
      kind: 'incident',
      occurredAt: '2026-01-10T10:00:00+05:00',
      occurredUtc: '2026-01-10T05:00:00.000Z',
      recordedAt: NOW,
      hash: entry.hash,
      supersedes: null,
      demo: 0,
    });

    const [loaded, ...rest] = await loadEntries(caseId);
    expect(rest).toEqual([]);
    expect(loaded).toEqual(entry);
    expect(await verifyEntryHash(loaded!)).toBe(true);
  });

  it('writes nothing when the case does not exist: no entry, no summary, no audit row', async () => {
    const d = freshDb();
    await expect(addEntry(draft('no-such-case', 'note', { narrative: 'lost' }), CTX)).rejects.toThrow(
      'Case no-such-case not found',
    );
    expect(await d.entries.count()).toBe(0);
    expect(await d.audit.count()).toBe(0);
  });

  it('refreshes the case summary: count, last activity, agencies, last contact', async () => {
    freshDb();
    const caseId = await newCase();

    await addEntry(draft(caseId, 'note', { occurredAt: '2026-01-12T09:00:00+05:00' }), CTX);
    let summary = (await getCase(caseId))!.summary;
    expect(summary).toMatchObject({
      entryCount: 1,
      lastActivityAt: '2026-01-12T09:00:00+05:00',
      agencies: [POLICE],
      lastContactAt: null,
    });

    await addEntry(
      draft(caseId, 'callout', {
        occurredAt: '2026-01-20T22:15:00+05:00',
        fields: { visitType: 'call-out' },
        actor: CRISIS_ACTOR,
      }),
      { ...CTX, actor: CRISIS_ACTOR },
    );
    summary = (await getCase(caseId))!.summary;
    expect(summary).toMatchObject({
      entryCount: 2,
      lastActivityAt: '2026-01-20T22:15:00+05:00',
      agencies: [POLICE, CRISIS],
      lastContactAt: '2026-01-20T22:15:00+05:00',
    });

    // Something recorded late about an earlier day does not move last activity back.
    await addEntry(draft(caseId, 'note', { occurredAt: '2026-01-06T08:00:00+05:00' }), CTX);
    summary = (await getCase(caseId))!.summary;
    expect(summary.entryCount).toBe(3);
    expect(summary.lastActivityAt).toBe('2026-01-20T22:15:00+05:00');
  });

  it('keeps measures, actions and deadlines in the summary from the entries already stored', async () => {
    freshDb();
    const caseId = await newCase();
    const order = await addEntry(
      draft(caseId, 'order-issued', {
        fields: { measure: 'protective-order', startsOn: '2026-01-10', durationMonths: 3 },
      }),
      CTX,
    );
    const action = await addEntry(
      draft(caseId, 'action-assigned', {
        fields: { action: 'Visit the school', ownerAgency: 'social-protection', dueOn: '2026-02-10' },
      }),
      CTX,
    );
    // An unrelated entry later must not lose what the earlier ones put in the summary.
    await addEntry(draft(caseId, 'note', { narrative: 'Called the victim back' }), CTX);

    let summary = (await getCase(caseId))!.summary;
    expect(summary.measures).toEqual([
      expect.objectContaining({
        orderEntryId: order.id,
        measure: 'protective-order',
        startsOn: '2026-01-10',
        endedOn: null,
        breached: false,
      }),
    ]);
    expect(summary.openActions).toBe(1);
    expect(summary.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'action-due', date: '2026-02-10', sourceEntryId: action.id }),
    );
    expect(summary.deadlines).toContainEqual(
      expect.objectContaining({ kind: 'measure-expires', sourceEntryId: order.id }),
    );

    await addEntry(draft(caseId, 'action-done', { fields: { actionEntryId: action.id } }), CTX);
    summary = (await getCase(caseId))!.summary;
    expect(summary.openActions).toBe(0);
    expect(summary.deadlines.map((dl) => dl.kind)).not.toContain('action-due');
    expect(summary.measures.map((m) => m.orderEntryId)).toEqual([order.id]);
  });

  it('with the entries the caller holds, keeps the summary a rebuild from storage gives', async () => {
    freshDb();
    const caseId = await newCase();
    const order = await addEntry(
      draft(caseId, 'order-issued', { fields: { measure: 'protective-order', startsOn: '2026-01-10' } }),
      CTX,
    );
    await addEntry(draft(caseId, 'callout', { fields: { visitType: 'call-out' } }), CTX);
    const onScreen = await loadEntries(caseId);
    await addEntry(draft(caseId, 'order-breached', { fields: { orderEntryId: order.id } }), CTX, onScreen);
    const saved = (await getCase(caseId))!.summary;
    expect(saved.measures[0]!.breached).toBe(true);
    await rebuildSummary(caseId);
    expect((await getCase(caseId))!.summary).toEqual(saved);
  });

  it('does not trust entries the caller holds once another window has added one', async () => {
    freshDb();
    const caseId = await newCase();
    const order = await addEntry(
      draft(caseId, 'order-issued', { fields: { measure: 'protective-order', startsOn: '2026-01-10' } }),
      CTX,
    );
    const onScreen = await loadEntries(caseId);
    // Meanwhile another window records a breach of the order.
    await addEntry(draft(caseId, 'order-breached', { fields: { orderEntryId: order.id } }), CTX);
    await addEntry(draft(caseId, 'note', { narrative: 'Called back' }), CTX, onScreen);
    const summary = (await getCase(caseId))!.summary;
    expect(summary.measures[0]!.breached).toBe(true);
    expect(summary.entryCount).toBe(3);
    expect(await loadEntries(caseId)).toHaveLength(3);
  });

  it('writes an entry-added audit row for each entry', async () => {
    const d = freshDb();
    const caseId = await newCase();
    await addEntry(draft(caseId, 'note'), CTX);
    await addEntry(draft(caseId, 'counselling', { fields: { sessionType: 'legal' }, actor: CRISIS_ACTOR }), {
      ...CTX,
      actor: CRISIS_ACTOR,
    });
    const rows = (await d.audit.where('caseId').equals(caseId).toArray()).filter(
      (r) => r.action === 'entry-added',
    );
    expect(rows.map((r) => [r.detail, r.actor, r.agencyId, r.at]).sort()).toEqual(
      [
        ['counselling', CRISIS_ACTOR.name, CRISIS.id, NOW],
        ['note', ACTOR.name, POLICE.id, NOW],
      ].sort(),
    );
  });
});

describe('corrections and voids', () => {
  it('a correction is a new entry that supersedes the original; the original is kept unchanged', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const original = await addEntry(
      draft(caseId, 'note', { narrative: 'Victim went to her mother in Taraz' }),
      CTX,
    );
    const rawBefore = await d.entries.get(original.id);

    const correction = await addEntry(
      draft(caseId, 'note', {
        narrative: 'Victim went to her mother in Shymkent',
        correction: correctionOf(original, 'correct', 'Wrong city'),
      }),
      CTX,
    );

    expect(correction.id).not.toBe(original.id);
    expect(await d.entries.get(original.id)).toEqual(rawBefore);
    expect((await d.entries.get(correction.id))?.supersedes).toBe(original.id);

    const stored = await loadEntries(caseId);
    expect(stored.map((e) => e.id).sort()).toEqual([original.id, correction.id].sort());
    for (const e of stored) expect(await verifyEntryHash(e)).toBe(true);

    const [item, ...others] = resolveTimeline(stored);
    expect(others).toEqual([]);
    expect(item).toMatchObject({ originalId: original.id, corrected: true, voided: false });
    expect(item!.current.narrative).toBe('Victim went to her mother in Shymkent');
    expect(item!.history.map((e) => e.narrative)).toEqual(['Victim went to her mother in Taraz']);
    expect((await getCase(caseId))!.summary.entryCount).toBe(2);
  });

  it('a void keeps the voided entry and drops it from the summary', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const order = await addEntry(
      draft(caseId, 'order-issued', {
        fields: { measure: 'protective-order', startsOn: '2026-01-10', durationMonths: 3 },
      }),
      CTX,
    );
    expect((await getCase(caseId))!.summary.measures).toHaveLength(1);

    const voiding = await addEntry(
      draft(caseId, 'order-issued', {
        fields: order.fields,
        correction: correctionOf(order, 'void', 'Entered on the wrong case'),
      }),
      CTX,
    );

    expect(await d.entries.get(order.id)).toMatchObject({ id: order.id, hash: order.hash, supersedes: null });
    expect((await loadEntries(caseId)).map((e) => e.id).sort()).toEqual([order.id, voiding.id].sort());
    const [item] = resolveTimeline(await loadEntries(caseId));
    expect(item).toMatchObject({
      originalId: order.id,
      voided: true,
      voidReason: 'Entered on the wrong case',
    });
    expect(item!.current.id).toBe(order.id);

    const summary = (await getCase(caseId))!.summary;
    expect(summary.measures).toEqual([]);
    expect(summary.deadlines.filter((dl) => dl.sourceEntryId === order.id)).toEqual([]);
  });

  it('voiding the only call-out clears the last contact it had set', async () => {
    freshDb();
    const { caseId, callout, voidDraft } = await caseWithCallout();
    expect((await getCase(caseId))!.summary.lastContactAt).toBe(callout.occurredAt);
    await addEntry(voidDraft, CTX);
    expect((await getCase(caseId))!.summary.lastContactAt).toBeNull();
  });
});

describe('loadEntries', () => {
  it('orders by the instant in UTC, not by the text of instants with different offsets', async () => {
    freshDb();
    const caseId = await newCase();
    const other = await newCase('POL-2026-0002');
    // 23:30 at UTC+6 (17:30Z) happened before 23:00 at UTC+5 (18:00Z), though it sorts after as text.
    const late = await addEntry(draft(caseId, 'note', { occurredAt: '2024-02-29T23:00:00+05:00' }), CTX);
    const early = await addEntry(draft(caseId, 'note', { occurredAt: '2024-02-29T23:30:00+06:00' }), CTX);
    const first = await addEntry(draft(caseId, 'note', { occurredAt: '2024-01-01T00:00:00Z' }), CTX);
    await addEntry(draft(other, 'note', { occurredAt: '2024-02-29T20:00:00+05:00' }), CTX);

    expect((await loadEntries(caseId)).map((e) => e.id)).toEqual([first.id, early.id, late.id]);
    expect(await loadEntries('no-such-case')).toEqual([]);
  });
});

describe('writeEntries', () => {
  it('writes many entries in chunks of BULK_CHUNK, reporting progress per chunk, summaries right at each', async () => {
    const d = freshDb();
    const a = await newCase('A-1');
    const b = await newCase('B-1');
    const total = 2 * BULK_CHUNK + 345;
    const entries: Entry[] = [];
    for (let i = 0; i < total; i++) {
      const occurredAt = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
      entries.push(
        await finishEntry(draft(i % 2 === 0 ? a : b, 'note', { occurredAt, narrative: `Entry ${i}` }), NOW),
      );
    }
    const progress: number[] = [];
    const groups = [a, b].map((caseId) => ({ caseId, entries: entries.filter((e) => e.caseId === caseId) }));

    await writeEntries(groups, { onProgress: (done) => progress.push(done) });

    expect(progress).toEqual([BULK_CHUNK, 2 * BULK_CHUNK, total]);
    expect(await d.entries.count()).toBe(total);
    const loadedA = await loadEntries(a);
    const loadedB = await loadEntries(b);
    expect(loadedA).toHaveLength(Math.ceil(total / 2));
    expect(loadedB).toHaveLength(Math.floor(total / 2));
    expect(loadedA).toEqual(entries.filter((e) => e.caseId === a));
    expect(loadedB.map((e) => e.narrative).slice(0, 2)).toEqual(['Entry 1', 'Entry 3']);
    expect((await getCase(a))!.summary.entryCount).toBe(loadedA.length);
    expect((await getCase(b))!.summary.entryCount).toBe(loadedB.length);
    const row = await d.entries.get(entries[total - 1]!.id);
    expect(row).toMatchObject({ demo: 0, hash: entries[total - 1]!.hash });
    expect(row?.occurredUtc).toBe(toUtcKey(entries[total - 1]!.occurredAt));
  });

  it('marks demo entries as demo', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const entries = [
      await finishEntry(draft(caseId, 'note'), NOW),
      await finishEntry(draft(caseId, 'note'), NOW),
    ];
    await writeEntries([{ caseId, entries }], { demo: true });
    expect((await d.entries.toArray()).map((r) => r.demo)).toEqual([1, 1]);
  });

  it('refuses an entry id that is already stored rather than overwriting it, and stores nothing of that write', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const kept = await addEntry(draft(caseId, 'note', { narrative: 'original text' }), CTX);
    const forged: Entry = { ...kept, narrative: 'rewritten text' };
    const fresh = await finishEntry(draft(caseId, 'note', { narrative: 'new text' }), NOW);
    await expect(writeEntries([{ caseId, entries: [fresh, forged] }], { atomic: true })).rejects.toThrow();
    expect(await d.entries.count()).toBe(1);
    expect((await loadEntries(caseId))[0]!.narrative).toBe('original text');
    expect((await getCase(caseId))!.summary.entryCount).toBe(1);
  });

  it('refuses entries for a case that does not exist', async () => {
    const d = freshDb();
    const lost = await finishEntry(draft('no-such-case', 'note'), NOW);
    await expect(writeEntries([{ caseId: 'no-such-case', entries: [lost] }])).rejects.toThrow(
      'Case no-such-case not found',
    );
    expect(await d.entries.count()).toBe(0);
  });

  it('merges 10,000 entries into a case open on screen; the next save from that screen keeps the summary a rebuild gives', async () => {
    freshDb();
    const caseId = await newCase();
    const order = await addEntry(
      draft(caseId, 'order-issued', { fields: { measure: 'protective-order', startsOn: '2026-01-10' } }),
      CTX,
    );
    const onScreen = await loadEntries(caseId);
    const merged: Entry[] = [];
    for (let i = 0; i < 10_000; i++) {
      const occurredAt = new Date(Date.UTC(2025, 5, 1) + i * 60_000).toISOString();
      const kind = i === 9_000 ? 'order-breached' : i % 1000 === 0 ? 'callout' : 'note';
      const fields: Record<string, string> =
        kind === 'order-breached'
          ? { orderEntryId: order.id }
          : kind === 'callout'
            ? { visitType: 'call-out' }
            : {};
      merged.push(await finishEntry(draft(caseId, kind, { occurredAt, fields, actor: CRISIS_ACTOR }), NOW));
    }
    const progress: number[] = [];
    await writeEntries([{ caseId, entries: merged }], {
      atomic: true,
      onProgress: (done) => progress.push(done),
    });
    expect(progress.at(-1)).toBe(10_000);
    expect(progress.length).toBeGreaterThan(2);
    const afterMerge = (await getCase(caseId))!.summary;
    expect(afterMerge.entryCount).toBe(10_001);
    expect(afterMerge.measures[0]!.breached).toBe(true);
    expect(afterMerge.agencies).toEqual([POLICE, CRISIS]);

    // The page still shows what it read before the merge: the save must not trust it.
    await addEntry(draft(caseId, 'note', { narrative: 'Called back' }), CTX, onScreen);
    const saved = (await getCase(caseId))!.summary;
    expect(saved.entryCount).toBe(10_002);
    expect(saved.measures[0]!.breached).toBe(true);
    await rebuildSummary(caseId);
    expect((await getCase(caseId))!.summary).toEqual(saved);
  });

  it('saves entries written together in one write, each audited', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const [issued, served] = await addEntries(
      [
        draft(caseId, 'order-issued', { fields: { measure: 'protective-order', startsOn: '2026-01-10' } }),
        draft(caseId, 'note', { narrative: 'Served in person' }),
      ],
      CTX,
    );
    expect((await loadEntries(caseId)).map((e) => e.id).sort()).toEqual([issued!.id, served!.id].sort());
    expect((await getCase(caseId))!.summary.entryCount).toBe(2);
    expect((await d.audit.toArray()).filter((r) => r.action === 'entry-added')).toHaveLength(2);
  });
});

describe('rebuildSummary', () => {
  it('rebuilds from every entry the same summary that adding them one by one kept', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const order = await addEntry(
      draft(caseId, 'order-issued', {
        occurredAt: '2026-01-09T10:00:00+05:00',
        fields: { measure: 'protective-order', startsOn: '2026-01-09', durationMonths: 6 },
      }),
      CTX,
    );
    await addEntry(draft(caseId, 'order-breached', { fields: { orderEntryId: order.id } }), CTX);
    await addEntry(
      draft(caseId, 'contact-attempt', {
        occurredAt: '2026-01-18T11:00:00+05:00',
        fields: { method: 'phone', reached: true },
        actor: CRISIS_ACTOR,
      }),
      { ...CTX, actor: CRISIS_ACTOR },
    );
    await addEntry(draft(caseId, 'safety-plan', { fields: { reviewOn: '2026-03-01' } }), CTX);
    const incremental = (await getCase(caseId))!.summary;

    await rebuildSummary(caseId);
    expect((await getCase(caseId))!.summary).toEqual(incremental);
    expect(incremental.entryCount).toBe(4);
    expect(incremental.measures[0]).toMatchObject({ orderEntryId: order.id, breached: true });
    expect(await d.entries.count()).toBe(4);
  });

  it("a write of another agency's entries keeps the summary a rebuild gives, with no rebuild", async () => {
    freshDb();
    const caseId = await newCase();
    const callout = await finishEntry(
      draft(caseId, 'callout', {
        occurredAt: '2026-01-25T21:00:00+05:00',
        fields: { visitType: 'home-visit' },
        actor: CRISIS_ACTOR,
      }),
      NOW,
    );
    await writeEntries([{ caseId, entries: [callout, await finishEntry(draft(caseId, 'note'), NOW)] }]);
    const written = (await getCase(caseId))!.summary;
    expect(written).toMatchObject({
      entryCount: 2,
      lastActivityAt: '2026-01-25T21:00:00+05:00',
      lastContactAt: '2026-01-25T21:00:00+05:00',
      agencies: [POLICE, CRISIS],
    });
    await rebuildSummary(caseId);
    expect((await getCase(caseId))!.summary).toEqual(written);
  });

  it('after a rebuild, a voided call-out is no longer the last contact', async () => {
    freshDb();
    const { caseId, voidDraft } = await caseWithCallout();
    await writeEntries([{ caseId, entries: [await finishEntry(voidDraft, NOW)] }]);
    await rebuildSummary(caseId);
    expect((await getCase(caseId))!.summary.lastContactAt).toBeNull();
  });
});

describe('refreshStaleSummaries', () => {
  it('rebuilds summaries written under older rules and leaves current ones alone', async () => {
    const d = freshDb();
    const caseId = await newCase();
    const current = await newCase('POL-2026-0002');
    await addEntry(
      draft(caseId, 'preventive-talk', { narrative: 'Talk with the person who caused harm' }),
      CTX,
    );
    // An older build counted a preventive talk as the last contact and wrote no version.
    const { version: _v, ...old } = (await getCase(caseId))!.summary;
    await d.cases.update(caseId, { summary: { ...old, lastContactAt: '2026-01-20T10:00:00+05:00' } });
    expect(await refreshStaleSummaries()).toBe(1);
    expect((await getCase(caseId))!.summary.lastContactAt).toBeNull();
    expect((await getCase(caseId))!.summary.version).toBe(SUMMARY_VERSION);
    expect((await getCase(current))!.summary.entryCount).toBe(0);
    expect(await refreshStaleSummaries()).toBe(0);
  });
});
