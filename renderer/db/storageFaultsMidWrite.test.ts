/**
 * Storage faults in the middle of a write (issue 9 item 6): the database closed under the app
 * while an entry is being saved, and a bundle merge whose transaction aborts half-way. The save
 * fails with the error the storage notice is shown for, and nothing saved before, nor anything
 * of the half-written merge, is changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle, readBundle } from '../../shared/bundle';
import { CRISIS, makeEntry, NOW, sampleInput, testKey } from '../../shared/bundle/bundle.testkit';
import { createCase, getCase } from './caseRepo';
import { plainCodec, useCodec } from './codec';
import type { CaselineDb } from './db';
import { loadEntries } from './entryRepo';
import { applyReceive } from './receiveRepo';
import { clearStorageFault, faultOf, storageFaultSnapshot } from './storageFaults';
import { ACTOR, CREATED_AT, CTX, draft, freshDb, VICTIM } from './testDb.testkit';
import { addEntry } from './writeEntries';

type StoreWrites = { add: (...a: unknown[]) => unknown; put: (...a: unknown[]) => unknown };

/**
 * Makes every write to the native object store `name` call `fault` first (it may throw, as the
 * browser's request does); undone when the test ends.
 */
function faultWrites(d: CaselineDb, name: string, fault: () => void): () => void {
  const proto = Object.getPrototypeOf(d.backendDB().transaction(name).objectStore(name)) as StoreWrites;
  const real = { add: proto.add, put: proto.put };
  for (const method of ['add', 'put'] as const)
    proto[method] = function (this: { name: string }, ...args: unknown[]) {
      if (this.name === name) fault();
      return real[method].apply(this, args);
    };
  return () => Object.assign(proto, real);
}

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
  useCodec(plainCodec);
  clearStorageFault();
});

async function caseWithTwoEntries() {
  const caseId = await createCase({ reference: 'POL-1', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
  await addEntry(draft(caseId, 'note', { narrative: 'Первая запись' }), CTX);
  await addEntry(draft(caseId, 'callout', { fields: { visitType: 'call-out' } }), CTX);
  return caseId;
}

async function storedNarratives(caseId: string): Promise<string[]> {
  return (await loadEntries(caseId)).map((e) => e.narrative).sort();
}

describe('the database closed under the app while an entry is saved', () => {
  it('before the write: the save fails as a closed database, and the entries saved before are intact', async () => {
    const d = freshDb();
    const caseId = await caseWithTwoEntries();
    const before = await storedNarratives(caseId);
    // The entry is sealed, then the database goes (storage cleared, another process took it).
    useCodec({
      ...plainCodec,
      seal: (value) => {
        d.close();
        return plainCodec.seal(value);
      },
    });
    const saving = addEntry(draft(caseId, 'note', { narrative: 'Не сохранится' }), CTX);
    const error = await saving.then(
      () => null,
      (e: unknown) => e,
    );
    expect(faultOf(error)).toBe('closed');
    expect(storageFaultSnapshot()).toBe('closed');

    useCodec(plainCodec);
    await d.open();
    expect(await storedNarratives(caseId)).toEqual(before);
    expect((await getCase(caseId))!.summary.entryCount).toBe(2);
  });

  it('inside the write transaction: the save fails as a closed database, and nothing of it is stored', async () => {
    const d = freshDb();
    const caseId = await caseWithTwoEntries();
    const before = await storedNarratives(caseId);
    const audits = await d.audit.count();
    undo = faultWrites(d, 'entries', () => {
      d.close();
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    const error = await addEntry(draft(caseId, 'note', { narrative: 'Не сохранится' }), CTX).then(
      () => null,
      (e: unknown) => e,
    );
    expect(faultOf(error)).toBe('closed');
    expect(storageFaultSnapshot()).toBe('closed');

    undo();
    undo = null;
    await d.open();
    expect(await storedNarratives(caseId)).toEqual(before);
    expect((await getCase(caseId))!.summary.entryCount).toBe(2);
    expect(await d.audit.count()).toBe(audits);
  });
});

describe('a bundle merge whose transaction aborts half-way', () => {
  it('stores nothing of the bundle: no case, person, entry, link, share or audit record', async () => {
    const d = freshDb();
    const caseId = await caseWithTwoEntries();
    const entries = [];
    for (let i = 0; i < 40; i++) entries.push(await makeEntry({ narrative: `Запись ${i}` }));
    const built = await buildBundle(await sampleInput({ entries }), (await testKey()).signer);
    if (!built.ok) throw new Error('the test bundle was not built');
    const read = await readBundle(built.text, { now: NOW });
    if (!read.ok) throw new Error('the test bundle was not read');
    const counts = async () => ({
      cases: await d.cases.count(),
      persons: await d.persons.count(),
      entries: await d.entries.count(),
      caseLinks: await d.caseLinks.count(),
      shares: await d.shares.count(),
      audit: await d.audit.count(),
    });
    const before = await counts();

    // The 21st entry's write fails: the case, the persons and twenty entries are already in the
    // transaction by then.
    let writes = 0;
    undo = faultWrites(d, 'entries', () => {
      if (++writes === 21) throw new DOMException('The disk failed.', 'UnknownError');
    });
    const actor = { name: 'Психолог', agency: CRISIS };
    const error = await applyReceive(
      read.bundle,
      { kind: 'new', reference: 'CC-2026-0001' },
      { ...CTX, actor, fileDigest: 'f'.repeat(64) },
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(writes).toBe(21);
    expect(faultOf(error)).toBe('failed');

    expect(await counts()).toEqual(before);
    expect(await getCase(read.bundle.case.id)).toBeNull();
    expect(await storedNarratives(caseId)).toEqual(['', 'Первая запись']);

    // The same bundle is taken in whole once the storage works again.
    undo();
    undo = null;
    await applyReceive(
      read.bundle,
      { kind: 'new', reference: 'CC-2026-0001' },
      { ...CTX, actor, fileDigest: 'f'.repeat(64) },
    );
    expect(await d.entries.count()).toBe(before.entries + 40);
  });
});
