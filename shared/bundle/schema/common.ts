/**
 * The leaf schemas every part of the formats is built from. A check that fails names its error
 * through `coded(...)`: the message is the FileError (without its path) as JSON, which
 * issues.ts turns back into data. Built-in valibot checks (types, lengths, picklists, unknown
 * keys) are mapped there by their type.
 */
import * as v from 'valibot';
import { isCalendarDate, isInstant } from '../../dates';
import { AGENCY_KINDS, type AgencyRef } from '../../domain/agencies';
import type { AgencyIdentity } from '../types';
import { fromBase64 } from '../../crypto/encoding';
import { SPKI_BYTES } from '../../crypto/signing';
import { isUuid, type AgencyId } from '../../ids';
import type { FileError } from '../errors';
import { MAX_COUNT, MAX_YEAR, MIN_YEAR, TEXT_LIMITS } from '../limits';

type Detail = FileError extends infer E
  ? E extends { path: string }
    ? Omit<E, 'path' | 'entryId'>
    : E
  : never;

/** A check's message carrying the error it stands for. */
export function coded(detail: Detail): string {
  return JSON.stringify(detail);
}

// NUL and unpaired surrogates: a NUL cuts text short in other programs, and a lone surrogate
// is encoded as U+FFFD by UTF-8, so two different texts would hash alike.
const LONE_SURROGATE = /\p{Cs}/u;
const isCleanText = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);

/** Text of at most `max` UTF-16 code units, without NUL or unpaired surrogates. */
export function text(max: number) {
  return v.pipe(v.string(), v.maxLength(max), v.check(isCleanText, coded({ code: 'bad-text' })));
}

/** A lower-case UUID, typed as the branded id `T`. */
export function id<T extends string>() {
  return v.custom<T>(isUuid, coded({ code: 'bad-id' }));
}

const yearOf = (s: string) => Number(s.slice(0, 4));
const inYears = (s: string) => yearOf(s) >= MIN_YEAR && yearOf(s) <= MAX_YEAR;
const dateRange = coded({ code: 'date-out-of-range', min: MIN_YEAR, max: MAX_YEAR });

/** ISO-8601 with its offset ('2024-02-29T23:30:00+06:00'), a moment that exists, in range. */
export const instant = v.pipe(
  v.string(),
  v.check((s: string) => isInstant(s), coded({ code: 'bad-date' })),
  v.check(inYears, dateRange),
);

/** 'yyyy-MM-dd', a day that exists, in range. */
export const calendarDate = v.pipe(
  v.string(),
  v.check((s: string) => isCalendarDate(s), coded({ code: 'bad-date' })),
  v.check(inYears, dateRange),
);

/** SHA-256, 64 lower-case hex digits. */
export const sha256Hex = v.pipe(
  v.string(),
  v.check((s) => /^[0-9a-f]{64}$/.test(s), coded({ code: 'invalid-value', expected: 'sha256-hex' })),
);

/** Base64 (padded, canonical) of exactly `bytes` bytes. */
export function base64Of(bytes: number) {
  return v.pipe(
    v.string(),
    v.check(
      (s) => s.length === 4 * Math.ceil(bytes / 3) && fromBase64(s)?.length === bytes,
      coded({ code: 'invalid-value', expected: `base64-${bytes}-bytes` }),
    ),
  );
}

/** A P-256 public key as base64 SPKI; whether it is a point on the curve is checked on import. */
export const publicKey = base64Of(SPKI_BYTES);

/** An integer from `min` to `max`. */
export function integer(min: number, max: number) {
  return v.pipe(
    v.number(),
    v.check((n) => Number.isInteger(n) && n >= min && n <= max, coded({ code: 'out-of-range', min, max })),
  );
}

/** A finite number from `min` to `max`. */
export function numberIn(min: number, max: number) {
  return v.pipe(
    v.number(),
    v.check((n) => Number.isFinite(n) && n >= min && n <= max, coded({ code: 'out-of-range', min, max })),
  );
}

export const count = integer(0, MAX_COUNT);

export const agencyKind = v.picklist(AGENCY_KINDS);

/** An agency as named on a record. */
export const agencyRef: v.GenericSchema<unknown, AgencyRef> = v.strictObject({
  id: id<AgencyId>(),
  name: text(TEXT_LIMITS.name),
  kind: agencyKind,
});

/** An agency as it introduces itself: a reference plus its district. */
export const agencyIdentity: v.GenericSchema<unknown, AgencyIdentity> = v.strictObject({
  id: id<AgencyId>(),
  name: text(TEXT_LIMITS.name),
  kind: agencyKind,
  district: text(TEXT_LIMITS.district),
});

/** An array of at most `max` items; the count is checked before any item is. */
export function list<T extends v.GenericSchema>(item: T, max: number) {
  return v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));
}
