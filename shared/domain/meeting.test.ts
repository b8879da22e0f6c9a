import { describe, expect, it } from 'vitest';
import type { ActionId, AgencyId, CaseId, MeetingId } from '../ids';
import type { AgencyRef } from './agencies';
import {
  MAX_ACTION_DAYS,
  actionProblems,
  addAction,
  addToAgenda,
  approvalProblems,
  approve,
  attendees,
  changesBaseline,
  correct,
  correctionProblems,
  minutesOf,
  moveAgendaItem,
  newMeeting,
  removeAction,
  removeFromAgenda,
  reschedule,
  scheduleProblems,
  setAttendance,
  setItemText,
  updateAction,
  type Meeting,
  type MeetingSchedule,
} from './meeting';

const agency = (kind: AgencyRef['kind'], name: string): AgencyRef => ({
  id: `${kind}-1` as AgencyId,
  name,
  kind,
});
const POLICE = agency('police', 'УП Алмалинского района');
const SOCIAL = agency('social-protection', 'Отдел занятости и соцпрограмм');
const CRISIS = agency('crisis-centre', 'Кризисный центр «Шаңырақ»');
const SCHOOL = agency('education-guardianship', 'Орган опеки');

const schedule: MeetingSchedule = {
  heldOn: '2026-03-12',
  startsAt: '10:00',
  place: 'Акимат, каб. 204',
  chair: SOCIAL,
  invited: [POLICE, CRISIS],
};
const BY = { name: 'Айгерим Сейткали', at: '2026-03-01T09:00:00+05:00' };
const meeting = (): Meeting => newMeeting('m1' as MeetingId, schedule, BY);
const c1 = { caseId: 'c1' as CaseId, reference: 'POL-2026-0001', reasons: [{ kind: 'high-risk' as const }] };
const c2 = { caseId: 'c2' as CaseId, reference: 'POL-2026-0002', reasons: [] };
const c3 = { caseId: 'c3' as CaseId, reference: 'POL-2026-0003', reasons: [] };
const action = {
  text: 'Visit the school',
  owner: POLICE,
  ownerPerson: ' Insp. Nurlanov ',
  dueOn: '2026-03-20',
};

/** A meeting ready to approve: one case, one action, the police present. */
function ready(): Meeting {
  const m = meeting();
  let minutes = addToAgenda(m, [c1]);
  minutes = setAttendance(minutes, { agencyId: POLICE.id, present: true, people: 'Insp. Nurlanov' });
  minutes = addAction({ ...m, ...minutes }, 'c1', 'a1' as ActionId, action);
  return { ...m, ...minutes };
}

describe('scheduling', () => {
  it('needs a real date, a 24-hour time or none, a chair and someone invited', () => {
    expect(scheduleProblems(schedule)).toEqual([]);
    expect(scheduleProblems({ ...schedule, startsAt: '' })).toEqual([]);
    expect(scheduleProblems({ ...schedule, startsAt: '23:59' })).toEqual([]);
    const keys = (s: Partial<MeetingSchedule>) =>
      scheduleProblems({ ...schedule, ...s }).map((p) => `${p.field}:${p.key}`);
    expect(keys({ heldOn: '' })).toEqual(['heldOn:meetings.err.required']);
    expect(keys({ heldOn: '2026-02-30' })).toEqual(['heldOn:meetings.err.date']);
    expect(keys({ startsAt: '24:00' })).toEqual(['startsAt:meetings.err.time']);
    expect(keys({ startsAt: '9:00' })).toEqual(['startsAt:meetings.err.time']);
    expect(keys({ chair: null })).toEqual(['chair:meetings.err.required']);
    expect(keys({ invited: [] })).toEqual(['invited:meetings.err.noInvited']);
  });

  it('takes a place of up to 200 characters without invisible control characters', () => {
    expect(scheduleProblems({ ...schedule, place: 'х'.repeat(200) })).toEqual([]);
    expect(scheduleProblems({ ...schedule, place: 'х'.repeat(201) })).toEqual([
      { field: 'place', key: 'meetings.err.tooLong', params: { max: 200 } },
    ]);
    expect(scheduleProblems({ ...schedule, place: 'Room \u202E402' })[0]?.key).toBe('meetings.err.invisible');
  });

  it('invites the chair’s agency once, first, and starts planned with empty minutes', () => {
    const m = newMeeting('m1' as MeetingId, { ...schedule, invited: [POLICE, SOCIAL, CRISIS] }, BY);
    expect(m.invited.map((a) => a.kind)).toEqual(['social-protection', 'police', 'crisis-centre']);
    expect(m).toMatchObject({
      status: 'planned',
      agenda: [],
      attendance: [],
      approval: null,
      place: 'Акимат, каб. 204',
    });
    expect(() => newMeeting('m2' as MeetingId, { ...schedule, heldOn: 'x' }, BY)).toThrow(RangeError);
  });

  it('drops the attendance of an agency no longer invited when rescheduled', () => {
    let m = meeting();
    m = { ...m, ...setAttendance(m, { agencyId: CRISIS.id, present: true, people: 'Д. Ахметова' }) };
    const moved = reschedule(m, { ...schedule, heldOn: '2026-03-13', invited: [POLICE] });
    expect(moved.heldOn).toBe('2026-03-13');
    expect(moved.attendance).toEqual([]);
  });
});

