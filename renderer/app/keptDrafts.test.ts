import { describe, expect, it } from 'vitest';
import {
  dropDrafts,
  hasKeptDraft,
  openDrafts,
  sealDrafts,
  snapshotDrafts,
  takeKeptDraft,
} from './keptDrafts';

const seal = (v: unknown) => Promise.resolve(`sealed:${JSON.stringify(v)}`);
const open = (s: string) => Promise.resolve(JSON.parse(s.slice('sealed:'.length)) as unknown);

describe('drafts kept across a lock', () => {
  it('wait sealed, come back once after unlock, and are gone after a sign-out', async () => {
    await sealDrafts(new Map([['entry-form:a', { narrative: 'She moved' }]]), seal);
    expect(hasKeptDraft('entry-form:a')).toBe(false);
    await openDrafts(open);
    expect(hasKeptDraft('entry-form:a')).toBe(true);
    // Taken twice in one render pass (React may render twice), then gone.
    expect(takeKeptDraft('entry-form:a')).toEqual({ narrative: 'She moved' });
    expect(takeKeptDraft('entry-form:a')).toEqual({ narrative: 'She moved' });
    await Promise.resolve();
    expect(takeKeptDraft('entry-form:a')).toBeNull();

    await sealDrafts(new Map([['entry-form:b', { narrative: 'x' }]]), seal);
    dropDrafts();
    await openDrafts(open);
    expect(hasKeptDraft('entry-form:b')).toBe(false);
  });

  it('drops a draft that does not open, keeping the others', async () => {
    await sealDrafts(
      new Map<string, unknown>([
        ['good', 1],
        ['bad', 2],
      ]),
      seal,
    );
    await openDrafts((s) => (s.includes('2') ? Promise.reject(new Error('other key')) : open(s)));
    expect(takeKeptDraft('good')).toBe(1);
    expect(hasKeptDraft('bad')).toBe(false);
  });

  it('snapshots nothing when no form is open', () => {
    expect(snapshotDrafts().size).toBe(0);
  });
});
