/**
 * Schema version 5: sharing between agencies. Frozen: a later version is a new file with its own
 * row shapes and upgrade, never an edit here. Every table is new and starts empty, so there is
 * nothing to upgrade; entry rows gain one optional column.
 *
 * - `partners`: the agencies this office trusts, one row per agency, with the key it signs with
 *   (trust on first use: a row exists only once a person compared the fingerprint and said so),
 *   the keys it used before, and keys refused. The contact person is sealed through the codec.
 * - `shares`: every bundle sent or received, by bundle id: for whom or from whom, which local
 *   case, what it carried. The ids it carried tell what a partner holds (for a delta); the
 *   received file's SHA-256 recognises the same file opened again.
 * - `caseLinks`: the ids other agencies give a case this office holds, and their references
 *   (aliases). One row per id as one agency uses it. A bundle about a case id found here is the
 *   linked local case; a reference found here is offered as the match.
 * - entries: `entryCaseId`, present only when an entry is filed under a local case whose id is
 *   not the one the entry was written under (a case two offices opened separately, then linked).
 *   The entry keeps its own case id in its content and hash; `caseId` stays the local case, so
 *   every index and query of the case sees it. In CouchDB terms (docs/bundle-format.md §10) each
 *   entry stays in the partition of its own case id; a linked local case reads several.
 */
import type { Instant } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { EntryRowV1 } from './v1';

export const V5_STORES = {
  partners: 'id',
  shares: 'id, caseId, fileDigest, *partnerIds',
  caseLinks: 'key, caseId, localCaseId, [agencyId+reference]',
} as const;

/** An agency as the directory holds it. */
export type PartnerAgencyV5 = AgencyRef & { district: string };

/** A key an agency signs with, as seen and decided here. */
export type PartnerKeyV5 = {
  /** Base64 SPKI. */
  publicKey: string;
  /** SHA-256 (hex) of the key. */
  fingerprint: string;
  /** When a person here decided about it. */
  decidedAt: Instant;
  /** Who decided. */
  decidedBy: string;
};

export type PartnerRowV5 = {
  /** The agency's id. */
  id: string;
  agency: PartnerAgencyV5;
  /** The key it signs with now, trusted here. */
  key: PartnerKeyV5;
  /** Keys it signed with before, newest last, each with when it was replaced. */
  previousKeys: (PartnerKeyV5 & { replacedAt: Instant })[];
  /** Keys a person here refused: what they sign is refused without asking again. */
  refusedKeys: PartnerKeyV5[];
  /** How it first arrived. */
  source: 'card' | 'bundle';
  firstSeenAt: Instant;
  /** Codec output of { name, phone, email } of its contact person ('' each when unknown). */
  sealed: string;
};

export type ShareRowV5 = {
  /** The bundle's id. */
  id: string;
  direction: 'sent' | 'received';
  /** The local case. */
  caseId: string;
  /** The recipients of a sent bundle; the sender of a received one. */
  partnerIds: string[];
  /** When it was saved or taken in here. */
  at: Instant;
  /** When the bundle was made. */
  createdAt: Instant;
  /** SHA-256 (hex) of the file's bytes as written or read. */
  fileDigest: string;
  /** Whether it carried only what changed since an earlier bundle. */
  delta: boolean;
  encrypted: boolean;
  /** Every entry id the bundle carried, 36 characters each, joined without separator. */
  entryIds: string;
  /** Received: how many entries were new, already here, conflicting; sent: how many were withheld. */
  counts: { entries: number; fresh: number; known: number; conflicts: number; withheld: number };
  /** Received: ids of entries that conflicted with what is held (not stored). */
  conflictIds: string[];
  /** Who sent or received it here. */
  actor: string;
};

export type CaseLinkRowV5 = {
  /** `<caseId> <agencyId>`. */
  key: string;
  /** The id that agency gives the case. */
  caseId: string;
  /** The local case it is. */
  localCaseId: string;
  agencyId: string;
  agency: AgencyRef;
  /** That agency's reference for the case: an alias of the local one. */
  reference: string;
  at: Instant;
};

/** An entry row that may be filed under a linked local case. */
export type EntryRowV5 = EntryRowV1 & {
  /** The case id the entry was written under, when it is not `caseId` (the local case). */
  entryCaseId?: string;
};