describe('the agenda', () => {
  it('adds cases once, in order, moves them (clamped) and removes them', () => {
    let minutes = addToAgenda(meeting(), [c1, c2]);
    minutes = addToAgenda(minutes, [c2, c3]);
    expect(minutes.agenda.map((i) => i.caseId)).toEqual(['c1', 'c2', 'c3']);
    expect(minutes.agenda[0]!.reasons).toEqual([{ kind: 'high-risk' }]);
    expect(moveAgendaItem(minutes, 2, 0).agenda.map((i) => i.caseId)).toEqual(['c3', 'c1', 'c2']);
    expect(moveAgendaItem(minutes, 0, 99).agenda.map((i) => i.caseId)).toEqual(['c2', 'c3', 'c1']);
    expect(moveAgendaItem(minutes, 1, 1)).toBe(minutes);
    expect(removeFromAgenda(minutes, 'c2').agenda.map((i) => i.caseId)).toEqual(['c1', 'c3']);
  });

  it('records notes and the victim’s views per case, and attendance per agency', () => {
    let minutes = addToAgenda(meeting(), [c1, c2]);
    minutes = setItemText(minutes, 'c2', { notes: 'Обсудили', victimViews: 'Хочет остаться дома' });
    expect(minutes.agenda[1]).toMatchObject({ notes: 'Обсудили', victimViews: 'Хочет остаться дома' });
    expect(minutes.agenda[0]!.notes).toBe('');
    minutes = setAttendance(minutes, { agencyId: POLICE.id, present: true, people: '' });
    minutes = setAttendance(minutes, { agencyId: POLICE.id, present: false, people: '' });
    expect(minutes.attendance).toEqual([{ agencyId: POLICE.id, present: false, people: '' }]);
    expect(
      attendees({
        ...meeting(),
        ...setAttendance(minutes, { agencyId: CRISIS.id, present: true, people: '' }),
      }),
    ).toEqual([CRISIS]);
  });
});

describe('agreed actions', () => {
  const m = meeting();
  const keys = (a: Partial<typeof action>) =>
    actionProblems(m, { ...action, ...a }).map((p) => `${p.field}:${p.key}`);

  it('are due on the meeting day at the earliest and within a year of it', () => {
    expect(keys({ dueOn: '2026-03-12' })).toEqual([]);
    expect(keys({ dueOn: '2026-03-11' })).toEqual(['dueOn:meetings.err.dueBeforeMeeting']);
    expect(MAX_ACTION_DAYS).toBe(366);
    expect(keys({ dueOn: '2027-03-13' })).toEqual([]);
    expect(keys({ dueOn: '2027-03-14' })).toEqual(['dueOn:meetings.err.dueTooFar']);
    expect(keys({ dueOn: '' })).toEqual(['dueOn:meetings.err.required']);
    expect(keys({ dueOn: '2026-13-01' })).toEqual(['dueOn:meetings.err.date']);
  });

  it('say what is to be done, by an invited agency', () => {
    expect(keys({ text: '  ' })).toEqual(['text:meetings.err.required']);
    expect(keys({ text: 'я'.repeat(2001) })).toEqual(['text:meetings.err.tooLong']);
    expect(keys({ owner: SCHOOL })).toEqual(['owner:meetings.err.ownerNotInvited']);
    expect(actionProblems(m, { ...action, owner: null }).map((p) => p.key)).toEqual([
      'meetings.err.required',
    ]);
  });

  it('are stored trimmed, replaced and removed by id', () => {
    let minutes = addToAgenda(m, [c1]);
    minutes = addAction({ ...m, ...minutes }, 'c1', 'a1' as ActionId, action);
    expect(minutes.agenda[0]!.actions).toEqual([
      {
        id: 'a1',
        text: 'Visit the school',
        owner: POLICE,
        ownerPerson: 'Insp. Nurlanov',
        dueOn: '2026-03-20',
      },
    ]);
    minutes = updateAction({ ...m, ...minutes }, 'c1', 'a1' as ActionId, { ...action, dueOn: '2026-03-25' });
    expect(minutes.agenda[0]!.actions[0]!.dueOn).toBe('2026-03-25');
    expect(() => addAction({ ...m, ...minutes }, 'c1', 'a2' as ActionId, { ...action, text: '' })).toThrow(
      RangeError,
    );
    expect(removeAction(minutes, 'c1', 'a1').agenda[0]!.actions).toEqual([]);
  });
});

