/**
 * Format version 3, the current one. What it adds to version 2:
 * - the sharing entry kinds (consent recorded and withdrawn, the must-never list, a
 *   supervisor's override, a response to another agency's entry) and the partner, urgency and
 *   reply date of a referral (entry.ts, ADDED_IN);
 * - `case.otherIds`: the ids other agencies gave the same case, whose entries the sender holds
 *   under it (a case opened at two offices before they knew of each other, then linked). An
 *   entry keeps the case id it was written under, in its content and hash.
 * Frozen once released: a change makes version 4 with its own file and an upgrade from this one.
 */
import * as v from 'valibot';
import { SIGNATURE_BYTES } from '../../crypto/signing';
import { AUDIENCE_KINDS } from '../../domain/audience';
import { CASE_STATUSES } from '../../domain/types';
import type { CaseId, EntryId } from '../../ids';
import {
  MAX_ENTRIES,
  MAX_OTHER_CASE_IDS,
  MAX_PERSONS,
  MAX_PREVIOUS,
  MAX_RECIPIENTS,
  TEXT_LIMITS,
} from '../limits';
import { BUNDLE_FORMAT } from '../types';
import {
  agencyIdentity,
  agencyRef,
  base64Of,
  count,
  id,
  instant,
  list,
  publicKey,
  sha256Hex,
  text,
} from './common';
import { personV2 } from './v2';

export const caseHeaderV3 = v.strictObject({
  id: id<CaseId>(),
  reference: text(TEXT_LIMITS.reference),
  status: v.picklist(CASE_STATUSES),
  createdAt: instant,
  ownerAgency: agencyRef,
  otherIds: list(id<CaseId>(), MAX_OTHER_CASE_IDS),
});

const sentEntry = v.strictObject({ id: id<EntryId>(), hash: sha256Hex });

export const headerV3 = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(3),
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

export const bodyV3 = v.strictObject({
  case: caseHeaderV3,
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
  // Entries are checked one by one (validate.ts), so a reader can report progress.
  entries: v.pipe(v.array(v.unknown()), v.maxLength(MAX_ENTRIES)),
  delta: v.nullable(
    v.strictObject({
      after: id<string>(),
      since: instant,
      previous: list(sentEntry, MAX_PREVIOUS),
    }),
  ),
});

/** A signed, unencrypted version 3 document; its entries still to be checked. */
export const documentV3 = v.strictObject({
  format: v.literal(BUNDLE_FORMAT),
  version: v.literal(3),
  encrypted: v.literal(false),
  header: headerV3,
  // Optional here so that a missing signature gets its own error, not "missing field".
  signature: v.nullish(base64Of(SIGNATURE_BYTES)),
  body: bodyV3,
});

export type HeaderV3 = v.InferOutput<typeof headerV3>;
export type DocumentV3 = v.InferOutput<typeof documentV3>;
