/**
 * Every bundle this office sent or received (schema/v5.ts `shares`): the history a case shows,
 * what a partner holds of a case (for a delta bundle), and whether a file was taken in before.
 */
import type { Instant } from '../../shared/dates';
import { db } from './db';
import type { ShareRowV5 } from './schema/v5';

export type ShareRecord = Readonly<ShareRowV5>;

const ID_LENGTH = 36;

/** Entry ids as a share row keeps them: 36 characters each, no separator. */
export function packIds(ids: readonly string[]): string {
  return ids.join('');
}

export function unpackIds(packed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + ID_LENGTH <= packed.length; i += ID_LENGTH) out.push(packed.slice(i, i + ID_LENGTH));
  return out;
}

/** The bundles of a local case, newest first. */
export async function sharesOf(localCaseId: string): Promise<ShareRecord[]> {
  const rows = await db().shares.where('caseId').equals(localCaseId).toArray();
  return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** A received bundle whose file had these exact bytes (SHA-256), if any. */
export async function receivedFile(fileDigest: string): Promise<ShareRecord | null> {
  const rows = await db().shares.where('fileDigest').equals(fileDigest).toArray();
  return rows.find((r) => r.direction === 'received') ?? null;
}

/** The newest bundle of the case exchanged with `partnerId` in `direction`. */
export async function lastShare(
  localCaseId: string,
  partnerId: string,
  direction: ShareRecord['direction'],
): Promise<ShareRecord | null> {
  const rows = await db().shares.where('partnerIds').equals(partnerId).toArray();
  const mine = rows.filter((r) => r.caseId === localCaseId && r.direction === direction);
  return mine.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0] ?? null;
}

/**
 * The ids of the case's entries every one of `partnerIds` is known to hold: each sent to it, or
 * received from it, in a bundle of this case. What a delta bundle leaves out.
 */
export async function heldByAll(localCaseId: string, partnerIds: readonly string[]): Promise<Set<string>> {
  const each: Set<string>[] = [];
  for (const partnerId of partnerIds) {
    const rows = await db().shares.where('partnerIds').equals(partnerId).toArray();
    const held = new Set<string>();
    for (const r of rows) if (r.caseId === localCaseId) for (const id of unpackIds(r.entryIds)) held.add(id);
    each.push(held);
  }
  const [first, ...rest] = each;
  if (!first) return new Set();
  return new Set([...first].filter((id) => rest.every((held) => held.has(id))));
}

/** When a case was last sent to a partner, for the send dialog ("changes since …"). */
export async function lastSentAt(localCaseId: string, partnerId: string): Promise<Instant | null> {
  return (await lastShare(localCaseId, partnerId, 'sent'))?.at ?? null;
}
