import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId } from '../ids';
import { canonicalJson, entryHash, sha256Hex, verifyEntryHash } from './canonical';
import type { Entry } from './types';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const KAZAKH = 'Әйелі қорқады: ә ғ қ ң ө ұ ү һ і';

/** A fixed entry, so its canonical form can be written out by hand below. */
function sample(): Entry {
  return {
    id: '0190f0a0-0000-7000-8000-000000000001' as EntryId,
    caseId: 'case-1' as CaseId,
    kind: 'note',
    occurredAt: '2024-02-29T23:30:00+06:00',
    recordedAt: '2024-03-01T09:00:00+05:00',
    author: { name: 'Ахметова А.', agency: { id: 'ag-1' as AgencyId, name: 'Полиция', kind: 'police' } },
    confidentiality: { level: 'shared' },
    basis: { kind: 'reported', by: 'victim' },
    sourceAgency: '',
    narrative: KAZAKH,
    fields: { visits: 2, reached: true, tags: ['a', 'b'] },
    correction: null,
    hash: '',
  };
}

/** The canonical form of sample(), written independently of canonicalJson. */
const SAMPLE_CANONICAL =
  '{"author":{"agency":{"id":"ag-1","kind":"police","name":"Полиция"},"name":"Ахметова А."},' +
  '"basis":{"by":"victim","kind":"reported"},"caseId":"case-1","confidentiality":{"level":"shared"},' +
  '"correction":null,"fields":{"reached":true,"tags":["a","b"],"visits":2},' +
  '"id":"0190f0a0-0000-7000-8000-000000000001","kind":"note",' +
  `"narrative":"${KAZAKH}","occurredAt":"2024-02-29T23:30:00+06:00",` +
  '"recordedAt":"2024-03-01T09:00:00+05:00","sourceAgency":""}';

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1, y: [{ k: 2, j: 1 }] } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"y":[{"j":1,"k":2}],"z":1}}',
    );
  });

  it('does not depend on the order keys were written in', () => {
    const one = { narrative: 'x', id: '1', fields: { b: 2, a: 1 } };
    const two = { fields: { a: 1, b: 2 }, id: '1', narrative: 'x' };
    expect(canonicalJson(one)).toBe(canonicalJson(two));
  });

  it('writes scalars and strings as JSON does, including escapes', () => {
    expect(canonicalJson('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
    expect(canonicalJson(KAZAKH)).toBe(`"${KAZAKH}"`);
    expect(canonicalJson(0.1)).toBe('0.1');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson(false)).toBe('false');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({})).toBe('{}');
  });

  it('sorts keys by UTF-16 code units, as RFC 8785 does', () => {
    expect(canonicalJson({ б: 1, a: 2, B: 3, ә: 4 })).toBe('{"B":3,"a":2,"б":1,"ә":4}');
  });

  it('leaves out object properties whose value is undefined, as JSON.stringify does', () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ x: { y: undefined } })).toBe('{"x":{}}');
  });

  it('refuses what JSON cannot carry exactly', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => canonicalJson([1, undefined])).toThrow(/\$\[1\]/);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
    expect(() => canonicalJson(Symbol('s'))).toThrow(TypeError);
    expect(() => canonicalJson(10n)).toThrow(TypeError);
    expect(() => canonicalJson({ d: new Date(0) })).toThrow(/non-plain/);
    expect(() => canonicalJson(new Map())).toThrow(/non-plain/);
  });

  it('refuses a circular structure but accepts a shared one', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/circular/);
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.b = 1;
    bare.a = 2;
    expect(canonicalJson(bare)).toBe('{"a":2,"b":1}');
  });
});

describe('entry hashes', () => {
  it('matches a SHA-256 computed independently (node:crypto) over the hand-written canonical form', async () => {
    expect(canonicalJson((({ hash: _h, ...rest }) => rest)(sample()))).toBe(SAMPLE_CANONICAL);
    expect(await entryHash(sample())).toBe(nodeSha(SAMPLE_CANONICAL));
  });

  it('hashes Kazakh text as UTF-8, with a known digest', async () => {
    // sha256 of the UTF-8 bytes, known independently of this code.
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(KAZAKH)).toBe(nodeSha(KAZAKH));
    expect(await sha256Hex('қ')).toBe(
      createHash('sha256')
        .update(Buffer.from([0xd2, 0x9b]))
        .digest('hex'),
    );
  });

  it('ignores the hash field itself and the order of keys', async () => {
    const e = sample();
    const h = await entryHash(e);
    expect(await entryHash({ ...e, hash: 'anything' })).toBe(h);
    const { hash: _h, ...rest } = e;
    expect(await entryHash(rest)).toBe(h);
    const reversed = Object.fromEntries(Object.entries(e).reverse()) as Entry;
    expect(await entryHash(reversed)).toBe(h);
  });

  it('changes when any content changes', async () => {
    const e = sample();
    const h = await entryHash(e);
    expect(await entryHash({ ...e, narrative: `${KAZAKH}.` })).not.toBe(h);
    expect(await entryHash({ ...e, fields: { ...e.fields, visits: 3 } })).not.toBe(h);
    expect(await entryHash({ ...e, confidentiality: { level: 'internal' } })).not.toBe(h);
    // Same letters in another Unicode normal form are another text.
    expect(await entryHash({ ...e, narrative: KAZAKH.normalize('NFD') })).not.toBe(h);
  });

  it('tells apart two entries with the same id and different content (merge safety)', async () => {
    const mine = sample();
    const theirs = { ...sample(), narrative: 'Басқа мәтін' };
    expect(mine.id).toBe(theirs.id);
    expect(await entryHash(mine)).not.toBe(await entryHash(theirs));
  });

  it('verifies a stored hash, and fails a tampered or unhashable entry without throwing', async () => {
    const e = sample();
    const sealed = { ...e, hash: await entryHash(e) };
    expect(await verifyEntryHash(sealed)).toBe(true);
    expect(await verifyEntryHash({ ...sealed, narrative: 'changed' })).toBe(false);
    expect(await verifyEntryHash({ ...sealed, fields: { n: Number.NaN } })).toBe(false);
  });

  it('rejects an entry holding a value that cannot be hashed', async () => {
    await expect(entryHash({ ...sample(), fields: { n: Number.POSITIVE_INFINITY } })).rejects.toThrow(
      TypeError,
    );
  });
});
