/**
 * Format version 1, the first layout, kept so its files still open: full bundles only (no
 * delta), no recipients, a sender without district, no withheld references, persons with
 * contacts but none of the safe-contact fields. Frozen: never edited. upgrade.ts turns it into
 * version 2.
 */
import * as v from 'valibot';
import { AUDIENCE_KINDS } from '../../domain/audience';
import { PERSON_ROLES } from '../../domain/types';
import type { PersonId } from '../../ids';
import { SIGNATURE_BYTES } from '../../crypto/signing';
import { MAX_ENTRIES, MAX_PERSONS, TEXT_LIMITS } from '../limits';
import { BUNDLE_FORMAT } from '../types';
import {
  agencyRef,
  base64Of,
  calendarDate,
  count,
  id,
  instant,
  list,
  publicKey,
  sha256Hex,
  text,
} from './common';
import { caseHeader } from './v2';

const personV1 = v.strictObject({
  id: id<PersonId>(),
  role: v.picklist(PERSON_ROLES),
  name: text(TEXT_LIMITS.name),
  birthDate: v.nullable(calendarDate),
  phone: v.optional(text(TEXT_LIMITS.phone)),
  address: v.optional(text(TEXT_LIMITS.address)),
  notes: v.optional(text(TEXT_LIMITS.personNotes)),
});

export const headerV1 = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(1),
  bundleId: id<string>(),
  createdAt: instant,
  sender: v.strictObject({
    agency: agencyRef,
    installationId: id<string>(),
    publicKey,
    fingerprint: sha256Hex,
  }),
  bodyDigest: sha256Hex,
});

export const bodyV1 = v.strictObject({
  case: caseHeader,
  audience: v.strictObject({
    kind: v.picklist(AUDIENCE_KINDS),
    note: text(TEXT_LIMITS.audienceNote),
    withheld: v.strictObject({ entries: count, persons: count }),
    contactsRemoved: v.boolean(),
  }),
  persons: list(personV1, MAX_PERSONS),
  entries: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ENTRIES)),
});

/** A signed, unencrypted version 1 document; its entries still to be checked. */
export const documentV1 = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(1),
  encrypted: v.literal(false),
  header: headerV1,
  signature: v.nullish(base64Of(SIGNATURE_BYTES)),
  body: bodyV1,
});

export type HeaderV1 = v.InferOutput<typeof headerV1>;
export type DocumentV1 = v.InferOutput<typeof documentV1>;
