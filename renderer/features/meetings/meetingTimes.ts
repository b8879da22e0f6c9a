/**
 * Meetings in time: when one starts (its day and time in this machine's zone, with the offset in
 * force on that day), where its "since the last meeting" begins, and which meeting a case was
 * last brought to. Screens and documents all take these from here.
 */
import {
  addDays,
  compareCalendar,
  instantFromLocal,
  type CalendarDate,
  type Instant,
} from '../../../shared/dates';
import { changesBaseline, MEETING_LOOKBACK_DAYS, type Meeting } from '../../../shared/domain/meeting';
import { machineOffset } from '../../app/clock';
import type { StoredMeeting } from '../../db/meetingRepo';
import type { ReferralContext } from '../../print/caseSummaryModel';

/** A day and time as an instant here ('00:00' when no time is set). */
export function localInstant(day: CalendarDate, time: string): Instant {
  return instantFromLocal(day, time || '00:00', machineOffset) ?? `${day}T00:00:00+05:00`;
}

/** When the meeting starts. */
export function meetingStart(m: Pick<Meeting, 'heldOn' | 'startsAt'>): Instant {
  return localInstant(m.heldOn, m.startsAt);
}

/** The meetings whose records could be read. */
export function readable(meetings: readonly StoredMeeting[]): Meeting[] {
  return meetings.map((s) => s.meeting).filter((m): m is Meeting => m !== null);
}

/** Where "since the last meeting" begins for `m`: the previous meeting's start, or four weeks before. */
export function baselineOf(
  meetings: readonly Meeting[],
  m: Pick<Meeting, 'id' | 'heldOn' | 'startsAt'>,
): { readonly at: Instant; readonly day: CalendarDate; readonly first: boolean } {
  const b = changesBaseline(meetings, m);
  return { at: localInstant(b.day, b.time), day: b.day, first: b.previous === null };
}

const byStart = (a: Meeting, b: Meeting) =>
  `${a.heldOn} ${a.startsAt || '00:00'}`.localeCompare(`${b.heldOn} ${b.startsAt || '00:00'}`);

/**
 * A case's meetings as a document needs them: the meeting it is brought to (the next one with
 * it on the agenda, else the last), with where that meeting's "since" begins; and the last
 * meeting held that discussed it, for "the timeline since the last meeting".
 */
export function caseMeetings(
  stored: readonly StoredMeeting[],
  caseId: string,
  today: CalendarDate,
): {
  readonly referral: ReferralContext;
  readonly lastHeld: { readonly heldOn: CalendarDate; readonly at: Instant } | null;
} {
  const all = readable(stored);
  const withCase = all.filter((m) => m.agenda.some((i) => i.caseId === caseId)).sort(byStart);
  const upcoming = withCase.find((m) => compareCalendar(m.heldOn, today) >= 0);
  const held = withCase.filter((m) => compareCalendar(m.heldOn, today) <= 0).at(-1) ?? null;
  const target = upcoming ?? held;
  const referral: ReferralContext = target
    ? { kind: 'meeting', heldOn: target.heldOn, since: baselineOf(all, target).at }
    : { kind: 'now', since: localInstant(addDays(today, -MEETING_LOOKBACK_DAYS), '00:00') };
  return { referral, lastHeld: held ? { heldOn: held.heldOn, at: meetingStart(held) } : null };
}
