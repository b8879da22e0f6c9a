/**
 * Checking the hashes of a large bundle's entries on two threads at once: the worker reading
 * the file from the first entry up, the window from the last one down, until they meet. The
 * window holds the entries anyway (the worker sends them as soon as they pass the schema) and
 * is mostly idle while the worker verifies, so the check takes about half as long; how much
 * each side does follows from how busy it is. The answer is the one firstBadHash gives in one
 * thread: the index of the first entry whose hash does not match, or -1.
 *
 * Only the worker decides (shared/bundle/read.ts takes this as its firstBadHash): the window
 * reports what it checked, and the worker waits until every entry was checked by one side.
 */
import { firstBadHash } from '../../../shared/bundle/verify';
import type { Progress } from '../../../shared/bundle';
import type { Entry } from '../../../shared/domain/types';

/** Entries checked between two reports: a few tens of milliseconds of the window's time. */
export const HASH_SLICE = 500;

/** The worker has checked every entry before `upto`. */
export type FrontReport = { readonly type: 'front'; readonly upto: number };
/** The window has checked the entries from `from` on (down to where it had got before). */
export type BackReport = { readonly type: 'back'; readonly from: number; readonly bad: number };

/** Lets messages and input in between slices. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The window's side: checks `entries` from the last one down, a slice at a time, reporting each
 * slice, until it reaches what the worker has checked or is stopped.
 */
export function checkFromBack(
  entries: readonly Entry[],
  report: (r: BackReport) => void,
): { readonly front: (upto: number) => void; readonly stop: () => void } {
  let front = 0;
  let stopped = false;
  void (async () => {
    for (let back = entries.length; back > front && !stopped;) {
      const from = Math.max(front, back - HASH_SLICE);
      const bad = await firstBadHash(entries.slice(from, back));
      if (stopped) return;
      report({ type: 'back', from, bad: bad < 0 ? -1 : from + bad });
      back = from;
      await nextTurn();
    }
  })();
  return {
    front: (upto) => {
      front = Math.max(front, upto);
    },
    stop: () => {
      stopped = true;
    },
  };
}

/**
 * The worker's side: checks `entries` from the first one up while the window checks from the
 * last one down (its reports arrive through `back`). Resolves to the index of the first entry
 * whose hash does not match, or -1, once every entry was checked by one side or the other.
 */
export function checkFromFront(
  entries: readonly Entry[],
  report: (r: FrontReport) => void,
  onProgress?: Progress,
): { readonly back: (r: BackReport) => void; readonly result: Promise<number> } {
  const total = entries.length;
  // Everything from `back` on was checked by the window; the first bad entry it found there.
  let back = total;
  let badBehind = -1;
  const result = (async () => {
    let front = 0;
    while (front < back) {
      const upto = Math.min(front + HASH_SLICE, back);
      const bad = await firstBadHash(entries.slice(front, upto));
      // Every entry before this one is right: it is the first wrong one, wherever the window is.
      if (bad >= 0) return front + bad;
      front = upto;
      report({ type: 'front', upto: front });
      onProgress?.({ phase: 'verify', done: front + (total - back), total });
    }
    return badBehind;
  })();
  return {
    back: (r) => {
      back = Math.min(back, r.from);
      if (r.bad >= 0 && (badBehind < 0 || r.bad < badBehind)) badBehind = r.bad;
    },
    result,
  };
}
