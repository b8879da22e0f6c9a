/**
 * Random damage to valid files. Whatever is changed — a field deleted, replaced by any JSON
 * value, its type swapped, a key added (`__proto__` among them), the text cut, a character or
 * a byte changed — readBundle answers: either the very bundle that was signed (the change was
 * only whitespace or an equal value), or one of the documented errors. It never throws, never
 * reports its own fault, and never hangs (each run has a time limit).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyEntryHash } from '../domain/canonical';
import { NOW, sampleInput, testKey } from './bundle.testkit';
import {
  damage,
  mutate,
  position,
  resign,
  setOwn,
  slots,
  structural,
  textual,
  type Json,
} from './mutations.testkit';
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
  'dangling-person',
  'bad-reference',
  'not-for-recipients',
  'missing-signature',
  'bad-public-key',
  'fingerprint-mismatch',
  'hash-mismatch',
  'bad-signature',
];

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
          expect([b.case.id, ...b.case.otherIds]).toContain(e.caseId);
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
