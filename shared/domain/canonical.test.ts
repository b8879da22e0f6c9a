import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, entryHash, verifyEntryHash } from './canonical';
import { testEntry } from './testEntries';

describe('canonical JSON', () => {
  it('does not depend on key order and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1, y: 2 } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":2,"z":1}}',
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('refuses what JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
    expect(() => canonicalJson([undefined])).toThrow();
    expect(() => canonicalJson({ f: () => 1 })).toThrow();
  });
});

describe('entry hashes', () => {
  it('is SHA-256 of the canonical form, Kazakh text included', async () => {
    const e = { ...testEntry('note'), narrative: 'Әйелі қорқады: ғ қ ң ө ұ ү һ і' };
    const { hash: _h, ...rest } = e;
    const expected = createHash('sha256').update(canonicalJson(rest), 'utf8').digest('hex');
    expect(await entryHash(e)).toBe(expected);
  });

  it('changes with any content, so the same id with other content is detected', async () => {
    const e = testEntry('note', {}, { id: 'same' });
    const h1 = await entryHash(e);
    expect(await entryHash({ ...e, narrative: 'changed' })).not.toBe(h1);
    expect(await verifyEntryHash({ ...e, hash: h1 })).toBe(true);
    expect(await verifyEntryHash({ ...e, narrative: 'changed', hash: h1 })).toBe(false);
  });
});
