import { describe, expect, it } from 'vitest';
import type { ActionId, CaseId } from '../../shared/ids';
import {
  addAction,
  addToAgenda,
  setAttendance,
  setItemText,
  updateAction,
  type Meeting,
} from '../../shared/domain/meeting';
import { effectiveEntries } from '../../shared/domain/timeline';
import { createCase, getCase } from './caseRepo';
import { finishEntry, loadEntries } from './entryRepo';
import {
  actionMeetings,
  approveMeeting,
  correctMeeting,
  createMeeting,
  deleteMeeting,
  getMeeting,
  lastMeetingOfCase,
  listMeetings,
  MeetingChangedError,
  MeetingRefusedError,
  saveMeeting,
  writePending,
} from './meetingRepo';
import { codec } from './codec';
import { ACTOR, CREATED_AT, CRISIS, draft, freshDb, POLICE, rawDump, VICTIM } from './testDb.testkit';

const NOW = '2026-03-12T12:00:00+05:00';
const CTX = {
  actor: ACTOR,
  now: NOW,
  today: '2026-03-12',
  windowDays: 14,
  meetingAt: '2026-03-12T10:00:00+05:00',
};
const SCHEDULE = {
  heldOn: '2026-03-12',
  startsAt: '10:00',
  place: 'Акимат, каб. 204',
  chair: POLICE,
  invited: [CRISIS],
};

/** A case and a meeting about it, ready to approve: one action, the crisis centre present. */
async function ready(): Promise<{ caseId: CaseId; meeting: Meeting; rev: number }> {
  const caseId = await createCase(
    { reference: 'POL-2026-0001', persons: [VICTIM], createdAt: CREATED_AT },
    ACTOR,
  );
  const m = await createMeeting(SCHEDULE, ACTOR, '2026-03-01T09:00:00+05:00');
  let minutes = addToAgenda(m, [{ caseId, reference: 'POL-2026-0001', reasons: [{ kind: 'high-risk' }] }]);
  minutes = setAttendance(minutes, { agencyId: CRISIS.id, present: true, people: 'Д. Ахметова' });
  minutes = setItemText(minutes, caseId, {
    notes: 'Сведения о нарушении предписания.',
    victimViews: 'Боится за детей',
  });
  minutes = addAction({ ...m, ...minutes }, caseId, 'a1' as ActionId, {
    text: 'Проверить условия проживания детей',
    owner: CRISIS,
    ownerPerson: 'Ахметова Д.',
    dueOn: '2026-03-20',
  });
  const meeting = { ...m, ...minutes };
  const rev = await saveMeeting(meeting, 1);
  return { caseId, meeting, rev };
}

describe('meetings in storage', () => {
  it('keeps what was typed only in the sealed column, and the agenda cases in an index', async () => {
    const d = freshDb();
    const { caseId, meeting } = await ready();
    const raw = await rawDump(d.name);
    const row = raw.meetings!.rows[0] as Record<string, unknown>;
    expect(row).toMatchObject({
      id: meeting.id,
      heldOn: '2026-03-12',
      status: 'planned',
      caseIds: [caseId],
      rev: 2,
    });
    const plain = JSON.stringify({ ...row, sealed: undefined });
    for (const secret of ['Боится за детей', 'Ахметова', 'Акимат', 'нарушении'])
      expect(plain).not.toContain(secret);
    expect(raw.meetings!.indexes.caseIds!.keys).toEqual([caseId]);
    expect((await getMeeting(meeting.id))?.meeting).toEqual(meeting);
  });

  it('refuses a save made from an out-of-date copy, and keeps the stored one', async () => {
    freshDb();
    const { meeting, rev } = await ready();
    await expect(saveMeeting({ ...meeting, place: 'Other' }, rev - 1)).rejects.toBeInstanceOf(
      MeetingChangedError,
    );
    expect((await getMeeting(meeting.id))?.meeting?.place).toBe('Акимат, каб. 204');
    expect(await saveMeeting({ ...meeting, place: 'Каб. 210' }, rev)).toBe(rev + 1);
  });

  it('reads a record that is not a meeting as unreadable, without failing the list', async () => {
    const d = freshDb();
    await ready();
    await d.meetings.add({
      id: 'bad',
      heldOn: '2026-01-01',
      status: 'planned',
      caseIds: [],
      rev: 1,
      sealed: await codec().seal({ agenda: 'x' }),
    });
    const list = await listMeetings();
    expect(list.map((m) => [m.heldOn, m.meeting === null])).toEqual([
      ['2026-03-12', false],
      ['2026-01-01', true],
    ]);
  });
});

