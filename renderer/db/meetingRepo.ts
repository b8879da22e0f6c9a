/**
 * Case meetings in storage (schema v4): a row per meeting whose content is sealed through the
 * codec, with its day, status and agenda cases as plain columns. Every save names the revision
 * it was made from, so a copy that another window changed meanwhile is refused, never
 * overwritten.
 *
 * Approving minutes writes the meeting's entries to case timelines through the one write path
 * (writeEntries). The meeting is stored first with the finished entries it still has to write
 * (`unwritten`), then the entries are written, then `unwritten` is cleared: if the app stops in
 * between, the entries are not lost or written twice — writePending writes exactly those not yet
 * stored, with the same ids and hashes.
 */
import type { CalendarDate, Instant } from '../../shared/dates';
import { newId, type MeetingId } from '../../shared/ids';
import {
  approvalProblems,
  approve,
  correct,
  correctionProblems,
  minutesOf,
  newMeeting,
  type Meeting,
  type MeetingProblem,
  type MeetingSchedule,
  type MeetingTimeline,
  type Minutes,
} from '../../shared/domain/meeting';
import {
  approvalWrites,
  correctionWrites,
  withWritten,
  type TimelineWrite,
} from '../../shared/domain/meetingEntries';
import type { Entry, EntryDraft } from '../../shared/domain/types';
import { auditRow, type Actor } from './audit';
import { codec } from './codec';
import { db } from './db';
import { finishEntry } from './entryRepo';
import { restoreMeeting } from '../../shared/domain/meetingSchema';
import type { MeetingRowV4 } from './schema/v4';
import { writeEntries, type CaseEntries, type WriteContext } from './writeEntries';

type SealedMeeting = { meeting: Meeting; unwritten: Entry[] };

/** A stored meeting as screens get it. `meeting` is null when its record could not be read. */
export type StoredMeeting = {
  readonly id: MeetingId;
  readonly heldOn: CalendarDate;
  readonly rev: number;
  readonly meeting: Meeting | null;
  /** Entries its approval or correction has still to write to case timelines. */
  readonly unwritten: number;
};

/** A save made from a copy of the meeting that is no longer the stored one. */
export class MeetingChangedError extends Error {
  constructor(id: string) {
    super(`Meeting ${id} was changed meanwhile`);
    this.name = 'MeetingChangedError';
  }
}

/** A change the meeting's rules refuse (the problems say why). */
export class MeetingRefusedError extends Error {
  readonly problems: readonly MeetingProblem[];
  constructor(problems: readonly MeetingProblem[]) {
    super(`Refused: ${problems.map((p) => p.key).join(', ')}`);
    this.name = 'MeetingRefusedError';
    this.problems = problems;
  }
}

async function rowOf(meeting: Meeting, rev: number, unwritten: readonly Entry[]): Promise<MeetingRowV4> {
  return {
    id: meeting.id,
    heldOn: meeting.heldOn,
    status: meeting.status,
    caseIds: meeting.agenda.map((i) => i.caseId),
    rev,
    sealed: await codec().seal({ meeting, unwritten: [...unwritten] } satisfies SealedMeeting),
  };
}

/** Reads a row back; a record that does not hold a meeting reads as null rather than failing. */
export async function openMeetingRow(
  row: MeetingRowV4,
): Promise<StoredMeeting & { readonly pending: readonly Entry[] }> {
  let meeting: Meeting | null = null;
  let pending: Entry[] = [];
  try {
    const sealed = await codec().open<Partial<SealedMeeting>>(row.sealed);
    meeting = restoreMeeting(sealed.meeting, row.id);
    pending = Array.isArray(sealed.unwritten) ? sealed.unwritten : [];
  } catch {
    meeting = null;
  }
  return {
    id: row.id as MeetingId,
    heldOn: row.heldOn,
    rev: row.rev,
    meeting,
    unwritten: pending.length,
    pending,
  };
}

/** Stores `next` if the stored revision is still `rev`; returns the new revision. */
async function put(next: Meeting, rev: number, unwritten: readonly Entry[]): Promise<number> {
  const row = await rowOf(next, rev + 1, unwritten);
  const d = db();
  await d.transaction('rw', d.meetings, async () => {
    const stored = await d.meetings.get(next.id);
    if ((stored?.rev ?? 0) !== rev || (rev === 0 && stored)) throw new MeetingChangedError(next.id);
    await d.meetings.put(row);
  });
  return rev + 1;
}

