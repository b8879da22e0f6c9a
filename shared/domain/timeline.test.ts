import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { Correction, Entry } from './types';
import {
  effectiveEntries,
  effectiveOf,
  originalIdIndex,
  originalIdOf,
  resolveTimeline,
  type ResolvedEntry,
} from './timeline';

const police = { id: 'police-1' as AgencyId, name: 'Police', kind: 'police' as const };
const centre = { id: 'centre-1' as AgencyId, name: 'Crisis centre', kind: 'crisis-centre' as const };

function entry(
  id: string,
  opts: {
    at?: string;
    rec?: string;
    narrative?: string;
    correction?: Correction | null;
    agency?: typeof police | typeof centre;
    hash?: string;
  } = {},
): Entry {
  return {
    id: id as EntryId,
    caseId: 'c' as CaseId,
    kind: 'note',
    occurredAt: opts.at ?? '2026-01-01T10:00:00+05:00',
    recordedAt: opts.rec ?? '2026-01-01T10:00:00+05:00',
    author: { name: 'x', agency: opts.agency ?? police },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: opts.narrative ?? id,
    fields: {},
    correction: opts.correction ?? null,
    hash: opts.hash ?? '',
  };
}
const fix = (target: string, reason = 'typo'): Correction => ({
  supersedes: target as EntryId,
  action: 'correct',
  reason,
});
const voidOf = (target: string, reason = 'wrong case'): Correction => ({
  supersedes: target as EntryId,
  action: 'void',
  reason,
});
const rec = (day: number, hour = 10) =>
  `2026-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+05:00`;

