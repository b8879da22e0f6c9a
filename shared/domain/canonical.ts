/**
 * Canonical JSON and content hashes. Two programs that hold the same entry must compute the
 * same hash, so key order, whitespace and number forms are fixed here; bundles and the audit
 * log rely on it.
 */
import type { Entry } from './types';

/** JSON with object keys sorted and no whitespace. Refuses values JSON cannot carry exactly. */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('Cannot hash a non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value
          .map((v: unknown) => {
            if (v === undefined) throw new TypeError('Cannot hash undefined inside an array');
            return canonicalJson(v);
          })
          .join(',')}]`;
      }
      const obj = value as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`Cannot hash a ${typeof value}`);
  }
}

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** SHA-256 (hex) of the canonical form of every field of an entry except `hash`. */
export async function entryHash(entry: Omit<Entry, 'hash'> & { hash?: string }): Promise<string> {
  const { hash: _ignored, ...rest } = entry;
  return sha256Hex(canonicalJson(rest));
}

export async function verifyEntryHash(entry: Entry): Promise<boolean> {
  return (await entryHash(entry)) === entry.hash;
}
