import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../ids';
import { makeEntry, NOW, parseDoc, sampleInput, signRaw, testKey } from './bundle.testkit';
import { buildBundle, readBundle, type BundleDelta } from './index';

/** What was sent to the crisis centre last time: an order and a referral. */
async function earlier() {
  const order = await makeEntry({
    kind: 'order-issued',
    fields: { measure: 'protective-order', startsOn: '2026-01-05', durationMonths: 6 },
  });
  const referral = await makeEntry({ kind: 'referral-sent', fields: { toAgency: 'crisis-centre' } });
  return { order, referral };
}

function deltaOf(previous: BundleDelta['previous']): BundleDelta {
  return { after: uuidv7(Date.UTC(2026, 1, 1)), since: '2026-02-01T10:00:00+05:00', previous };
}

describe('delta bundles', () => {
  it('may refer to entries sent before, listed with their hashes', async () => {
    const key = await testKey();
    const { order, referral } = await earlier();
    const breach = await makeEntry({ kind: 'order-breached', fields: { orderEntryId: order.id } });
    const fix = await makeEntry({
      kind: 'referral-sent',
      fields: { toAgency: 'crisis-centre', reason: 'уточнение' },
      correction: { supersedes: referral.id, action: 'correct', reason: 'указана причина' },
    });
    const delta = deltaOf([
      { id: order.id, hash: order.hash },
      { id: referral.id, hash: referral.hash },
    ]);
    const built = await buildBundle(await sampleInput({ entries: [breach, fix], delta }), key.signer);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const read = await readBundle(built.text, { now: NOW });
    expect(read.ok && read.bundle.delta).toEqual(delta);
    expect(read.ok && read.bundle.entries).toEqual([breach, fix]);
  });

  it('refuse a reference to an entry neither in the bundle nor listed as sent', async () => {
    const key = await testKey();
    const { order } = await earlier();
    const breach = await makeEntry({ kind: 'order-breached', fields: { orderEntryId: order.id } });
    const built = await buildBundle(await sampleInput({ entries: [breach], delta: deltaOf([]) }), key.signer);
    expect(built).toEqual({
      ok: false,
      error: {
        code: 'dangling-reference',
        path: 'body.entries[0].fields.orderEntryId',
        entryId: breach.id,
        id: order.id,
      },
    });
    // The same file written by something else, correctly signed, is refused on reading.
    const ok = await buildBundle(
      await sampleInput({ entries: [breach], delta: deltaOf([{ id: order.id, hash: order.hash }]) }),
      key.signer,
    );
    if (!ok.ok) throw new Error('build');
    const doc = parseDoc(ok.text);
    (doc.body.delta as { previous: unknown[] }).previous = [];
    const read = await readBundle(await signRaw(doc, key), { now: NOW });
    expect(read.ok || read.error).toMatchObject({ code: 'dangling-reference', id: order.id });
  });

  it('refuse an entry that is both sent now and listed as sent before', async () => {
    const key = await testKey();
    const { order } = await earlier();
    const built = await buildBundle(
      await sampleInput({ entries: [order], delta: deltaOf([{ id: order.id, hash: order.hash }]) }),
      key.signer,
    );
    expect(built.ok || built.error).toEqual({
      code: 'duplicate-id',
      path: 'body.delta.previous[0].id',
      id: order.id,
    });
  });
});

describe('withheld references', () => {
  it('name only the withheld entries that sent entries refer to', async () => {
    const key = await testKey();
    const { order } = await earlier();
    const unrelated = await makeEntry({ confidentiality: { level: 'internal' } });
    const served = await makeEntry({ kind: 'order-served', fields: { orderEntryId: order.id } });
    const built = await buildBundle(
      await sampleInput({ entries: [served], withheldIds: [order.id, unrelated.id] }),
      key.signer,
    );
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect(built.text).not.toContain(unrelated.id);
    const read = await readBundle(built.text, { now: NOW });
    expect(read.ok && read.bundle.audience.withheld.referenced).toEqual([order.id]);
  });
});
