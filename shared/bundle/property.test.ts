/**
 * Random damage to valid files. Whatever is changed — a field deleted, replaced by any JSON
 * value, its type swapped, a key added (`__proto__` among them), the text cut, a character or
 * a byte changed — readBundle answers: either the very bundle that was signed (the change was
 * only whitespace or an equal value), or one of the documented errors. It never throws, never
 * reports its own fault, and never hangs (each run has a time limit).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../crypto/encoding';
import { isUuid } from '../ids';
import { canonicalJson, sha256Hex, verifyEntryHash } from '../domain/canonical';
import { NOW, sampleInput, signRaw, testKey } from './bundle.testkit';
import type { FileErrorCode } from './errors';
import { buildBundle, readBundle, type ReadBundleResult } from './index';

const CODES: readonly FileErrorCode[] = [
  'too-large',
  'not-json',
  'truncated',
  'not-a-bundle',
  'not-a-partner-card',
  'newer-version',
  'unsupported-version',
  'needs-passphrase',
  'wrong-passphrase',
  'damaged',
  'kdf-rejected',
  'unknown-field',
  'missing-field',
  'forbidden-key',
  'wrong-type',
  'invalid-value',
  'string-too-long',
  'too-many',
  'too-few',
  'out-of-range',
  'bad-text',
  'bad-id',
  'bad-date',
  'date-out-of-range',
  'unknown-kind',
  'wrong-case',
  'duplicate-id',
  'dangling-reference',
  'bad-reference',
  'not-for-recipients',
  'missing-signature',
  'bad-public-key',
  'fingerprint-mismatch',
  'hash-mismatch',
  'bad-signature',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { readonly parent: Json[] | { [key: string]: Json }; readonly key: string | number };

/** Every property and element of a parsed document, as a place a mutation can hit. */
function slots(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) {
    value.forEach((child, i) => {
      out.push({ parent: value, key: i });
      slots(child, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push({ parent: value, key });
      slots(value[key]!, out);
    }
  }
  return out;
}

/** Sets an own property, even `__proto__`, as JSON.parse would have. */
function setOwn(target: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function swapType(value: Json): Json {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null) return {};
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  return Object.values(value);
}

const anyKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'hash', 'narrative', 'x'),
  fc.string({ maxLength: 12 }),
);

/** A position anywhere in a file or document, not biased towards its start. */
const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

const structural = fc.record({
  op: fc.constantFrom('delete', 'replace', 'add', 'swap', 'duplicate', 'reuse-id'),
  at: position,
  from: position,
  key: anyKey,
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});

/** Applies one structural mutation to a copy of the document. */
function mutate(doc: Json, m: typeof structural extends fc.Arbitrary<infer T> ? T : never): string {
  const copy = structuredClone(doc);
  const all = slots(copy);
  const valueAt = (s: Slot) => (s.parent as Record<string | number, Json>)[s.key]!;
  if (m.op === 'reuse-id') {
    // One id put where another was: duplicates, wrong cases, references to the wrong entry.
    const ids = all.filter((s) => isUuid(valueAt(s)));
    const target = ids[Math.floor(m.at * ids.length)]!;
    (target.parent as Record<string | number, Json>)[target.key] = valueAt(
      ids[Math.floor(m.from * ids.length)]!,
    );
    return JSON.stringify(copy);
  }
  const slot = all[Math.floor(m.at * all.length)]!;
  const { parent, key } = slot;
  const current = valueAt(slot);
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'replace':
      (parent as Record<string | number, Json>)[key] = m.value;
      break;
    case 'swap':
      (parent as Record<string | number, Json>)[key] = swapType(current);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      else setOwn(parent, `${key}_`, current);
      break;
    case 'add': {
      const target =
        current !== null && typeof current === 'object' && !Array.isArray(current) ? current : null;
      if (target) setOwn(target, m.key, m.value);
      else if (!Array.isArray(parent)) setOwn(parent, m.key, m.value);
      break;
    }
  }
  return JSON.stringify(copy);
}

const textual = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({
    op: fc.constant('char' as const),
    at: position,
    text: fc.string({ minLength: 1, maxLength: 3 }),
  }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.string({ maxLength: 8 }) }),
  fc.record({ op: fc.constant('byte' as const), at: position, xor: fc.integer({ min: 1, max: 255 }) }),
);

type Damage = typeof textual extends fc.Arbitrary<infer T> ? T : never;

function damage(text: string, m: Damage): string | Uint8Array {
  const at = Math.floor(m.at * (text.length + 1));
  switch (m.op) {
    case 'truncate':
      return text.slice(0, at);
    case 'char':
      return text.slice(0, at) + m.text + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'byte': {
      const bytes = utf8(text);
      const i = Math.floor(m.at * bytes.length);
      bytes[i] = bytes[i]! ^ m.xor;
      return bytes;
    }
  }
}

