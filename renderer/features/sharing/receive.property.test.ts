/**
 * Random damage to a valid bundle, fed to the whole receive flow at a desktop that already holds
 * the case: whatever the change (structural, signed again by the sender, or to the text and
 * bytes), the file is either taken in — and then every stored entry still verifies and nothing
 * held was written over — or refused with nothing stored changed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEntryHash } from '../../../shared/domain/canonical';
import {
  damage,
  mutate,
  resign,
  structural,
  textual,
  type Json,
} from '../../../shared/bundle/mutations.testkit';
import { db } from '../../db/db';
import { openEntry } from '../../db/entryRepo';
import { freshDb } from '../../db/testDb.testkit';
import { bundleText, receive, snapshot } from './sharing.testkit';

let base = '';
let update = '';

beforeAll(async () => {
  base = await bundleText();
  update = await bundleText();
});

/** A desktop that took in `base`, then the damaged `update`: taken in soundly, or nothing changed. */
async function check(file: string | Uint8Array): Promise<void> {
  freshDb();
  await receive(base);
  const before = await snapshot();
  const held = new Map((await db().entries.toArray()).map((r) => [r.id, r.hash]));
  const result = await receive(file);
  if (result.outcome !== 'received') {
    expect(await snapshot()).toEqual(before);
    return;
  }
  const rows = await db().entries.toArray();
  for (const row of rows) {
    expect(await verifyEntryHash(await openEntry(row))).toBe(true);
    if (held.has(row.id)) expect(row.hash).toBe(held.get(row.id));
  }
  expect((await db().cases.toArray()).map((c) => c.summary.entryCount)).toEqual([rows.length]);
}

describe('the importer on damaged bundles', () => {
  it('structural changes: taken in soundly, or refused with nothing stored changed', async () => {
    const doc = JSON.parse(update) as Json;
    await fc.assert(
      fc.asyncProperty(structural, async (m) => check(mutate(doc, m))),
      { numRuns: 80, timeout: 10_000 },
    );
  }, 300_000);

  it('changes signed again by the sender: taken in soundly, or refused with nothing stored changed', async () => {
    const doc = JSON.parse(update) as Json;
    await fc.assert(
      fc.asyncProperty(structural, async (m) => check(await resign(mutate(doc, m)))),
      { numRuns: 80, timeout: 10_000 },
    );
  }, 300_000);

  it('cut text, changed characters and flipped bytes: taken in soundly, or refused with nothing stored changed', async () => {
    await fc.assert(
      fc.asyncProperty(textual, async (m) => check(damage(update, m))),
      { numRuns: 80, timeout: 10_000 },
    );
  }, 300_000);
});
