/**
 * Random damage to bundle files, for property tests of the reader and of the importer: changes
 * to the parsed document (a field deleted, replaced by any JSON value, its type swapped, a key
 * added, `__proto__` among them, an id reused), to its text (cut, a character changed or
 * inserted, a byte flipped), and the same document signed again by its sender so a change
 * reaches the rules checked after the signature.
 */
import fc from 'fast-check';
import { utf8 } from '../crypto/encoding';
import { isUuid } from '../ids';
import { canonicalJson, sha256Hex } from '../domain/canonical';
import { signRaw, testKey } from './bundle.testkit';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { readonly parent: Json[] | { [key: string]: Json }; readonly key: string | number };

/** Every property and element of a parsed document, as a place a mutation can hit. */
export function slots(value: Json, out: Slot[] = []): Slot[] {
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
export function setOwn(target: { [key: string]: Json }, key: string, value: Json): void {
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
export const position = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);

export const structural = fc.record({
  op: fc.constantFrom('delete', 'replace', 'add', 'swap', 'duplicate', 'reuse-id'),
  at: position,
  from: position,
  key: anyKey,
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});

/** Applies one structural mutation to a copy of the document. */
export function mutate(doc: Json, m: typeof structural extends fc.Arbitrary<infer T> ? T : never): string {
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

export const textual = fc.oneof(
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

export function damage(text: string, m: Damage): string | Uint8Array {
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

/**
 * Signs a mutated document again as its sender would, entry hashes included, so that the change
 * reaches the rules checked after the signature. Documents too broken to sign stay as they are.
 */
export async function resign(text: string): Promise<string> {
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
