/**
 * Canonical JSON and content hashes. Two programs that hold the same entry must compute the
 * same hash, so key order, whitespace and number forms are fixed here; bundles and the audit
 * log rely on it (DESIGN.md §3).
 *
 * The form: object keys sorted by UTF-16 code units (as Array.prototype.sort does), no
 * whitespace, arrays in order, strings and numbers as JSON.stringify writes them. For the
 * values an entry holds this is the same text as RFC 8785 (JCS). Text is hashed exactly as
 * stored: no Unicode normalisation, because changing what someone wrote is not our call — a
 * narrative re-typed in another normal form is a different text and gets a different hash.
 */
import type { Entry } from './types';

/**
 * JSON with object keys sorted and no whitespace. An object property whose value is undefined
 * is left out, as JSON.stringify does, so that `{ a: 1, b: undefined }` and `{ a: 1 }` (the
 * same entry after a round trip through JSON or IndexedDB) hash alike. Throws a TypeError for
 * anything else JSON cannot carry exactly: undefined as a value or array element (an array
 * cannot skip a slot without shifting the rest), functions, symbols, bigints, NaN and
 * ±Infinity, non-plain objects (Date, Map, class instances) and circular references.
 */
export function canonicalJson(value: unknown): string {
  return write(value, { containers: [], keys: [] });
}

/**
 * The way down to the value being written: each object or array entered, and the key or index
 * taken from it. Kept as two stacks and turned into a path only for an error message: building
 * a path string for every value made hashing a large bundle twice as slow.
 */
type Trail = { readonly containers: object[]; readonly keys: (string | number)[] };

function pathOf(trail: Trail): string {
  return trail.keys.reduce<string>(
    (path, key) => (typeof key === 'number' ? `${path}[${key}]` : `${path}.${key}`),
    '$',
  );
}

function write(value: unknown, trail: Trail): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`Cannot hash a non-finite number at ${pathOf(trail)}`);
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, trail);
    case 'undefined':
    case 'function':
    case 'symbol':
    case 'bigint':
      throw new TypeError(`Cannot hash a ${typeof value} at ${pathOf(trail)}`);
  }
  throw new TypeError(`Cannot hash the value at ${pathOf(trail)}`);
}

/** Object keys in UTF-16 code unit order; most arrive in that order already. */
function sortedKeys(obj: object): string[] {
  const keys = Object.keys(obj);
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return keys.sort();
  return keys;
}

function writeObject(value: object, trail: Trail): string {
  // A value among its own containers is a circular reference (the trail is a few levels deep).
  if (trail.containers.includes(value))
    throw new TypeError(`Cannot hash a circular reference at ${pathOf(trail)}`);
  trail.containers.push(value);
  let out: string;
  if (Array.isArray(value)) {
    out = '[';
    for (let i = 0; i < value.length; i++) {
      trail.keys.push(i);
      out += `${i === 0 ? '' : ','}${write(value[i], trail)}`;
      trail.keys.pop();
    }
    out += ']';
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`Cannot hash a non-plain object at ${pathOf(trail)}`);
    }
    const obj = value as Record<string, unknown>;
    out = '{';
    for (const k of sortedKeys(obj)) {
      const v = obj[k];
      if (v === undefined) continue;
      trail.keys.push(k);
      out += `${out === '{' ? '' : ','}${JSON.stringify(k)}:${write(v, trail)}`;
      trail.keys.pop();
    }
    out += '}';
  }
  trail.containers.pop();
  return out;
}

/** Two hex digits for each byte value. */
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function hex(buffer: ArrayBuffer): string {
  let out = '';
  for (const b of new Uint8Array(buffer)) out += HEX[b];
  return out;
}

const encoder = new TextEncoder();

/** SHA-256 (lower-case hex) of the UTF-8 bytes of `text`, by WebCrypto (Node 20+ and browsers). */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** An entry with or without its hash: what entryHash accepts. */
export type HashableEntry = Omit<Entry, 'hash'> & { readonly hash?: string };

/**
 * SHA-256 (hex) of the canonical JSON of every field of an entry except `hash`. Await it before
 * opening a Dexie transaction (DESIGN.md §3). Rejects (TypeError) if a field holds a value
 * canonicalJson refuses.
 */
export async function entryHash(entry: HashableEntry): Promise<string> {
  const { hash: _ignored, ...rest } = entry;
  return sha256Hex(canonicalJson(rest));
}

/**
 * True when the entry's stored hash matches its content. False (not a rejection) for content
 * that cannot be hashed, because an imported bundle may hold anything.
 */
export async function verifyEntryHash(entry: Entry): Promise<boolean> {
  try {
    return (await entryHash(entry)) === entry.hash;
  } catch {
    return false;
  }
}
