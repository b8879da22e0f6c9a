import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { Correction, Entry } from './types';
import { effectiveEntries, resolveTimeline } from './timeline';

const agency = { id: 'a' as AgencyId, name: 'Police', kind: 'police' as const };
let n = 0;
function entry(
  id: string,
  opts: { at?: string; rec?: string; narrative?: string; correction?: Correction | null } = {},
): Entry {
  n++;
  return {
    id: id as EntryId,
    caseId: 'c' as CaseId,
    kind: 'note',
    occurredAt: opts.at ?? '2026-01-01T10:00:00+05:00',
    recordedAt: opts.rec ?? `2026-01-0${Math.min(9, n)}T10:00:00+05:00`,
    author: { name: 'x', agency },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: opts.narrative ?? id,
    fields: {},
    correction: opts.correction ?? null,
    hash: '',
  };
}
const fix = (target: string, reason = 'r'): Correction => ({
  supersedes: target as EntryId,
  action: 'correct',
  reason,
});
const voidOf = (target: string, reason = 'wrong case'): Correction => ({
  supersedes: target as EntryId,
  action: 'void',
  reason,
});

describe('resolveTimeline', () => {
  it('follows a chain of corrections to the latest version, in any input order', () => {
    const a = entry('a', { rec: '2026-01-01T10:00:00+05:00' });
    const b = entry('b', { rec: '2026-01-02T10:00:00+05:00', correction: fix('a') });
    const c = entry('c', { rec: '2026-01-03T10:00:00+05:00', correction: fix('b', 'second') });
    for (const order of [
      [a, b, c],
      [c, b, a],
      [b, c, a],
    ]) {
      const [item, ...rest] = resolveTimeline(order);
      expect(rest).toEqual([]);
      expect(item!.originalId).toBe('a');
      expect(item!.current.id).toBe('c');
      expect(item!.history.map((h) => h.id)).toEqual(['a', 'b']);
      expect(item!.corrected).toBe(true);
      expect(item!.voided).toBe(false);
    }
  });

  it('shows a voided entry with its last content and the reason', () => {
    const items = resolveTimeline([
      entry('a'),
      entry('b', { correction: fix('a') }),
      entry('v', { correction: voidOf('b', 'entered on the wrong case') }),
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ voided: true, voidReason: 'entered on the wrong case' });
    expect(items[0]!.current.id).toBe('b');
    expect(effectiveEntries([entry('a'), entry('v', { correction: voidOf('a') })])).toEqual([]);
  });

  it('keeps both of two competing corrections, picks the same one everywhere, and flags it', () => {
    const a = entry('a', { rec: '2026-01-01T10:00:00+05:00' });
    const b1 = entry('b1', { rec: '2026-01-02T10:00:00+05:00', correction: fix('a') });
    const b2 = entry('b2', { rec: '2026-01-02T09:00:00+05:00', correction: fix('a') });
    const d = entry('d', { rec: '2026-01-05T10:00:00+05:00', correction: fix('b2') });
    const one = resolveTimeline([a, b1, b2, d]);
    const two = resolveTimeline([d, b2, b1, a]);
    expect(one).toEqual(two);
    expect(one[0]!.current.id).toBe('b1');
    expect(one[0]!.conflict).toBe(true);
    expect(one[0]!.history.map((h) => h.id).sort()).toEqual(['a', 'b2', 'd']);
  });

  it('keeps a correction whose target is missing as its own item', () => {
    const items = resolveTimeline([entry('x', { correction: fix('gone') })]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ orphan: true, originalId: 'x' });
  });

  it('does not hang on a cycle, and loses none of its entries', () => {
    const items = resolveTimeline([
      entry('p', { correction: fix('q') }),
      entry('q', { correction: fix('p') }),
      entry('s', { correction: fix('s') }),
    ]);
    expect(items.map((i) => i.originalId)).toEqual(['p', 'q', 's']);
    expect(items.every((i) => i.orphan)).toBe(true);
  });

  it('orders by when the current version says it happened', () => {
    const a = entry('a', { at: '2026-01-05T10:00:00+05:00' });
    const b = entry('b', { at: '2026-01-03T10:00:00+05:00' });
    const fixA = entry('fa', { at: '2026-01-01T10:00:00+05:00', correction: fix('a', 'wrong day') });
    expect(resolveTimeline([a, b]).map((i) => i.originalId)).toEqual(['b', 'a']);
    expect(resolveTimeline([a, b, fixA]).map((i) => i.originalId)).toEqual(['a', 'b']);
  });
});