/** Every permutation of a small list: resolution must not depend on input order. */
function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}
const ids = (es: readonly Entry[]) => es.map((e) => e.id);
const only = (items: ResolvedEntry[]): ResolvedEntry => {
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('resolveTimeline: chains', () => {
  const a = entry('a', { rec: rec(1) });
  const b = entry('b', { rec: rec(2), correction: fix('a') });
  const c = entry('c', { rec: rec(3), correction: fix('b', 'second') });

  it('resolves A ← B ← C to C, with A then B as history, in every input order', () => {
    for (const order of permutations([a, b, c])) {
      const item = only(resolveTimeline(order));
      expect(item).toMatchObject({
        originalId: 'a',
        corrected: true,
        voided: false,
        voidReason: null,
        conflict: false,
        orphan: false,
      });
      expect(item.current.id).toBe('c');
      expect(ids(item.history)).toEqual(['a', 'b']);
    }
  });

  it('leaves an uncorrected entry alone', () => {
    const item = only(resolveTimeline([a]));
    expect(item).toMatchObject({ originalId: 'a', corrected: false, voided: false, conflict: false });
    expect(item.current).toBe(a);
    expect(item.history).toEqual([]);
  });

  it('lists the original first in history even when its clock was ahead of the correction’s', () => {
    const late = entry('o', { rec: rec(9) });
    const fixIt = entry('f', { rec: rec(2), correction: fix('o') });
    const fixAgain = entry('g', { rec: rec(3), correction: fix('f') });
    const item = only(resolveTimeline([fixAgain, fixIt, late]));
    expect(item.current.id).toBe('g');
    expect(ids(item.history)).toEqual(['o', 'f']);
  });

  it('returns nothing for no entries', () => {
    expect(resolveTimeline([])).toEqual([]);
    expect(effectiveEntries([])).toEqual([]);
  });
});

describe('resolveTimeline: voids', () => {
  it('shows a voided entry with its last non-void content and the reason', () => {
    const entries = [
      entry('a', { rec: rec(1) }),
      entry('b', { rec: rec(2), correction: fix('a') }),
      entry('v', { rec: rec(3), correction: voidOf('b', 'entered on the wrong case') }),
    ];
    for (const order of permutations(entries)) {
      const item = only(resolveTimeline(order));
      expect(item).toMatchObject({ voided: true, voidReason: 'entered on the wrong case', corrected: true });
      expect(item.current.id).toBe('b');
      expect(ids(item.history)).toEqual(['a', 'v']);
    }
  });

  it('voids an uncorrected original: shows the original, not corrected', () => {
    const item = only(resolveTimeline([entry('v', { rec: rec(2), correction: voidOf('a') }), entry('a')]));
    expect(item).toMatchObject({ originalId: 'a', voided: true, corrected: false, voidReason: 'wrong case' });
    expect(item.current.id).toBe('a');
    expect(ids(item.history)).toEqual(['v']);
  });

  it('restores an entry when the void itself is corrected', () => {
    const item = only(
      resolveTimeline([
        entry('a', { rec: rec(1) }),
        entry('v', { rec: rec(2), correction: voidOf('a') }),
        entry('r', { rec: rec(3), correction: fix('v', 'voided by mistake'), narrative: 'restored' }),
      ]),
    );
    expect(item).toMatchObject({ voided: false, voidReason: null, corrected: true });
    expect(item.current.narrative).toBe('restored');
  });

  it('keeps a void with an empty reason distinct from not voided', () => {
    const item = only(
      resolveTimeline([entry('a'), entry('v', { rec: rec(2), correction: voidOf('a', '') })]),
    );
    expect(item.voided).toBe(true);
    expect(item.voidReason).toBe('');
  });
});

describe('resolveTimeline: competing corrections', () => {
  // Two agencies corrected the same entry offline; their bundles were merged.
  const a = entry('a', { rec: rec(1) });
  const byPolice = entry('b1', { rec: rec(2, 10), correction: fix('a'), narrative: 'police version' });
  const byCentre = entry('b2', {
    rec: rec(2, 9),
    correction: fix('a'),
    narrative: 'centre version',
    agency: centre,
  });

  it('picks the later recordedAt, flags the conflict, and drops neither', () => {
    for (const order of permutations([a, byPolice, byCentre])) {
      const item = only(resolveTimeline(order));
      expect(item.current.id).toBe('b1');
      expect(item.conflict).toBe(true);
      expect(ids(item.history)).toEqual(['a', 'b2']);
    }
  });

  it('breaks a recordedAt tie by the larger id', () => {
    const x = entry('x1', { rec: rec(2), correction: fix('a') });
    const y = entry('x2', { rec: rec(2), correction: fix('a') });
    for (const order of permutations([a, y, x])) {
      expect(only(resolveTimeline(order)).current.id).toBe('x2');
    }
  });

  it('keeps corrections of the losing version in history too', () => {
    const onLoser = entry('d', { rec: rec(5), correction: fix('b2') });
    const one = resolveTimeline([a, byPolice, byCentre, onLoser]);
    expect(one).toEqual(resolveTimeline([onLoser, byCentre, byPolice, a]));
    const item = only(one);
    expect(item.current.id).toBe('b1');
    expect(ids(item.history)).toEqual(['a', 'b2', 'd']);
  });

  it('flags a conflict deeper in the chain', () => {
    const c1 = entry('c1', { rec: rec(3), correction: fix('b1') });
    const c2 = entry('c2', { rec: rec(4), correction: fix('b1') });
    const item = only(resolveTimeline([a, byPolice, c1, c2]));
    expect(item.current.id).toBe('c2');
    expect(item.conflict).toBe(true);
    expect(ids(item.history)).toEqual(['a', 'b1', 'c1']);
  });

  it('lets a later void win over an earlier correction, still flagged', () => {
    const v = entry('v', { rec: rec(3), correction: voidOf('a', 'duplicate') });
    const item = only(resolveTimeline([v, byPolice, a]));
    expect(item).toMatchObject({ voided: true, voidReason: 'duplicate', conflict: true });
    // The void replaced the original, so the content shown is the original's.
    expect(item.current.id).toBe('a');
    expect(ids(item.history)).toEqual(['b1', 'v']);
  });
});

describe('resolveTimeline: orphans, cycles and duplicates', () => {
  it('keeps a correction whose target is missing as its own item', () => {
    const item = only(resolveTimeline([entry('x', { correction: fix('gone') })]));
    expect(item).toMatchObject({ orphan: true, originalId: 'x', corrected: false, voided: false });
  });

  it('resolves the orphan under its target once the target arrives', () => {
    const fixed = entry('x', { rec: rec(2), correction: fix('t') });
    expect(only(resolveTimeline([fixed])).orphan).toBe(true);
    const item = only(resolveTimeline([fixed, entry('t', { rec: rec(1) })]));
    expect(item).toMatchObject({ originalId: 't', orphan: false, corrected: true });
  });

  it('treats an orphan void as voided, so it never adds content', () => {
    const item = only(resolveTimeline([entry('v', { correction: voidOf('gone', 'wrong case') })]));
    expect(item).toMatchObject({ orphan: true, voided: true, voidReason: 'wrong case' });
    expect(effectiveEntries([entry('v', { correction: voidOf('gone') })])).toEqual([]);
  });

  it('does not hang on a cycle and loses none of its entries', () => {
    const p = entry('p', { rec: rec(1), correction: fix('q') });
    const q = entry('q', { rec: rec(2), correction: fix('p') });
    const onQ = entry('r', { rec: rec(3), correction: fix('q') });
    const self = entry('s', { rec: rec(4), correction: fix('s') });
    for (const order of permutations([p, q, onQ, self])) {
      const items = resolveTimeline(order);
      expect(items.map((i) => i.originalId)).toEqual(['p', 's']);
      expect(items.every((i) => i.orphan)).toBe(true);
      const all = items.flatMap((i) => [i.current, ...i.history]);
      expect(ids(all).sort()).toEqual(['p', 'q', 'r', 's']);
      expect(items[0]!.current.id).toBe('r');
    }
  });

  it('counts an entry read twice once, whichever copy comes first', () => {
    const one = entry('a', { hash: 'aa', narrative: 'one' });
    const two = entry('a', { hash: 'bb', narrative: 'two' });
    expect(only(resolveTimeline([one, two])).current.narrative).toBe('two');
    expect(only(resolveTimeline([two, one])).current.narrative).toBe('two');
  });
});

describe('resolveTimeline: order', () => {
  it('orders by occurredAt in UTC, not by the written clock time', () => {
    // 23:30 at UTC+6 (before 1 March 2024) is earlier than 23:00 at UTC+5 the same evening.
    const six = entry('six', { at: '2024-02-29T23:30:00+06:00' });
    const five = entry('five', { at: '2024-02-29T23:00:00+05:00' });
    expect(resolveTimeline([five, six]).map((i) => i.originalId)).toEqual(['six', 'five']);
  });

  it('breaks a time tie by original id', () => {
    expect(resolveTimeline([entry('b'), entry('a')]).map((i) => i.originalId)).toEqual(['a', 'b']);
  });

  it('moves an item when a correction fixes its time, and keeps it where it was otherwise', () => {
    const a = entry('a', { at: '2026-01-05T10:00:00+05:00' });
    const b = entry('b', { at: '2026-01-03T10:00:00+05:00' });
    const fixTime = entry('fa', { at: '2026-01-01T10:00:00+05:00', rec: rec(6), correction: fix('a') });
    expect(resolveTimeline([a, b]).map((i) => i.originalId)).toEqual(['b', 'a']);
    expect(resolveTimeline([a, b, fixTime]).map((i) => i.originalId)).toEqual(['a', 'b']);
  });

  it('ignores the time of a void: a voided entry stays where its content says', () => {
    const a = entry('a', { at: '2026-01-05T10:00:00+05:00' });
    const b = entry('b', { at: '2026-01-03T10:00:00+05:00' });
    const v = entry('v', { at: '2026-01-09T10:00:00+05:00', rec: rec(9), correction: voidOf('b') });
    expect(resolveTimeline([a, b, v]).map((i) => i.originalId)).toEqual(['b', 'a']);
  });
});

describe('effective entries and original ids', () => {
  const entries = [
    entry('a', { at: '2026-01-01T10:00:00+05:00' }),
    entry('a2', { at: '2026-01-01T10:00:00+05:00', rec: rec(2), correction: fix('a'), narrative: 'fixed' }),
    entry('b', { at: '2026-01-02T10:00:00+05:00' }),
    entry('vb', { rec: rec(3), correction: voidOf('b') }),
    entry('c', { at: '2026-01-03T10:00:00+05:00' }),
  ];

  it('gives current versions of non-voided entries under their original ids, in order', () => {
    const eff = effectiveEntries(entries);
    expect(eff.map((e) => [e.originalId, e.entry.id])).toEqual([
      ['a', 'a2'],
      ['c', 'c'],
    ]);
    expect(eff[0]!.entry.narrative).toBe('fixed');
    expect(effectiveOf(resolveTimeline(entries))).toEqual(eff);
  });

  it('maps every version’s id to its original id', () => {
    const resolved = resolveTimeline(entries);
    const index = originalIdIndex(resolved);
    expect(Object.fromEntries(index)).toEqual({ a: 'a', a2: 'a', b: 'b', vb: 'b', c: 'c' });
    expect(resolved.map(originalIdOf)).toEqual(['a', 'b', 'c']);
  });
});

describe('resolveTimeline at scale', () => {
  it('resolves a long chain and many entries quickly', () => {
    const chain: Entry[] = [entry('n0000')];
    for (let i = 1; i < 2000; i++) {
      const id = `n${String(i).padStart(4, '0')}`;
      const prev = `n${String(i - 1).padStart(4, '0')}`;
      chain.push(entry(id, { rec: rec(2), correction: fix(prev) }));
    }
    const many = Array.from({ length: 5000 }, (_, i) => entry(`m${i}`));
    const item = resolveTimeline([...chain].reverse());
    expect(item).toHaveLength(1);
    expect(item[0]!.current.id).toBe('n1999');
    expect(resolveTimeline(many)).toHaveLength(5000);
  });
});
