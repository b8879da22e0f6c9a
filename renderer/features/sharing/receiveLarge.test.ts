/**
 * The one write path under a large merge through the real receive flow (issue 7 item 6): a
 * signed bundle of 10,000 new entries taken into a case open on this desktop leaves the case
 * summary exactly as a rebuild from every stored entry gives it, and the next save from the
 * screen that still shows the case as it was before the merge keeps it so.
 */
import { describe, expect, it } from 'vitest';
import { CASE_ID, makeEntry, sampleEntries } from '../../../shared/bundle/bundle.testkit';
import type { Entry } from '../../../shared/domain/types';
import { getCase } from '../../db/caseRepo';
import { loadEntries } from '../../db/entryRepo';
import { freshDb } from '../../db/testDb.testkit';
import { addEntry, rebuildSummary } from '../../db/writeEntries';
import { bundleText, receive, RECEIVER, RECEIVE_CTX } from './sharing.testkit';

const MERGED = 10_000;

/** 2026-01-06 00:00 in Almaty plus `minutes`, as an instant with its offset. */
function almatyMinute(minutes: number): string {
  const at = new Date(Date.UTC(2026, 0, 6) + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:00+05:00`;
}

describe('a 10,000-entry bundle received into a case open on this desktop', () => {
  it('keeps the case summary right, for the merge and for the next save from the stale screen', async () => {
    freshDb();
    const sample = await sampleEntries();
    expect(await receive(await bundleText({ entries: sample }))).toMatchObject({ outcome: 'received' });
    const onScreen = await loadEntries(CASE_ID);
    const order = sample.find((e) => e.kind === 'order-issued' && e.correction === null)!;

    const more: Entry[] = [];
    for (let i = 0; i < MERGED; i++) {
      const occurredAt = almatyMinute(i);
      const kind = i === 9_000 ? 'order-breached' : i % 1000 === 0 ? 'callout' : 'note';
      more.push(
        await makeEntry({
          kind,
          occurredAt,
          recordedAt: occurredAt,
          narrative: `Запись ${i}`,
          fields:
            kind === 'order-breached'
              ? { orderEntryId: order.id }
              : kind === 'callout'
                ? { visitType: 'call-out' }
                : {},
        }),
      );
    }
    const lastCallout = more.filter((e) => e.kind === 'callout').at(-1)!;

    const result = await receive(await bundleText({ entries: [...sample, ...more] }), {
      target: () => ({ kind: 'existing', localCaseId: CASE_ID }),
    });
    expect(result).toMatchObject({ outcome: 'received', localCaseId: CASE_ID });
    if (result.outcome !== 'received') return;
    expect(result.plan.fresh).toHaveLength(MERGED);
    expect(result.plan.known).toBe(sample.length);
    expect(result.plan.conflicts).toEqual([]);

    const merged = (await getCase(CASE_ID))!.summary;
    expect(merged.entryCount).toBe(sample.length + MERGED);
    expect(merged.lastContactAt).toBe(lastCallout.occurredAt);
    expect(merged.measures).toHaveLength(1);
    expect(merged.measures[0]).toMatchObject({ breached: true });
    await rebuildSummary(CASE_ID);
    expect((await getCase(CASE_ID))!.summary).toEqual(merged);

    // The screen still holds the case as it was before the merge: the save must not trust it.
    await addEntry(
      {
        caseId: CASE_ID,
        kind: 'note',
        occurredAt: '2026-03-10T11:00:00+05:00',
        author: RECEIVER,
        confidentiality: { level: 'shared' },
        basis: { kind: 'observed' },
        sourceAgency: '',
        narrative: 'Перезвонила, всё в порядке',
        fields: {},
        correction: null,
      },
      RECEIVE_CTX,
      onScreen,
    );
    const saved = (await getCase(CASE_ID))!.summary;
    expect(saved.entryCount).toBe(sample.length + MERGED + 1);
    expect(saved.measures[0]).toMatchObject({ breached: true });
    await rebuildSummary(CASE_ID);
    expect((await getCase(CASE_ID))!.summary).toEqual(saved);
  }, 120_000);
});