/** Schedules a meeting; returns it as stored. Throws MeetingRefusedError for a schedule with problems. */
export async function createMeeting(s: MeetingSchedule, actor: Actor, at: Instant): Promise<Meeting> {
  let meeting: Meeting;
  try {
    meeting = newMeeting(newId<'MeetingId'>(), s, { name: actor.name, at });
  } catch {
    throw new MeetingRefusedError([]);
  }
  await put(meeting, 0, []);
  return meeting;
}

/**
 * Saves a planned meeting's schedule, agenda and minutes. Approved minutes are never saved this
 * way (correctMeeting). Throws MeetingChangedError when the stored revision is not `rev`.
 */
export async function saveMeeting(next: Meeting, rev: number): Promise<number> {
  const stored = await getMeeting(next.id);
  if (!stored || stored.rev !== rev) throw new MeetingChangedError(next.id);
  if (stored.meeting?.status !== 'planned' || next.status !== 'planned')
    throw new MeetingRefusedError([{ field: 'status', key: 'meetings.err.locked' }]);
  return put(next, rev, []);
}

/** Deletes a planned meeting (nothing of it is on any timeline yet). */
export async function deleteMeeting(id: string, rev: number): Promise<void> {
  const d = db();
  const stored = await getMeeting(id);
  if (!stored || stored.rev !== rev) throw new MeetingChangedError(id);
  if (stored.meeting?.status !== 'planned')
    throw new MeetingRefusedError([{ field: 'status', key: 'meetings.err.locked' }]);
  await d.transaction('rw', d.meetings, async () => {
    if ((await d.meetings.get(id))?.rev !== rev) throw new MeetingChangedError(id);
    await d.meetings.delete(id);
  });
}

export async function getMeeting(
  id: string,
): Promise<(StoredMeeting & { readonly pending: readonly Entry[] }) | null> {
  const row = await db().meetings.get(id);
  return row ? openMeetingRow(row) : null;
}

/** Every meeting, newest first. */
export async function listMeetings(): Promise<StoredMeeting[]> {
  const rows = await db().meetings.orderBy('heldOn').reverse().toArray();
  return Promise.all(rows.map(openMeetingRow));
}

/** The latest meeting on or before `onOrBefore` whose agenda held the case, or null. */
export async function lastMeetingOfCase(caseId: string, onOrBefore: CalendarDate): Promise<Meeting | null> {
  const rows = await db().meetings.where('caseIds').equals(caseId).toArray();
  const meetings = (await Promise.all(rows.filter((r) => r.heldOn <= onOrBefore).map(openMeetingRow)))
    .map((s) => s.meeting)
    .filter((m): m is Meeting => m !== null)
    .sort((a, b) => `${b.heldOn} ${b.startsAt}`.localeCompare(`${a.heldOn} ${a.startsAt}`));
  return meetings[0] ?? null;
}

/** What approving or correcting needs besides the meeting: who, when, and the meeting's start. */
export type MinutesContext = WriteContext & {
  readonly actor: Actor;
  readonly now: Instant;
  /** When the meeting began: the time its entries are dated. */
  readonly meetingAt: Instant;
};

/**
 * Finishes writes: discussions first (new ones get the ids their actions name), then the rest.
 * Returns the entries, and each with the write it came from.
 */
async function finishWrites(
  writes: readonly TimelineWrite[],
  timeline: MeetingTimeline,
  recordedAt: Instant,
): Promise<{ entries: Entry[]; written: { write: TimelineWrite; id: string }[] }> {
  const entries: Entry[] = [];
  const written: { write: TimelineWrite; id: string }[] = [];
  const discussion = new Map(Object.entries(timeline).map(([caseId, t]) => [caseId, t.discussion.original]));
  const add = async (write: TimelineWrite, d: EntryDraft) => {
    const e = await finishEntry(d, recordedAt);
    entries.push(e);
    written.push({ write, id: e.id });
    return e;
  };
  for (const w of writes) {
    if (w.kind !== 'discussion') continue;
    const e = await add(w, w.draft);
    if (w.isNew) discussion.set(w.caseId, e.id);
  }
  for (const w of writes) {
    if (w.kind === 'discussion') continue;
    if (w.kind === 'action') {
      const d = discussion.get(w.caseId);
      if (!d) throw new Error(`No discussion entry for case ${w.caseId}`);
      await add(w, w.build(d));
    } else await add(w, w.draft);
  }
  return { entries, written };
}

