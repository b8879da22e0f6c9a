/**
 * The registry of bundle format versions. Each version has its own frozen schema
 * (schema/v1.ts, v2.ts, v3.ts) and an upgrade to the next; a file is validated and verified in
 * the version it was written in (its signature covers that version's header), then upgraded
 * step by step to the current shape. Adding version 4: a new schema file, `upgradeV3` here, a
 * case in each switch, CURRENT_VERSION = 4. Nothing of an older version is edited.
 */
import type { Entry } from '../domain/types';
import { assertNever } from '../result';
import type { DocumentV1 } from './schema/v1';
import type { DocumentV2 } from './schema/v2';
import type { DocumentV3 } from './schema/v3';
import type { Bundle } from './types';

/** The version buildBundle writes. */
export const CURRENT_VERSION = 3;
/** Every version readBundle reads, oldest first. */
export const SUPPORTED_VERSIONS = [1, 2, 3] as const;
export type SupportedVersion = (typeof SUPPORTED_VERSIONS)[number];

/** True for a version this reader has a schema for. */
export function isSupportedVersion(value: number): value is SupportedVersion {
  return (SUPPORTED_VERSIONS as readonly number[]).includes(value);
}

/** A document that passed its version's schema, with its entries checked. */
export type Validated =
  | { readonly version: 1; readonly doc: DocumentV1; readonly entries: readonly Entry[] }
  | { readonly version: 2; readonly doc: DocumentV2; readonly entries: readonly Entry[] }
  | { readonly version: 3; readonly doc: DocumentV3; readonly entries: readonly Entry[] };

/**
 * Version 1 → 2: the sender's district was not recorded (''), recipients were not named (an
 * empty list, which the reader warns about), nothing was withheld by reference, and every
 * version 1 bundle was a full one. Persons carried no safe-contact fields.
 */
export function upgradeV1(doc: DocumentV1): DocumentV2 {
  const { header, body } = doc;
  return {
    format: doc.format,
    version: 2,
    encrypted: false,
    header: {
      format: header.format,
      version: 2,
      bundleId: header.bundleId,
      createdAt: header.createdAt,
      sender: { ...header.sender, agency: { ...header.sender.agency, district: '' } },
      recipients: [],
      bodyDigest: header.bodyDigest,
    },
    // The signature covers the version 1 header and was checked before upgrading.
    signature: doc.signature,
    body: {
      case: body.case,
      audience: { ...body.audience, withheld: { ...body.audience.withheld, referenced: [] } },
      persons: body.persons,
      entries: body.entries,
      delta: null,
    },
  };
}

/**
 * Version 2 → 3: a version 2 sender filed every entry under the case's one id (no other ids).
 * Its entries are of the version 2 table, which version 3 only adds to.
 */
export function upgradeV2(doc: DocumentV2): DocumentV3 {
  const { header, body } = doc;
  return {
    format: doc.format,
    version: 3,
    encrypted: false,
    header: { ...header, version: 3 },
    // The signature covers the version 2 header and was checked before upgrading.
    signature: doc.signature,
    body: { ...body, case: { ...body.case, otherIds: [] } },
  };
}

function fromV3(
  doc: DocumentV3,
  entries: readonly Entry[],
  formatVersion: number,
  encrypted: boolean,
): Bundle {
  const { header, body } = doc;
  return {
    formatVersion,
    bundleId: header.bundleId,
    createdAt: header.createdAt,
    encrypted,
    sender: header.sender,
    recipients: header.recipients,
    case: body.case,
    audience: body.audience,
    persons: body.persons,
    entries,
    delta: body.delta,
  };
}

/** The bundle in the current shape, whatever version it was written in. */
export function toCurrent(validated: Validated, encrypted: boolean): Bundle {
  switch (validated.version) {
    case 1:
      return fromV3(upgradeV2(upgradeV1(validated.doc)), validated.entries, 1, encrypted);
    case 2:
      return fromV3(upgradeV2(validated.doc), validated.entries, 2, encrypted);
    case 3:
      return fromV3(validated.doc, validated.entries, 3, encrypted);
    default:
      return assertNever(validated);
  }
}
