/**
 * A case bundle as the app sees it once read: one shape whatever format version the file was
 * written in (older versions are migrated on reading). docs/bundle-format.md describes the file.
 */
import type { CalendarDate, Instant } from '../dates';
import type { AgencyRef } from '../domain/agencies';
import type { AudienceKind } from '../domain/audience';
import type { CaseStatus, Entry, PersonRole } from '../domain/types';
import type { CaseId, EntryId, PersonId } from '../ids';

export const BUNDLE_FORMAT = 'caseline-bundle';
export const CARD_FORMAT = 'caseline-partner';

/** An agency as it introduces itself in a bundle's sender or on a partner card. */
export type AgencyIdentity = AgencyRef & { readonly district: string };

/** Who made the bundle, and the key that signed it. */
export type BundleSender = {
  readonly agency: AgencyIdentity;
  /** The desktop it was made on (one agency may have several). */
  readonly installationId: string;
  /** Base64 SPKI of the P-256 public key. */
  readonly publicKey: string;
  /** SHA-256 (hex) of the public key's SPKI bytes. */
  readonly fingerprint: string;
};

/** The case as the sender holds it. The receiver keeps `reference` as an alias of its own. */
export type BundleCase = {
  /** The shared case id, the same at every agency. */
  readonly id: CaseId;
  readonly reference: string;
  readonly status: CaseStatus;
  readonly createdAt: Instant;
  readonly ownerAgency: AgencyRef;
  /**
   * Ids other agencies gave the same case, whose entries the sender holds under it (two offices
   * opened it before they knew of each other and linked them). Each entry keeps the case id it
   * was written under. Empty before version 3.
   */
  readonly otherIds: readonly CaseId[];
};

/** What the sender left out, so the receiver knows a bundle is not the whole story. */
export type Withheld = {
  /** Entries of the case not in this bundle because the audience may not read them. */
  readonly entries: number;
  /** Persons of the case not in this bundle. */
  readonly persons: number;
  /** Ids of withheld entries that entries in this bundle refer to (shown as "withheld"). */
  readonly referenced: readonly EntryId[];
};

export type BundleAudience = {
  readonly kind: AudienceKind;
  /** The sender's note to the receiver ("for the meeting of 12 March"). */
  readonly note: string;
  readonly withheld: Withheld;
  /** Whether contacts, addresses and sensitive entry fields were removed. */
  readonly contactsRemoved: boolean;
};

/**
 * A person as the sender may share them. An optional field that is absent was withheld (or
 * is not known); an empty string means the sender has it empty.
 */
export type BundlePerson = {
  readonly id: PersonId;
  readonly role: PersonRole;
  readonly name: string;
  readonly birthDate: CalendarDate | null;
  /** Kazakhstan's 12-digit individual identification number (ИИН / ЖСН). */
  readonly iin?: string;
  readonly phone?: string;
  readonly address?: string;
  readonly notes?: string;
  /** When the person can be contacted safely ("weekdays 10–12, not evenings"). */
  readonly safeContactTimes?: string;
  /** How to reach them safely ("only through the crisis centre"). */
  readonly safeChannel?: string;
  readonly preferredLanguage?: string;
  readonly interpreterNeeded?: boolean;
};

/** An entry sent to this partner in an earlier bundle, as it was sent. */
export type SentEntry = { readonly id: EntryId; readonly hash: string };

/** What makes a bundle a delta: it carries only what changed since an earlier one. */
export type BundleDelta = {
  /** The id of the bundle to this partner that this one follows. */
  readonly after: string;
  /** When that bundle was made: this one holds what was recorded since. */
  readonly since: Instant;
  /** Entries sent earlier that this bundle's entries may refer to. */
  readonly previous: readonly SentEntry[];
};

export type Bundle = {
  /** The format version the file was written in (older ones are migrated). */
  readonly formatVersion: number;
  readonly bundleId: string;
  readonly createdAt: Instant;
  /** Whether the file was encrypted with a passphrase. */
  readonly encrypted: boolean;
  readonly sender: BundleSender;
  /** The agencies it was made for; empty only for version 1 files, which did not say. */
  readonly recipients: readonly AgencyRef[];
  readonly case: BundleCase;
  readonly audience: BundleAudience;
  readonly persons: readonly BundlePerson[];
  /** Every entry with its hash, verified. Corrections, voids, measures, referrals are entries. */
  readonly entries: readonly Entry[];
  /** Null for a full bundle. */
  readonly delta: BundleDelta | null;
};
