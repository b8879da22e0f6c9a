/**
 * The multi-agency case meeting (DOMAIN.md "The multi-agency case meeting"): scheduled with a
 * chair and invited partners, an agenda of cases, attendance, per-case discussion notes and the
 * victim's views as reported, and the actions agreed. The meeting's record is its minutes; once
 * approved they are locked, and a later change is a correction with a reason, kept in the
 * record's history as entries keep theirs (meetingRecord.ts).
 *
 * Everything here is a pure function from one meeting to the next: the repository stores what
 * these return, and screens call them, so the rules hold however the meeting is edited.
 */
import {
  addDays,
  calendarDateOf,
  compareCalendar,
  isCalendarDate,
  type CalendarDate,
  type Instant,
} from '../dates';
import type { ActionId, CaseId, MeetingId } from '../ids';
import { hasInvisibleChars } from '../text';
import type { AgencyRef } from './agencies';
import type { AgendaReason } from './agenda';

/** A meeting is planned (agenda, attendance and minutes being written) until its minutes are approved. */
export const MEETING_STATUSES = ['planned', 'approved'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Longest texts, so that what becomes a timeline entry fits an entry (bundle TEXT_LIMITS). */
export const MEETING_LIMITS = {
  place: 200,
  people: 1_000,
  notes: 20_000,
  victimViews: 2_000,
  reportedBy: 1_000,
  action: 2_000,
  ownerPerson: 200,
  reason: 2_000,
} as const;

/** Latest a due date may be set after the meeting: a year (a longer plan is a review, not an action). */
export const MAX_ACTION_DAYS = 366;

/** An action agreed at the meeting: what, the owner agency, the named person where known, by when. */
export type AgreedAction = {
  readonly id: ActionId;
  readonly text: string;
  readonly owner: AgencyRef;
  /** '' when no person was named. */
  readonly ownerPerson: string;
  readonly dueOn: CalendarDate;
};

/** One case on the agenda and what the meeting recorded about it. */
export type AgendaItem = {
  readonly caseId: CaseId;
  /** The case's reference, kept so the minutes read the same if the case is later removed. */
  readonly reference: string;
  /** Why it is on the agenda: the suggestion's reasons when accepted, none when added by hand. */
  readonly reasons: readonly AgendaReason[];
  readonly notes: string;
  /** The victim's views as reported to the meeting, and by whom. */
  readonly victimViews: string;
  readonly viewsReportedBy: string;
  readonly actions: readonly AgreedAction[];
};

/** Whether an invited agency attended, and who came for it. */
export type Attendance = {
  readonly agencyId: string;
  readonly present: boolean;
  readonly people: string;
};

/** The approval that locked the minutes. */
export type Approval = { readonly at: Instant; readonly by: string; readonly agency: AgencyRef };

/** What the minutes hold: the part of a meeting that approval locks. */
export type Minutes = {
  readonly attendance: readonly Attendance[];
  readonly agenda: readonly AgendaItem[];
};

/** A correction of approved minutes: who, when, why, and the minutes as they were before it. */
export type MinutesCorrection = {
  readonly at: Instant;
  readonly by: string;
  readonly agency: AgencyRef;
  readonly reason: string;
  readonly before: Minutes;
};

export type Meeting = Minutes & {
  readonly id: MeetingId;
  readonly heldOn: CalendarDate;
  /** 'HH:mm' (24-hour), '' when only the day is set. */
  readonly startsAt: string;
  readonly place: string;
  readonly chair: AgencyRef;
  /** The partners invited, the chair's agency among them. */
  readonly invited: readonly AgencyRef[];
  readonly status: MeetingStatus;
  readonly createdAt: Instant;
  readonly createdBy: string;
  readonly approval: Approval | null;
  /** Corrections made after approval, oldest first. */
  readonly corrections: readonly MinutesCorrection[];
  /** The entries the minutes wrote to case timelines (meetingEntries.ts); empty until approved. */
  readonly timeline: MeetingTimeline;
};

/** A written entry: its original id (what others refer to) and the id of its current version. */
export type WrittenEntry = { readonly original: string; readonly current: string };

/** The entries approved minutes wrote, by case: the discussion and each agreed action. */
export type MeetingTimeline = {
  readonly [caseId: string]: {
    readonly discussion: WrittenEntry;
    readonly actions: { readonly [actionId: string]: WrittenEntry };
  };
};

/** What the schedule form gives. */
export type MeetingSchedule = {
  readonly heldOn: string;
  readonly startsAt: string;
  readonly place: string;
  readonly chair: AgencyRef | null;
  readonly invited: readonly AgencyRef[];
};

/** Message keys of the problems below (texts in the meetings message module). */
export const MEETING_PROBLEM_KEYS = [
  'meetings.err.required',
  'meetings.err.date',
  'meetings.err.time',
  'meetings.err.tooLong',
  'meetings.err.invisible',
  'meetings.err.noInvited',
  'meetings.err.dueBeforeMeeting',
  'meetings.err.dueTooFar',
  'meetings.err.ownerNotInvited',
  'meetings.err.noAttendance',
  'meetings.err.emptyAgenda',
  'meetings.err.locked',
  'meetings.err.notApproved',
  'meetings.err.reasonRequired',
  'meetings.err.noChange',
  'meetings.err.notYetHeld',
] as const;
export type MeetingProblemKey = (typeof MEETING_PROBLEM_KEYS)[number];

/** A problem with a meeting's data: the field it concerns and a message key with its parameters. */
export type MeetingProblem = {
  readonly field: string;
  readonly key: MeetingProblemKey;
  readonly params?: Readonly<Record<string, number>>;
};

const problem = (
  field: string,
  key: MeetingProblemKey,
  params?: Readonly<Record<string, number>>,
): MeetingProblem => (params ? { field, key, params } : { field, key });

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Problems of one typed text: too long, or holding invisible control characters. */
function textProblems(field: string, value: string, max: number, required = false): MeetingProblem[] {
  if (value.trim() === '') return required ? [problem(field, 'meetings.err.required')] : [];
  if (value.length > max) return [problem(field, 'meetings.err.tooLong', { max })];
  if (hasInvisibleChars(value)) return [problem(field, 'meetings.err.invisible')];
  return [];
}

/** Problems of a schedule: a real date, a 24-hour time or none, a place, a chair, someone invited. */
export function scheduleProblems(s: MeetingSchedule): MeetingProblem[] {
  const out: MeetingProblem[] = [];
  if (s.heldOn === '') out.push(problem('heldOn', 'meetings.err.required'));
  else if (!isCalendarDate(s.heldOn)) out.push(problem('heldOn', 'meetings.err.date'));
  if (s.startsAt !== '' && !TIME_RE.test(s.startsAt)) out.push(problem('startsAt', 'meetings.err.time'));
  out.push(...textProblems('place', s.place, MEETING_LIMITS.place));
  if (!s.chair) out.push(problem('chair', 'meetings.err.required'));
  if (s.invited.length === 0) out.push(problem('invited', 'meetings.err.noInvited'));
  return out;
}

/** The chair's agency is always among the invited, once. */
function withChair(chair: AgencyRef, invited: readonly AgencyRef[]): AgencyRef[] {
  const out = [chair, ...invited.filter((a) => a.id !== chair.id)];
  return out.filter((a, i) => out.findIndex((b) => b.id === a.id) === i);
}

/**
 * A new planned meeting from a schedule that has no problems (scheduleProblems); throws a
 * RangeError otherwise, as the form checks first.
 */
export function newMeeting(
  id: MeetingId,
  s: MeetingSchedule,
  by: { readonly name: string; readonly at: Instant },
): Meeting {
  if (scheduleProblems(s).length > 0 || !s.chair) throw new RangeError('The schedule has problems');
  return {
    id,
    heldOn: s.heldOn,
    startsAt: s.startsAt,
    place: s.place.trim(),
    chair: s.chair,
    invited: withChair(s.chair, s.invited),
    status: 'planned',
    createdAt: by.at,
    createdBy: by.name,
    approval: null,
    corrections: [],
    timeline: {},
    attendance: [],
    agenda: [],
  };
}

/** Changes the schedule of a planned meeting; its attendance keeps only agencies still invited. */
export function reschedule(m: Meeting, s: MeetingSchedule): Meeting {
  if (m.status !== 'planned') throw new RangeError('Approved minutes are changed by a correction');
  if (scheduleProblems(s).length > 0 || !s.chair) throw new RangeError('The schedule has problems');
  const invited = withChair(s.chair, s.invited);
  return {
    ...m,
    heldOn: s.heldOn,
    startsAt: s.startsAt,
    place: s.place.trim(),
    chair: s.chair,
    invited,
    attendance: m.attendance.filter((a) => invited.some((i) => i.id === a.agencyId)),
  };
}

/** The meeting's schedule, as the form edits it. */
export function scheduleOf(m: Meeting): MeetingSchedule {
  return { heldOn: m.heldOn, startsAt: m.startsAt, place: m.place, chair: m.chair, invited: m.invited };
}

/** A case for the agenda: its id, reference and why it is brought (none when added by hand). */
export type AgendaCandidate = {
  readonly caseId: CaseId;
  readonly reference: string;
  readonly reasons: readonly AgendaReason[];
};

/** Adds cases to the end of the agenda, in the order given; a case already on it is not added twice. */
export function addToAgenda(minutes: Minutes, cases: readonly AgendaCandidate[]): Minutes {
  const agenda = [...minutes.agenda];
  for (const c of cases) {
    if (agenda.some((i) => i.caseId === c.caseId)) continue;
    agenda.push({ ...c, notes: '', victimViews: '', viewsReportedBy: '', actions: [] });
  }
  return { ...minutes, agenda };
}

/** Takes a case off the agenda, with its notes and actions (an approved record is corrected instead). */
export function removeFromAgenda(minutes: Minutes, caseId: string): Minutes {
  return { ...minutes, agenda: minutes.agenda.filter((i) => i.caseId !== caseId) };
}

/** Moves the item at `from` to position `to` (both clamped to the agenda). */
export function moveAgendaItem(minutes: Minutes, from: number, to: number): Minutes {
  const n = minutes.agenda.length;
  if (n === 0) return minutes;
  const a = Math.max(0, Math.min(n - 1, from));
  const b = Math.max(0, Math.min(n - 1, to));
  if (a === b) return minutes;
  const agenda = [...minutes.agenda];
  const [item] = agenda.splice(a, 1);
  agenda.splice(b, 0, item!);
  return { ...minutes, agenda };
}

/** Records whether an invited agency attended and who came for it. */
export function setAttendance(minutes: Minutes, entry: Attendance): Minutes {
  const rest = minutes.attendance.filter((a) => a.agencyId !== entry.agencyId);
  return { ...minutes, attendance: [...rest, entry] };
}

/** The attendance of one agency; absent (nobody recorded) by default. */
export function attendanceOf(minutes: Minutes, agencyId: string): Attendance {
  return minutes.attendance.find((a) => a.agencyId === agencyId) ?? { agencyId, present: false, people: '' };
}

/** The invited agencies recorded as present, in invitation order. */
export function attendees(m: Meeting): AgencyRef[] {
  return m.invited.filter((a) => attendanceOf(m, a.id).present);
}

type ItemText = Pick<AgendaItem, 'notes' | 'victimViews' | 'viewsReportedBy'>;

/** Changes the notes or the victim's views recorded for one case. */
export function setItemText(minutes: Minutes, caseId: string, text: Partial<ItemText>): Minutes {
  return {
    ...minutes,
    agenda: minutes.agenda.map((i) => (i.caseId === caseId ? { ...i, ...text } : i)),
  };
}

/** Problems of an item's notes and views. */
export function itemProblems(item: ItemText): MeetingProblem[] {
  return [
    ...textProblems('notes', item.notes, MEETING_LIMITS.notes),
    ...textProblems('victimViews', item.victimViews, MEETING_LIMITS.victimViews),
    ...textProblems('viewsReportedBy', item.viewsReportedBy, MEETING_LIMITS.reportedBy),
  ];
}

/** An action as the form holds it, before it has an id. */
export type ActionDraft = {
  readonly text: string;
  readonly owner: AgencyRef | null;
  readonly ownerPerson: string;
  readonly dueOn: string;
};

/**
 * Problems of an agreed action: what is to be done, an invited agency as owner, a due date on or
 * after the meeting's day and within MAX_ACTION_DAYS of it.
 */
export function actionProblems(m: Pick<Meeting, 'heldOn' | 'invited'>, a: ActionDraft): MeetingProblem[] {
  const out = [
    ...textProblems('text', a.text, MEETING_LIMITS.action, true),
    ...textProblems('ownerPerson', a.ownerPerson, MEETING_LIMITS.ownerPerson),
  ];
  if (!a.owner) out.push(problem('owner', 'meetings.err.required'));
  else if (!m.invited.some((i) => i.id === a.owner?.id))
    out.push(problem('owner', 'meetings.err.ownerNotInvited'));
  if (a.dueOn === '') out.push(problem('dueOn', 'meetings.err.required'));
  else if (!isCalendarDate(a.dueOn)) out.push(problem('dueOn', 'meetings.err.date'));
  else if (compareCalendar(a.dueOn, m.heldOn) < 0)
    out.push(problem('dueOn', 'meetings.err.dueBeforeMeeting'));
  else if (compareCalendar(a.dueOn, addDays(m.heldOn, MAX_ACTION_DAYS)) > 0)
    out.push(problem('dueOn', 'meetings.err.dueTooFar', { days: MAX_ACTION_DAYS }));
  return out;
}

function agreed(id: ActionId, a: ActionDraft): AgreedAction {
  return { id, text: a.text.trim(), owner: a.owner!, ownerPerson: a.ownerPerson.trim(), dueOn: a.dueOn };
}

/** Adds an agreed action to a case on the agenda; throws a RangeError for an action with problems. */
export function addAction(
  m: Pick<Meeting, 'heldOn' | 'invited'> & Minutes,
  caseId: string,
  id: ActionId,
  a: ActionDraft,
): Minutes {
  if (actionProblems(m, a).length > 0) throw new RangeError('The action has problems');
  return {
    attendance: m.attendance,
    agenda: m.agenda.map((i) => (i.caseId === caseId ? { ...i, actions: [...i.actions, agreed(id, a)] } : i)),
  };
}

/** Replaces an agreed action; throws a RangeError for an action with problems. */
export function updateAction(
  m: Pick<Meeting, 'heldOn' | 'invited'> & Minutes,
  caseId: string,
  id: ActionId,
  a: ActionDraft,
): Minutes {
  if (actionProblems(m, a).length > 0) throw new RangeError('The action has problems');
  return {
    attendance: m.attendance,
    agenda: m.agenda.map((i) =>
      i.caseId === caseId ? { ...i, actions: i.actions.map((x) => (x.id === id ? agreed(id, a) : x)) } : i,
    ),
  };
}

/** Removes an agreed action. */
export function removeAction(minutes: Minutes, caseId: string, id: string): Minutes {
  return {
    ...minutes,
    agenda: minutes.agenda.map((i) =>
      i.caseId === caseId ? { ...i, actions: i.actions.filter((x) => x.id !== id) } : i,
    ),
  };
}

/** Every agreed action of the meeting with its case, in agenda order. */
export function meetingActions(
  minutes: Minutes,
): { readonly item: AgendaItem; readonly action: AgreedAction }[] {
  return minutes.agenda.flatMap((item) => item.actions.map((action) => ({ item, action })));
}

/**
 * What stops approval: a meeting whose day has not come, no agenda, nobody recorded as present,
 * or any text or action with a problem (an action owned by an agency no longer invited, say).
 */
export function approvalProblems(m: Meeting, today: CalendarDate): MeetingProblem[] {
  if (m.status !== 'planned') return [problem('status', 'meetings.err.locked')];
  const out = minutesProblems(m);
  if (compareCalendar(m.heldOn, today) > 0) out.unshift(problem('heldOn', 'meetings.err.notYetHeld'));
  return out;
}

/** Problems of minutes as a whole (approval and corrections). */
export function minutesProblems(m: Pick<Meeting, 'heldOn' | 'invited'> & Minutes): MeetingProblem[] {
  const out: MeetingProblem[] = [];
  if (m.agenda.length === 0) out.push(problem('agenda', 'meetings.err.emptyAgenda'));
  if (!m.invited.some((a) => attendanceOf(m, a.id).present))
    out.push(problem('attendance', 'meetings.err.noAttendance'));
  for (const a of m.attendance) out.push(...textProblems('people', a.people, MEETING_LIMITS.people));
  for (const item of m.agenda) {
    out.push(...itemProblems(item));
    for (const a of item.actions) out.push(...actionProblems(m, a));
  }
  return out;
}

/**
 * Approves planned minutes that have no problems, which locks them, with the entries they wrote;
 * throws a RangeError otherwise.
 */
export function approve(m: Meeting, approval: Approval, timeline: MeetingTimeline): Meeting {
  if (approvalProblems(m, calendarDateOf(approval.at)).length > 0)
    throw new RangeError('The minutes cannot be approved');
  return { ...m, status: 'approved', approval, timeline };
}

/** The minutes part of a meeting. */
export function minutesOf(m: Minutes): Minutes {
  return { attendance: m.attendance, agenda: m.agenda };
}

/** Problems of a correction: approved minutes, a reason, a real change, and minutes without problems. */
export function correctionProblems(m: Meeting, next: Minutes, reason: string): MeetingProblem[] {
  if (m.status !== 'approved') return [problem('status', 'meetings.err.notApproved')];
  const out = textProblems('reason', reason, MEETING_LIMITS.reason, true).map((p) =>
    p.key === 'meetings.err.required' ? problem('reason', 'meetings.err.reasonRequired') : p,
  );
  if (JSON.stringify(minutesOf(next)) === JSON.stringify(minutesOf(m)))
    out.push(problem('minutes', 'meetings.err.noChange'));
  out.push(...minutesProblems({ ...m, ...next }));
  return out;
}

/**
 * Corrects approved minutes: the new minutes replace the old, which are kept in the correction
 * with who made it, when and why. Throws a RangeError when correctionProblems finds any.
 */
export function correct(
  m: Meeting,
  next: Minutes,
  c: { readonly at: Instant; readonly by: string; readonly agency: AgencyRef; readonly reason: string },
  timeline: MeetingTimeline,
): Meeting {
  if (correctionProblems(m, next, c.reason).length > 0) throw new RangeError('The correction has problems');
  return {
    ...m,
    ...minutesOf(next),
    corrections: [...m.corrections, { ...c, reason: c.reason.trim(), before: minutesOf(m) }],
    timeline,
  };
}

/** Days before a first meeting that "since the last meeting" looks back over. */
export const MEETING_LOOKBACK_DAYS = 28;

/** The meeting held most recently before `m` (by day, then time), or null. */
export function previousMeeting<T extends Pick<Meeting, 'id' | 'heldOn' | 'startsAt'>>(
  meetings: readonly T[],
  m: Pick<Meeting, 'id' | 'heldOn' | 'startsAt'>,
): T | null {
  const key = (x: Pick<Meeting, 'heldOn' | 'startsAt'>) => `${x.heldOn} ${x.startsAt || '00:00'}`;
  let best: T | null = null;
  for (const x of meetings) {
    if (x.id === m.id || key(x) >= key(m)) continue;
    if (!best || key(x) > key(best)) best = x;
  }
  return best;
}

/**
 * The day and time "since the last meeting" starts from for `m`: the previous meeting's start,
 * or MEETING_LOOKBACK_DAYS before this meeting's day when there was none.
 */
export function changesBaseline(
  meetings: readonly Pick<Meeting, 'id' | 'heldOn' | 'startsAt'>[],
  m: Pick<Meeting, 'id' | 'heldOn' | 'startsAt'>,
): { readonly day: CalendarDate; readonly time: string; readonly previous: MeetingId | null } {
  const prev = previousMeeting(meetings, m);
  if (prev) return { day: prev.heldOn, time: prev.startsAt || '00:00', previous: prev.id };
  return { day: addDays(m.heldOn, -MEETING_LOOKBACK_DAYS), time: '00:00', previous: null };
}