let plain = '';
let sealed = '';
let expected: ReadBundleResult;
let expectedSealed: ReadBundleResult;
const PASS = 'пароль-2026';

beforeAll(async () => {
  const key = await testKey();
  const input = await sampleInput();
  const a = await buildBundle(input, key.signer);
  const b = await buildBundle(input, key.signer, { passphrase: PASS });
  if (!a.ok || !b.ok) throw new Error('build');
  plain = a.text;
  sealed = b.text;
  expected = await readBundle(plain, { now: NOW });
  expectedSealed = await readBundle(sealed, { now: NOW, passphrase: PASS });
  expect(expected.ok && expectedSealed.ok).toBe(true);
});

/** The answer is the signed bundle itself, or a documented error. */
function checkAnswer(result: ReadBundleResult, original: ReadBundleResult): void {
  if (result.ok) {
    expect(result).toEqual(original);
  } else {
    expect(CODES).toContain(result.error.code);
  }
}

/**
 * Signs a mutated document again as its sender would, entry hashes included, so that the change
 * reaches the rules checked after the signature. Documents too broken to sign stay as they are.
 */
async function resign(text: string): Promise<string> {
  const doc = JSON.parse(text) as Json;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return text;
  const { header, body } = doc;
  if (!header || typeof header !== 'object' || Array.isArray(header)) return text;
  if (!body || typeof body !== 'object' || Array.isArray(body) || !Array.isArray(body.entries)) return text;
  for (const entry of body.entries) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const { hash: _old, ...rest } = entry;
    entry.hash = await sha256Hex(canonicalJson(rest));
  }
  // An entry changed into something without a hash cannot be signed over: leave it unsigned.
  if (body.entries.some((e) => e === null || typeof e !== 'object' || Array.isArray(e))) return text;
  return signRaw({ ...doc, header, body: { ...body, entries: body.entries } }, await testKey());
}

describe('readBundle on damaged files', () => {
  it('structural changes give the signed bundle or a documented error', async () => {
    const doc = JSON.parse(plain) as Json;
    await fc.assert(
      fc.asyncProperty(structural, async (m) => {
        checkAnswer(await readBundle(mutate(doc, m), { now: NOW }), expected);
      }),
      { numRuns: 400, timeout: 5_000 },
    );
  });

  it('changes signed again by the sender give a bundle that keeps every rule, or a documented error', async () => {
    const doc = JSON.parse(plain) as Json;
    await fc.assert(
      fc.asyncProperty(structural, async (m) => {
        const result = await readBundle(await resign(mutate(doc, m)), { now: NOW });
        if (!result.ok) {
          expect(CODES).toContain(result.error.code);
          return;
        }
        const b = result.bundle;
        const ids = new Set(b.entries.map((e) => e.id));
        expect(ids.size).toBe(b.entries.length);
        for (const e of b.entries) {
          expect(e.caseId).toBe(b.case.id);
          expect(await verifyEntryHash(e)).toBe(true);
          expect(e.confidentiality.level).not.toBe('internal');
        }
      }),
      { numRuns: 300, timeout: 5_000 },
    );
  });

  it('a forbidden key added to any object is refused as such', async () => {
    const doc = JSON.parse(plain) as Json;
    await fc.assert(
      fc.asyncProperty(
        position,
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        async (at, key) => {
          const objects = [
            doc,
            ...slots(doc).map((s) => (s.parent as Record<string | number, Json>)[s.key]!),
          ].filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
          const index = Math.floor(at * objects.length);
          const copy = structuredClone(doc);
          const target = [
            copy,
            ...slots(copy).map((s) => (s.parent as Record<string | number, Json>)[s.key]!),
          ].filter((v) => v !== null && typeof v === 'object' && !Array.isArray(v))[index] as {
            [key: string]: Json;
          };
          setOwn(target, key, { polluted: true });
          const result = await readBundle(JSON.stringify(copy), { now: NOW });
          expect(result.ok || result.error).toMatchObject({ code: 'forbidden-key', key });
        },
      ),
      { numRuns: 150, timeout: 5_000 },
    );
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('cut, changed and inserted text and flipped bytes give the bundle or a documented error', async () => {
    await fc.assert(
      fc.asyncProperty(textual, async (m) => {
        checkAnswer(await readBundle(damage(plain, m), { now: NOW }), expected);
      }),
      { numRuns: 400, timeout: 5_000 },
    );
  });

  it('damage to an encrypted file is refused or harmless, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(textual, async (m) => {
        checkAnswer(await readBundle(damage(sealed, m), { now: NOW, passphrase: PASS }), expectedSealed);
      }),
      { numRuns: 12, timeout: 10_000 },
    );
  });
});
