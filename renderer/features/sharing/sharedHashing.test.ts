/**
 * The hash check shared by the worker and the window (sharedHashing.ts) answers as the check in
 * one thread does, wherever the wrong entries are and however fast each side goes: the two
 * sides here talk through timers of random length, as two threads' messages arrive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../shared/bundle/bundle.testkit';
import { firstBadHash } from '../../../shared/bundle/verify';
import type { Entry } from '../../../shared/domain/types';
import { checkFromBack, checkFromFront, HASH_SLICE } from './sharedHashing';

let made: Entry[] | null = null;

/** Entries with their right hashes, enough for several slices each side. */
async function entries(): Promise<Entry[]> {
  made ??= await Promise.all(
    Array.from({ length: 3 * HASH_SLICE + 17 }, (_, i) => makeEntry({ narrative: `Запись ${i}` })),
  );
  return made;
}

function later(ms: number, run: () => void): void {
  setTimeout(run, ms);
}

/** Both sides at once, each message arriving after `delay` ms. */
async function shared(list: readonly Entry[], delay: () => number): Promise<number> {
  let front: ReturnType<typeof checkFromFront> | null = null;
  const back = checkFromBack(list, (r) => later(delay(), () => front?.back(r)));
  front = checkFromFront(list, (r) => later(delay(), () => back.front(r.upto)));
  try {
    return await front.result;
  } finally {
    back.stop();
  }
}

describe('hashes checked by the worker and the window together', () => {
  it('find the first entry whose content does not match its hash, or none', async () => {
    const all = await entries();
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat(all.length - 1), { maxLength: 3 }),
        fc.nat(all.length),
        fc.array(fc.nat(8), { minLength: 1, maxLength: 5 }),
        async (tampered, length, delays) => {
          const list = all
            .slice(0, length)
            .map((e, i) => (tampered.includes(i) ? { ...e, narrative: `${e.narrative}!` } : e));
          let turn = 0;
          const expected = await firstBadHash(list);
          expect(await shared(list, () => delays[turn++ % delays.length]!)).toBe(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('come to the answer when the window never reports', async () => {
    const list = (await entries()).map((e, i) =>
      i === 2 * HASH_SLICE + 3 ? { ...e, narrative: 'иначе' } : e,
    );
    const front = checkFromFront(list, () => undefined);
    expect(await front.result).toBe(2 * HASH_SLICE + 3);
  });
});