describe('approval and corrections', () => {
  const approval = { at: '2026-03-12T12:00:00+05:00', by: 'Айгерим Сейткали', agency: SOCIAL };

  it('needs the meeting’s day to have come, an agenda and someone present', () => {
    expect(approvalProblems(ready(), '2026-03-12')).toEqual([]);
    expect(approvalProblems(ready(), '2026-03-11').map((p) => p.key)).toEqual(['meetings.err.notYetHeld']);
    const m = meeting();
    expect(approvalProblems(m, '2026-03-12').map((p) => p.key)).toEqual([
      'meetings.err.emptyAgenda',
      'meetings.err.noAttendance',
    ]);
  });

  it('locks the minutes: approving twice is refused', () => {
    const approved = approve(ready(), approval, {});
    expect(approved).toMatchObject({ status: 'approved', approval });
    expect(approvalProblems(approved, '2026-03-12').map((p) => p.key)).toEqual(['meetings.err.locked']);
    expect(() => approve(approved, approval, {})).toThrow(RangeError);
  });

  it('corrects approved minutes only with a reason and a change, keeping what they said before', () => {
    const approved = approve(ready(), approval, {});
    const next = setItemText(approved, 'c1', { notes: 'Добавлено: школа уведомлена' });
    expect(correctionProblems(ready(), next, 'x').map((p) => p.key)).toEqual(['meetings.err.notApproved']);
    expect(correctionProblems(approved, next, ' ').map((p) => p.key)).toEqual([
      'meetings.err.reasonRequired',
    ]);
    expect(correctionProblems(approved, minutesOf(approved), 'Typo').map((p) => p.key)).toEqual([
      'meetings.err.noChange',
    ]);
    const c = {
      at: '2026-03-13T09:00:00+05:00',
      by: 'Айгерим Сейткали',
      agency: SOCIAL,
      reason: ' Omitted note ',
    };
    const corrected = correct(approved, next, c, {});
    expect(corrected.agenda[0]!.notes).toBe('Добавлено: школа уведомлена');
    expect(corrected.corrections).toEqual([{ ...c, reason: 'Omitted note', before: minutesOf(approved) }]);
    expect(corrected.status).toBe('approved');
  });
});

describe('since the last meeting', () => {
  const at = (id: string, heldOn: string, startsAt = '') => ({ id: id as MeetingId, heldOn, startsAt });

  it('starts at the previous meeting’s time, or four weeks before a first meeting', () => {
    const m = at('now', '2026-03-12', '10:00');
    const list = [at('a', '2026-02-12', '15:00'), at('b', '2026-02-26'), at('c', '2026-04-01'), m];
    expect(changesBaseline(list, m)).toEqual({ day: '2026-02-26', time: '00:00', previous: 'b' });
    expect(changesBaseline([m], m)).toEqual({ day: '2026-02-12', time: '00:00', previous: null });
    // Two meetings on one day: the earlier one is the previous.
    const later = at('later', '2026-03-12', '15:00');
    expect(changesBaseline([m, later], later).previous).toBe('now');
  });
});
