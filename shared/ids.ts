/**
 * Time-ordered UUIDv7 identifiers (RFC 9562). Ordered by creation time, so a primary-key
 * index is also a creation-time index, and ids made on different machines never collide.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type CaseId = Brand<string, 'CaseId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type EntryId = Brand<string, 'EntryId'>;
export type MeetingId = Brand<string, 'MeetingId'>;
export type ActionId = Brand<string, 'ActionId'>;
export type AuditId = Brand<string, 'AuditId'>;
export type AgencyId = Brand<string, 'AgencyId'>;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

let lastMs = -1;
let counter = 0;

/**
 * A UUIDv7 for `nowMs`. Within one millisecond a 12-bit counter in rand_a keeps ids
 * strictly increasing, so bulk inserts keep their order.
 */
export function uuidv7(nowMs: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  if (nowMs <= lastMs) {
    counter += 1;
    if (counter > 0xfff) {
      lastMs += 1;
      counter = 0;
    }
  } else {
    lastMs = nowMs;
    counter = 0;
  }
  const ms = lastMs;
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(ms / 2 ** (8 * (5 - i))) & 0xff;
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function newId<T extends string>(nowMs?: number): Brand<string, T> {
  return uuidv7(nowMs) as Brand<string, T>;
}
