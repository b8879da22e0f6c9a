/**
 * Checking an entry against its own kind's schema (entrySchemaForItem) gives the answer of the
 * schema of every kind (entrySchemaFor): the same output for a valid entry, and the same first
 * issue for a broken one, whatever is broken.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { sampleEntries } from '../bundle.testkit';
import { entrySchemaFor, entrySchemaForItem, type EntryFormat } from './entry';

const FIRST = { abortEarly: true } as const;

function firstIssue(result: v.SafeParseResult<v.GenericSchema<unknown, unknown>>) {
  if (result.success) return { success: true, output: result.output };
  const [issue] = result.issues;
  return {
    success: false,
    kind: issue.kind,
    type: issue.type,
    path: v.getDotPath(issue),
    message: issue.message,
  };
}

/** Ways to break an entry: each kind of mistake a file can hold. */
const breakages: readonly ((e: Record<string, unknown>) => unknown)[] = [
  (e) => e,
  (e) => ({ ...e, kind: 'no-such-kind' }),
  (e) => ({ ...e, kind: 42 }),
  (e) => ({ ...e, kind: 'risk-assessment' }),
  (e) => ({ ...e, kind: 'note' }),
  (e) => ({ ...e, extra: 1 }),
  (e) => ({ ...e, fields: { ...(e.fields as object), unexpected: 'x' } }),
  (e) => ({ ...e, narrative: 7 }),
  (e) => ({ ...e, occurredAt: '2026-02-30T10:00:00+05:00' }),
  (e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'kind')),
  (e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'author')),
  (e) => JSON.parse(JSON.stringify(e).replace('{', '{"__proto__":{"kind":"note"},')) as unknown,
  () => null,
  () => 'entry',
  () => [],
];

describe('an entry checked against its own kind', () => {
  it('is answered as the schema of every kind answers it', async () => {
    const entries = await sampleEntries();
    for (const version of [2, 3] as EntryFormat[])
      for (const entry of entries)
        for (const broken of breakages) {
          const item = broken(entry);
          expect(firstIssue(v.safeParse(entrySchemaForItem(version, item), item, FIRST))).toEqual(
            firstIssue(v.safeParse(entrySchemaFor(version), item, FIRST)),
          );
        }
  });
});
