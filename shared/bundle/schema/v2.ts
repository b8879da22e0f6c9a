/**
 * Format version 2: full and delta bundles, named recipients, the sender's district, withheld
 * references, and the person fields for safe contact. Frozen: version 3 (v3.ts) has its own
 * file and an upgrade from this one (versions.ts); its entries are the version 2 table
 * (entry.ts, entrySchemaFor(2)).
 */
import * as v from 'valibot';
import { SIGNATURE_BYTES } from '../../crypto/signing';
import { AUDIENCE_KINDS } from '../../domain/audience';
import { CASE_STATUSES, PERSON_ROLES } from '../../domain/types';
import type { CaseId, EntryId, PersonId } from '../../ids';
import { MAX_ENTRIES, MAX_PERSONS, MAX_PREVIOUS, MAX_RECIPIENTS, TEXT_LIMITS } from '../limits';
import { BUNDLE_FORMAT } from '../types';
import {
  agencyIdentity,
  agencyRef,
  base64Of,
  calendarDate,
  coded,
  count,
  id,
  instant,
  list,
  publicKey,
  sha256Hex,
  text,
} from './common';

const iin = v.pipe(
  v.string(),
  v.check((s) => /^[0-9]{12}$/.test(s), coded({ code: 'invalid-value', expected: 'iin-12-digits' })),
);

export const personV2 = v.strictObject({
  id: id<PersonId>(),
  role: v.picklist(PERSON_ROLES),
  name: text(TEXT_LIMITS.name),
  birthDate: v.nullable(calendarDate),
  iin: v.optional(iin),
  phone: v.optional(text(TEXT_LIMITS.phone)),
  address: v.optional(text(TEXT_LIMITS.address)),
  notes: v.optional(text(TEXT_LIMITS.personNotes)),
  safeContactTimes: v.optional(text(TEXT_LIMITS.safeContactTimes)),
  safeChannel: v.optional(text(TEXT_LIMITS.safeChannel)),
  preferredLanguage: v.optional(text(TEXT_LIMITS.preferredLanguage)),
  interpreterNeeded: v.optional(v.boolean()),
});

export const caseHeader = v.strictObject({
  id: id<CaseId>(),
  reference: text(TEXT_LIMITS.reference),
  status: v.picklist(CASE_STATUSES),
  createdAt: instant,
  ownerAgency: agencyRef,
});

const sentEntry = v.strictObject({ id: id<EntryId>(), hash: sha256Hex });

export const headerV2 = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(2),
  bundleId: id<string>(),
  createdAt: instant,
  sender: v.strictObject({
    agency: agencyIdentity,
    installationId: id<string>(),
    publicKey,
    fingerprint: sha256Hex,
  }),
  recipients: v.pipe(list(agencyRef, MAX_RECIPIENTS), v.minLength(1)),
  bodyDigest: sha256Hex,
});

export const bodyV2 = v.strictObject({
  case: caseHeader,
  audience: v.strictObject({
    kind: v.picklist(AUDIENCE_KINDS),
    note: text(TEXT_LIMITS.audienceNote),
    withheld: v.strictObject({
      entries: count,
      persons: count,
      referenced: list(id<EntryId>(), MAX_ENTRIES),
    }),
    contactsRemoved: v.boolean(),
  }),
  persons: list(personV2, MAX_PERSONS),
  // Entries are checked one by one with entrySchema (validate.ts), so a reader can report
  // progress through a large bundle; here only their number.
  entries: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ENTRIES)),
  delta: v.nullable(
    v.strictObject({
      after: id<string>(),
      since: instant,
      previous: list(sentEntry, MAX_PREVIOUS),
    }),
  ),
});

/** A signed, unencrypted version 2 document; its entries still to be checked. */
export const documentV2 = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(2),
  encrypted: v.literal(false),
  header: headerV2,
  // Optional here so that a missing signature gets its own error, not "missing field".
  signature: v.nullish(base64Of(SIGNATURE_BYTES)),
  body: bodyV2,
});

export type HeaderV2 = v.InferOutput<typeof headerV2>;
export type DocumentV2 = v.InferOutput<typeof documentV2>;