describe('approving the minutes', () => {
  it('locks them and writes the discussion and the actions to the case timeline, once', async () => {
    freshDb();
    const { caseId, meeting, rev } = await ready();
    const approved = await approveMeeting(meeting.id, rev, CTX);
    expect(approved).toMatchObject({ status: 'approved', approval: { at: NOW, by: ACTOR.name } });

    const entries = await loadEntries(caseId);
    expect(entries.map((e) => e.kind)).toEqual(['meeting-discussion', 'action-assigned']);
    const [discussion, action] = entries;
    expect(discussion).toMatchObject({
      narrative: 'Сведения о нарушении предписания.',
      occurredAt: CTX.meetingAt,
    });
    expect(action!.fields).toMatchObject({
      ownerAgency: 'crisis-centre',
      ownerPerson: 'Ахметова Д.',
      meetingEntryId: discussion!.id,
    });
    expect((await getCase(caseId))!.summary).toMatchObject({ openActions: 1, entryCount: 2 });
    const stored = await getMeeting(meeting.id);
    expect(stored).toMatchObject({ unwritten: 0, rev: rev + 2 });
    expect(actionMeetings([stored!]).get(action!.id)).toBe(meeting.id);

    await expect(approveMeeting(meeting.id, stored!.rev, CTX)).rejects.toBeInstanceOf(MeetingRefusedError);
    await expect(saveMeeting({ ...approved, place: 'x' }, stored!.rev)).rejects.toBeInstanceOf(
      MeetingRefusedError,
    );
    await expect(deleteMeeting(meeting.id, stored!.rev)).rejects.toBeInstanceOf(MeetingRefusedError);
    expect(await loadEntries(caseId)).toHaveLength(2);
  });

  it('refuses minutes with problems, saying which, and writes nothing', async () => {
    freshDb();
    const { caseId, meeting, rev } = await ready();
    const early = { ...CTX, today: '2026-03-11' };
    await expect(approveMeeting(meeting.id, rev, early)).rejects.toMatchObject({
      problems: [{ field: 'heldOn', key: 'meetings.err.notYetHeld' }],
    });
    expect(await loadEntries(caseId)).toEqual([]);
    expect((await getMeeting(meeting.id))?.meeting?.status).toBe('planned');
  });

  it('writes entries left pending exactly once, with the ids they were given', async () => {
    const d = freshDb();
    const { caseId, meeting, rev } = await ready();
    await approveMeeting(meeting.id, rev, CTX);
    const stored = (await getMeeting(meeting.id))!;
    const written = await loadEntries(caseId);
    // As if the app stopped after storing the approval and one more entry, before writing it.
    const extra = await finishEntry(
      draft(caseId, 'note', { occurredAt: CTX.meetingAt, narrative: 'pending' }),
      NOW,
    );
    const row = (await d.meetings.get(meeting.id))!;
    await d.meetings.put({
      ...row,
      sealed: await codec().seal({ meeting: stored.meeting, unwritten: [...written, extra] }),
    });
    expect((await getMeeting(meeting.id))!.unwritten).toBe(3);
    expect(await writePending(meeting.id, CTX)).toBe(1);
    expect((await loadEntries(caseId)).map((e) => e.id)).toEqual([...written.map((e) => e.id), extra.id]);
    expect((await getMeeting(meeting.id))!.unwritten).toBe(0);
    expect(await writePending(meeting.id, CTX)).toBe(0);
  });
});

describe('correcting approved minutes', () => {
  it('keeps the minutes as they were and corrects the action on the timeline, with the reason', async () => {
    freshDb();
    const { caseId, meeting, rev } = await ready();
    const approved = await approveMeeting(meeting.id, rev, CTX);
    const stored = (await getMeeting(meeting.id))!;
    const next = updateAction(approved, caseId, 'a1' as ActionId, {
      text: 'Проверить условия проживания детей',
      owner: CRISIS,
      ownerPerson: 'Ахметова Д.',
      dueOn: '2026-03-25',
    });
    await expect(correctMeeting(meeting.id, stored.rev, next, '  ', CTX)).rejects.toMatchObject({
      problems: [{ key: 'meetings.err.reasonRequired' }],
    });
    const corrected = await correctMeeting(
      meeting.id,
      stored.rev,
      next,
      'Срок перенесён по просьбе школы',
      CTX,
    );
    expect(corrected.corrections).toHaveLength(1);
    expect(corrected.corrections[0]!.before.agenda[0]!.actions[0]!.dueOn).toBe('2026-03-20');
    const effective = effectiveEntries(await loadEntries(caseId));
    const action = effective.find((e) => e.entry.kind === 'action-assigned')!;
    expect(action.entry.fields.dueOn).toBe('2026-03-25');
    expect(action.entry.correction?.reason).toBe('Срок перенесён по просьбе школы');
    expect((await getCase(caseId))!.summary.deadlines.find((x) => x.kind === 'action-due')?.date).toBe(
      '2026-03-25',
    );
  });
});

describe('the last meeting of a case', () => {
  it('is the latest on or before the day whose agenda held it', async () => {
    freshDb();
    const { caseId, meeting } = await ready();
    const later = await createMeeting({ ...SCHEDULE, heldOn: '2026-04-09' }, ACTOR, NOW);
    await saveMeeting({ ...later, ...addToAgenda(later, [{ caseId, reference: 'x', reasons: [] }]) }, 1);
    expect((await lastMeetingOfCase(caseId, '2026-03-31'))?.id).toBe(meeting.id);
    expect((await lastMeetingOfCase(caseId, '2026-04-09'))?.id).toBe(later.id);
    expect(await lastMeetingOfCase('other', '2026-04-09')).toBeNull();
  });
});
