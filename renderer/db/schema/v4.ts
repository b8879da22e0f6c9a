/**
 * Schema version 4: case meetings. Frozen once released: a later change is a new version file.
 *
 * A meeting row keeps in plain columns only what lists and look-ups need: its day, whether its
 * minutes are approved, and which cases are on its agenda (a multi-entry index, so "the last
 * meeting that discussed this case" is one query). Everything typed at or for the meeting (place,
 * attendance, notes, the victim's views, actions) is inside `sealed`, through the codec.
 *
 * Version 1 declared a `meetings` table that nothing wrote; rows found there are kept and given
 * the new columns (an unreadable one is shown as such, never dropped).
 */
import type { Transaction } from 'dexie';
import type { MeetingStatus } from '../../../shared/domain/meeting';

export const V4_STORES = {
  meetings: 'id, heldOn, status, *caseIds',
} as const;

export type MeetingRowV4 = {
  id: string;
  /** The meeting's day, 'yyyy-MM-dd'. */
  heldOn: string;
  status: MeetingStatus;
  /** Ids of the cases on its agenda. */
  caseIds: string[];
  /** Increased by every write, so a save made from an out-of-date copy is refused. */
  rev: number;
  /**
   * Codec output of { meeting, unwritten }: the meeting (shared/domain/meeting.ts) and the
   * finished entries its approval or correction has yet to write to case timelines.
   */
  sealed: string;
};

/** Gives rows stored under version 1 the version 4 columns. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await tx
    .table('meetings')
    .toCollection()
    .modify((row: Partial<MeetingRowV4>) => {
      row.status ??= 'planned';
      row.caseIds ??= [];
      row.rev ??= 0;
    });
}
