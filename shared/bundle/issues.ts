/**
 * Turns a valibot issue into a FileError. Checks written with `coded(...)` carry their error in
 * the message; the built-in checks are recognised by their type. Validation runs with
 * abortEarly, so a file gets one error: the first thing wrong with it, in document order.
 */
import type * as v from 'valibot';
import { PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS } from '../crypto/passphrase';
import type { At, FileError } from './errors';

/** Keys that could reach an object's prototype in careless code: refused everywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Message of a variant whose discriminator names no entry kind Caseline knows. */
export const UNKNOWN_KIND = 'unknown-kind';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one step to a path: `a` + 3 → `a[3]`, `a` + `b` → `a.b`, `a` + `q.x` → `a["q.x"]`. */
export function joinPath(base: string, key: unknown): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  const k = String(key);
  if (IDENTIFIER.test(k)) return base === '' ? k : `${base}.${k}`;
  return `${base}[${JSON.stringify(k.length > 100 ? `${k.slice(0, 100)}…` : k)}]`;
}

function pathKeys(issue: v.BaseIssue<unknown>): unknown[] {
  return (issue.path ?? []).map((item) => item.key);
}

function describe(value: unknown): string {
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return s.length > 100 ? `${s.slice(0, 100)}…` : s;
}

/** True for the detail object a `coded(...)` message carries. */
function isOwnDetail(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/**
 * The FileError for an issue found under `prefix` (the path of the value that was validated).
 * `entryId` is added when the issue lies inside an entry whose id could be read.
 */
export function issueToError(issue: v.BaseIssue<unknown>, prefix = '', entryId?: string): FileError {
  const keys = pathKeys(issue);
  const full = keys.reduce<string>((p, k) => joinPath(p, k), prefix);
  const parent = keys.slice(0, -1).reduce<string>((p, k) => joinPath(p, k), prefix);
  const last = keys.at(-1);
  const at = (path: string): At => (entryId === undefined ? { path } : { path, entryId });

  if (issue.message.startsWith('{"code":')) {
    const detail: unknown = JSON.parse(issue.message);
    if (isOwnDetail(detail)) return { ...detail, ...at(full) } as FileError;
  }
  if (issue.message === 'kdf-rejected') {
    return {
      code: 'kdf-rejected',
      iterations: typeof issue.input === 'number' ? issue.input : Number.NaN,
      min: PBKDF2_MIN_ITERATIONS,
      max: PBKDF2_MAX_ITERATIONS,
    };
  }
  if (issue.message === 'bad-salt')
    return { code: 'invalid-value', expected: 'base64-16-bytes', ...at(full) };

  if ((issue.type === 'strict_object' || issue.type === 'object') && issue.expected === 'never') {
    const key = describe(last);
    return FORBIDDEN_KEYS.has(key)
      ? { code: 'forbidden-key', key, ...at(parent) }
      : { code: 'unknown-field', field: key, ...at(parent) };
  }
  if (issue.input === undefined && keys.length > 0 && issue.kind === 'schema') {
    return { code: 'missing-field', field: describe(last), ...at(parent) };
  }
  if (issue.type === 'variant' && keys.length > 0) {
    return issue.message === UNKNOWN_KIND
      ? { code: 'unknown-kind', kind: describe(issue.input), ...at(full) }
      : { code: 'invalid-value', expected: issue.expected ?? 'variant', ...at(full) };
  }
  if (issue.type === 'max_length') {
    const max = typeof issue.requirement === 'number' ? issue.requirement : 0;
    if (typeof issue.input === 'string') {
      return { code: 'string-too-long', max, length: issue.input.length, ...at(full) };
    }
    const count = Array.isArray(issue.input) ? issue.input.length : 0;
    return { code: 'too-many', max, count, ...at(full) };
  }
  if (issue.type === 'min_length') {
    const min = typeof issue.requirement === 'number' ? issue.requirement : 0;
    return { code: 'too-few', min, ...at(full) };
  }
  if (issue.kind === 'schema') {
    const scalar = ['string', 'number', 'boolean'].includes(typeof issue.input);
    if ((issue.type === 'picklist' || issue.type === 'literal') && scalar) {
      return { code: 'invalid-value', expected: issue.expected ?? issue.type, ...at(full) };
    }
    return { code: 'wrong-type', expected: issue.expected ?? issue.type, ...at(full) };
  }
  return { code: 'invalid-value', expected: issue.expected ?? issue.type, ...at(full) };
}