/** Writes finished entries to their cases in one transaction, with an audit row for each. */
async function writeToTimelines(entries: readonly Entry[], ctx: MinutesContext): Promise<void> {
  if (entries.length === 0) return;
  const groups = new Map<string, Entry[]>();
  for (const e of entries) groups.set(e.caseId, [...(groups.get(e.caseId) ?? []), e]);
  await writeEntries(
    [...groups].map(([caseId, list]): CaseEntries => ({ caseId, entries: list })),
    {
      atomic: true,
      audit: entries.map((e) => auditRow(ctx.actor, ctx.now, 'entry-added', e.caseId, e.kind)),
    },
  );
}

/** Marks the meeting's pending entries written. */
async function clearPending(id: string): Promise<void> {
  const stored = await getMeeting(id);
  if (!stored?.meeting || stored.unwritten === 0) return;
  await put(stored.meeting, stored.rev, []);
}

/**
 * Approves the minutes: locks them and writes the meeting's entries to the case timelines.
 * Throws MeetingRefusedError with the problems that stop it, MeetingChangedError for an
 * out-of-date `rev`. If writing the entries fails, the minutes stay approved with the entries
 * pending (writePending).
 */
export async function approveMeeting(id: string, rev: number, ctx: MinutesContext): Promise<Meeting> {
  const stored = await getMeeting(id);
  if (!stored?.meeting || stored.rev !== rev) throw new MeetingChangedError(id);
  const m = stored.meeting;
  const problems = approvalProblems(m, ctx.today);
  if (problems.length > 0) throw new MeetingRefusedError(problems);
  const author = { name: ctx.actor.name, agency: ctx.actor.agency };
  const { entries, written } = await finishWrites(approvalWrites(m, author, ctx.meetingAt), {}, ctx.now);
  const approved = approve(
    m,
    { at: ctx.now, by: ctx.actor.name, agency: ctx.actor.agency },
    withWritten({}, written),
  );
  await put(approved, rev, entries);
  await writeToTimelines(entries, ctx);
  await clearPending(id);
  return approved;
}

/**
 * Corrects approved minutes with a reason: the meeting keeps what they said before, and the
 * timelines get correcting, voiding or new entries for what changed (meetingEntries.ts).
 */
export async function correctMeeting(
  id: string,
  rev: number,
  next: Minutes,
  reason: string,
  ctx: MinutesContext,
): Promise<Meeting> {
  const stored = await getMeeting(id);
  if (!stored?.meeting || stored.rev !== rev) throw new MeetingChangedError(id);
  if (stored.unwritten > 0) throw new MeetingRefusedError([{ field: 'status', key: 'meetings.err.locked' }]);
  const m = stored.meeting;
  const problems = correctionProblems(m, next, reason);
  if (problems.length > 0) throw new MeetingRefusedError(problems);
  const author = { name: ctx.actor.name, agency: ctx.actor.agency };
  const writes = correctionWrites(minutesOf(m), minutesOf(next), m.timeline, author, ctx.meetingAt, reason);
  const { entries, written } = await finishWrites(writes, m.timeline, ctx.now);
  const corrected = correct(
    m,
    next,
    { at: ctx.now, by: ctx.actor.name, agency: ctx.actor.agency, reason },
    withWritten(m.timeline, written),
  );
  await put(corrected, rev, entries);
  await writeToTimelines(entries, ctx);
  await clearPending(id);
  return corrected;
}

/**
 * Writes the entries an approval or correction left pending (the app stopped, or a write
 * failed): exactly those not stored yet, with the ids and hashes they were given.
 */
export async function writePending(id: string, ctx: MinutesContext): Promise<number> {
  const stored = await getMeeting(id);
  if (!stored || stored.pending.length === 0) return 0;
  const have = await db().entries.bulkGet(stored.pending.map((e) => e.id));
  const missing = stored.pending.filter((_, i) => have[i] === undefined);
  await writeToTimelines(missing, ctx);
  await clearPending(id);
  return missing.length;
}

/**
 * Which meeting agreed each action, by the action entry's original id: what the deadlines page
 * filters by. Read from the meetings' own records of what they wrote.
 */
export function actionMeetings(meetings: readonly StoredMeeting[]): Map<string, MeetingId> {
  const out = new Map<string, MeetingId>();
  for (const s of meetings)
    for (const t of Object.values(s.meeting?.timeline ?? {}))
      for (const w of Object.values(t.actions)) out.set(w.original, s.id);
  return out;
}
