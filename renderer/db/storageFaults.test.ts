import { afterEach, describe, expect, it } from 'vitest';
import { createCase, listCases } from './caseRepo';
import { clearStorageFault, faultOf, storageFaultSnapshot } from './storageFaults';
import { ACTOR, CREATED_AT, freshDb, VICTIM } from './testDb.testkit';

afterEach(() => clearStorageFault());

describe('faultOf', () => {
  it('tells lack of room, a refused commit and a closed database from ordinary errors', () => {
    expect(faultOf(new DOMException('full', 'QuotaExceededError'))).toBe('quota');
    // Dexie wraps the browser's error as `inner`.
    expect(faultOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe('quota');
    expect(faultOf({ name: 'UnknownError' })).toBe('failed');
    expect(faultOf({ name: 'DatabaseClosedError' })).toBe('closed');
    expect(faultOf({ name: 'ConstraintError' })).toBeNull();
    expect(faultOf(new Error('bug'))).toBeNull();
    expect(faultOf(null)).toBeNull();
  });
});

describe('a write the storage refuses', () => {
  it('is reported once for the whole app, changes nothing stored, and the report clears when saving works', async () => {
    const d = freshDb();
    await createCase({ reference: 'POL-1', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    const store = Object.getPrototypeOf(d.backendDB().transaction('cases').objectStore('cases')) as {
      add: (...a: unknown[]) => unknown;
    };
    const realAdd = store.add;
    store.add = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await expect(
        createCase({ reference: 'POL-2', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR),
      ).rejects.toThrow();
      expect(storageFaultSnapshot()).toBe('quota');
    } finally {
      store.add = realAdd;
    }
    expect((await listCases()).map((c) => c.reference)).toEqual(['POL-1']);
    await createCase({ reference: 'POL-2', persons: [VICTIM], createdAt: CREATED_AT }, ACTOR);
    expect(storageFaultSnapshot()).toBeNull();
  });
});
