/**
 * Schema version 3: a person's IIN can be found again without being stored in plain text.
 * Frozen: a later version is a new file with its own row shapes and upgrade, never an edit here.
 *
 * - persons gain `iinToken`, indexed: the codec's token of the person's IIN (codec.ts), or null
 *   when no IIN is recorded (IndexedDB leaves null out of the index). The IIN itself is only in
 *   `sealed`. Persons stored before version 3 had no IIN field, so each is given null.
 * - The sealed part of a person holds every field of shared/domain/person.ts; rows sealed
 *   before lack the newer fields, which read as empty (personDetailsFrom).
 * - The sealed part of a case may also hold `people`: the name and aliases of everyone on the
 *   case, which the case index and search read without opening every person. A case sealed
 *   without it is completed once by the case index (caseIndex.ts), through the codec, which an
 *   upgrade transaction cannot await.
 */
import type { PersonRowV1 } from './v1';

/** Only what changes: Dexie keeps every other store as the versions before declared it. */
export const V3_STORES = { persons: 'id, caseId, iinToken' } as const;

export type PersonRowV3 = PersonRowV1 & {
  /** The codec's token of `iin:<12 digits>`, or null when the person has no IIN recorded. */
  iinToken: string | null;
};

/** Brings a person row stored by an earlier version to version 3 (none had an IIN). */
export function upgradePersonToV3(row: PersonRowV1 & { iinToken?: string | null }): void {
  if (row.iinToken === undefined) row.iinToken = null;
}
