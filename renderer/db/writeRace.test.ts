/**
 * Writers racing on one case (issue 7 item 6): two windows saving from the same, soon stale,
 * view of a case, and a bundle merge landing while the case page saves. Every entry is stored
 * once and the summary is what a rebuild from storage gives, with no rebuild needed.
 */
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../shared/bundle';
import {
  CASE_ID,
  CRISIS,
  makeEntry,
  NOW,
  POLICE,
  sampleInput,
  testKey,
} from '../../shared/bundle/bundle.testkit';
import { readBundle } from '../../shared/bundle';

import { createCase, getCase } from './caseRepo';
import { caseRows } from './caseRows';
import { db } from './db';
import { loadEntries } from './entryRepo';
import { applyReceive } from './receiveRepo';
import { CTX, draft, freshDb } from './testDb.testkit';
import { addEntry, rebuildSummary } from './writeEntries';

const CRISIS_ACTOR = { name: 'Психолог', agency: CRISIS };

async function summaryMatchesRebuild(caseId: string): Promise<void> {
  const kept = (await getCase(caseId))!.summary;
  await rebuildSummary(caseId);
  expect((await getCase(caseId))!.summary).toEqual(kept);
}

describe('writers racing on one case', () => {
  it('two windows saving from the same view: both entries stored, the summary a rebuild gives', async () => {
    freshDb();
    const caseId = await createCase(
      { reference: 'POL-2026-0001', persons: [], createdAt: NOW },
      { name: 'A', agency: POLICE },
    );
    const order = await addEntry(
      draft(caseId, 'order-issued', { fields: { measure: 'protective-order', startsOn: '2026-01-10' } }),
      CTX,
    );
    const view = await loadEntries(caseId);
    await Promise.all([
      addEntry(draft(caseId, 'order-breached', { fields: { orderEntryId: order.id } }), CTX, view),
      addEntry(draft(caseId, 'callout', { fields: { visitType: 'call-out' } }), CTX, view),
      addEntry(draft(caseId, 'note', { narrative: 'третье окно' }), CTX, view),
    ]);
    const summary = (await getCase(caseId))!.summary;
    expect(summary.entryCount).toBe(4);
    expect(summary.measures[0]!.breached).toBe(true);
    await summaryMatchesRebuild(caseId);
  });

  it('a bundle merge landing while the case page saves: both stored, the summary a rebuild gives', async () => {
    freshDb();
    const { caseRow } = await caseRows(
      {
        id: CASE_ID,
        reference: 'CC-2026-0001',
        persons: [],
        demo: false,
        createdAt: NOW,
        owner: POLICE,
      },
      CRISIS_ACTOR,
    );
    await db().cases.add(caseRow);
    const view = await loadEntries(CASE_ID);
    const merged = Array.from({ length: 3000 }, (_, i) => i);
    const entries = [];
    for (const i of merged)
      entries.push(
        await makeEntry({
          narrative: `Запись ${i}`,
          kind: i % 500 === 0 ? 'callout' : 'note',
          fields: i % 500 === 0 ? { visitType: 'call-out' } : {},
        }),
      );
    const built = await buildBundle(await sampleInput({ entries }), (await testKey()).signer);
    if (!built.ok) throw new Error('build');
    const read = await readBundle(built.text, { now: NOW });
    if (!read.ok) throw new Error('read');
    await Promise.all([
      applyReceive(
        read.bundle,
        { kind: 'existing', localCaseId: CASE_ID },
        { ...CTX, actor: CRISIS_ACTOR, fileDigest: 'f'.repeat(64) },
      ),
      addEntry(
        draft(CASE_ID, 'note', { narrative: 'С экрана', actor: CRISIS_ACTOR }),
        { ...CTX, actor: CRISIS_ACTOR },
        view,
      ),
    ]);
    expect((await getCase(CASE_ID))!.summary.entryCount).toBe(3001);
    expect(await db().entries.count()).toBe(3001);
    await summaryMatchesRebuild(CASE_ID);
  });
});
