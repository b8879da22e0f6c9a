import { describe, expect, it } from 'vitest';
import type { ActionId, AgencyId, CaseId, EntryId, MeetingId } from '../ids';
import type { AgencyRef } from './agencies';
import { caseFacts } from './caseFacts';
import {
  addAction,
  addToAgenda,
  newMeeting,
  removeFromAgenda,
  setAttendance,
  setItemText,
  updateAction,
  type Meeting,
  type MeetingTimeline,
  type Minutes,
} from './meeting';
import { approvalWrites, correctionWrites, withWritten, type TimelineWrite } from './meetingEntries';
import { closingDraft, closingProblems, registerStatus } from './meetingActions';
import { effectiveEntries, resolveTimeline } from './timeline';
import type { Entry, EntryDraft } from './types';
import { validateEntry } from './validation';

const agency = (kind: AgencyRef['kind'], name: string, n: number): AgencyRef => ({
  id: `01900000-0000-7000-8000-00000000000${n}` as AgencyId,
  name,
  kind,
});
const POLICE = agency('police', 'УП Алмалинского района', 1);
const SOCIAL = agency('social-protection', 'Отдел занятости и соцпрограмм', 2);
const AUTHOR = { name: 'Айгерим Сейткали', agency: SOCIAL };
const AT = '2026-03-12T10:00:00+05:00';

function planned(): Meeting {
  const m = newMeeting(
    'm1' as MeetingId,
    { heldOn: '2026-03-12', startsAt: '10:00', place: 'Акимат', chair: SOCIAL, invited: [POLICE] },
    { name: AUTHOR.name, at: '2026-03-01T09:00:00+05:00' },
  );
  let minutes: Minutes = addToAgenda(m, [
    { caseId: 'c1' as CaseId, reference: 'A', reasons: [] },
    { caseId: 'c2' as CaseId, reference: 'B', reasons: [] },
  ]);
  minutes = setAttendance(minutes, { agencyId: POLICE.id, present: true, people: '' });
  minutes = setItemText(minutes, 'c1', {
    notes: 'Полиция сообщила о нарушении.',
    victimViews: 'Хочет, чтобы он не приходил',
    viewsReportedBy: 'Кризисный центр',
  });
  const m2 = { ...m, ...minutes };
  minutes = addAction(m2, 'c1', 'a1' as ActionId, {
    text: 'Проверить детей в школе',
    owner: POLICE,
    ownerPerson: 'Нурланов Н.',
    dueOn: '2026-03-20',
  });
  minutes = addAction({ ...m, ...minutes }, 'c1', 'a2' as ActionId, {
    text: 'Оформить пособие',
    owner: SOCIAL,
    ownerPerson: '',
    dueOn: '2026-03-26',
  });
  return { ...m, ...minutes };
}

let seq = 0;
/** Finishes writes as the repository does: discussion ids first, then the actions that name them. */
function finish(
  writes: readonly TimelineWrite[],
  timeline: MeetingTimeline,
): { entries: Entry[]; written: { write: TimelineWrite; id: string }[] } {
  const entries: Entry[] = [];
  const written: { write: TimelineWrite; id: string }[] = [];
  const discussion = new Map(Object.entries(timeline).map(([c, t]) => [c, t.discussion.original]));
  const done = (write: TimelineWrite, d: EntryDraft) => {
    const e: Entry = {
      ...d,
      id: `e${++seq}` as EntryId,
      recordedAt: `2026-03-12T12:${String(seq % 60).padStart(2, '0')}:00+05:00`,
      hash: '',
    };
    entries.push(e);
    written.push({ write, id: e.id });
    return e;
  };
  for (const w of writes) {
    if (w.kind === 'discussion') {
      const e = done(w, w.draft);
      if (w.isNew) discussion.set(w.caseId, e.id);
    }
  }
  for (const w of writes) {
    if (w.kind === 'action') done(w, w.build(discussion.get(w.caseId)!));
    else if (w.kind !== 'discussion') done(w, w.draft);
  }
  return { entries, written };
}

describe('approvalWrites', () => {
  const m = planned();
  const { entries, written } = finish(approvalWrites(m, AUTHOR, AT), {});
  const timeline = withWritten({}, written);

  it('writes a discussion per case and an action per agreed action, which name the discussion', () => {
    expect(entries.map((e) => [e.caseId, e.kind])).toEqual([
      ['c1', 'meeting-discussion'],
      ['c2', 'meeting-discussion'],
      ['c1', 'action-assigned'],
      ['c1', 'action-assigned'],
    ]);
    const [d1, , a1, a2] = entries;
    expect(d1).toMatchObject({
      narrative: 'Полиция сообщила о нарушении.',
      fields: { victimViews: 'Хочет, чтобы он не приходил' },
      basis: { kind: 'reported', by: 'Кризисный центр' },
      confidentiality: { level: 'shared' },
      occurredAt: AT,
      author: AUTHOR,
    });
    expect(a1!.fields).toEqual({
      action: 'Проверить детей в школе',
      ownerAgency: 'police',
      // The agency itself, so the deadlines and the register name it and two of a kind stay apart.
      ownerAgencyRef: [POLICE.id, 'police', 'УП Алмалинского района'],
      ownerPerson: 'Нурланов Н.',
      dueOn: '2026-03-20',
      meetingEntryId: d1!.id,
    });
    expect(a2!.fields).not.toHaveProperty('ownerPerson');
    expect(timeline.c1).toEqual({
      discussion: { original: d1!.id, current: d1!.id },
      actions: { a1: { original: a1!.id, current: a1!.id }, a2: { original: a2!.id, current: a2!.id } },
    });
  });

  it('writes entries the entry rules accept', () => {
    const c1 = entries.filter((e) => e.caseId === 'c1');
    const effective = effectiveEntries(c1);
    for (const e of c1) expect(validateEntry(e, { effective, persons: [], today: '2026-03-12' })).toEqual([]);
  });

  it('shows on the case as open actions with their owner, person and meeting', () => {
    const f = caseFacts(effectiveEntries(entries.filter((e) => e.caseId === 'c1')), {
      today: '2026-03-21',
      now: '2026-03-21T23:59:00+05:00',
      soonDays: 7,
    });
    expect(f.openActions.map((a) => [a.text, a.ownerPerson, a.overdue])).toEqual([
      ['Проверить детей в школе', 'Нурланов Н.', true],
      ['Оформить пособие', '', false],
    ]);
    expect(f.victimViews?.text).toBe('Хочет, чтобы он не приходил');
  });

  describe('a correction', () => {
    const before: Minutes = m;
    let after: Minutes = updateAction(m, 'c1', 'a1' as ActionId, {
      text: 'Проверить детей в школе',
      owner: POLICE,
      ownerPerson: 'Нурланов Н.',
      dueOn: '2026-03-24',
    });
    after = {
      ...after,
      agenda: after.agenda.map((i) =>
        i.caseId === 'c1' ? { ...i, actions: i.actions.filter((a) => a.id !== 'a2') } : i,
      ),
    };
    after = removeFromAgenda(after, 'c2');
    after = addToAgenda(after, [{ caseId: 'c3' as CaseId, reference: 'C', reasons: [] }]);
    const writes = correctionWrites(before, after, timeline, AUTHOR, AT, ' Срок уточнён ');
    const fixed = finish(writes, timeline);
    const next = withWritten(timeline, fixed.written);

    it('corrects what changed, voids what was taken off and adds what was added, with the reason', () => {
      expect(fixed.entries.map((e) => [e.caseId, e.kind, e.correction?.action ?? 'new'])).toEqual([
        ['c3', 'meeting-discussion', 'new'],
        ['c1', 'action-assigned', 'correct'],
        ['c1', 'action-assigned', 'void'],
        ['c2', 'meeting-discussion', 'void'],
      ]);
      expect(
        fixed.entries.filter((e) => e.correction).every((e) => e.correction!.reason === 'Срок уточнён'),
      ).toBe(true);
      expect(fixed.entries[1]!.correction!.supersedes).toBe(timeline.c1!.actions.a1!.current);
      expect(next.c1!.actions).toEqual({
        a1: { original: timeline.c1!.actions.a1!.original, current: fixed.entries[1]!.id },
      });
      expect(next.c2).toBeUndefined();
      expect(Object.keys(next).sort()).toEqual(['c1', 'c3']);
    });

    it('leaves each case’s timeline with linear chains: the new due date, no conflict', () => {
      const c1 = [...entries, ...fixed.entries].filter((e) => e.caseId === 'c1');
      const resolved = resolveTimeline(c1);
      expect(resolved.some((r) => r.conflict || r.orphan)).toBe(false);
      const live = resolved.filter((r) => !r.voided && r.current.kind === 'action-assigned');
      expect(live.map((r) => r.current.fields.dueOn)).toEqual(['2026-03-24']);
    });

    it('writes nothing when nothing changed', () => {
      expect(correctionWrites(before, before, timeline, AUTHOR, AT, 'x')).toEqual([]);
    });

    it('corrects the current version after an earlier correction, keeping the chain', () => {
      const again = updateAction({ ...m, ...after }, 'c1', 'a1' as ActionId, {
        text: 'Проверить детей в школе',
        owner: POLICE,
        ownerPerson: 'Нурланов Н.',
        dueOn: '2026-03-27',
      });
      const w = correctionWrites(after, again, next, AUTHOR, AT, 'Ещё раз');
      expect(w).toHaveLength(1);
      const [second] = finish(w, next).entries;
      expect(second!.correction!.supersedes).toBe(fixed.entries[1]!.id);
    });
  });
});

describe('closing an action', () => {
  const base = { caseId: 'c1' as CaseId, actionEntryId: 'a1', at: AT, note: '' };

  it('needs a reason when not possible, and writes the outcome', () => {
    expect(closingProblems({ outcome: 'not-possible', reason: ' ', note: '' }).map((p) => p.key)).toEqual([
      'meetings.err.reasonRequired',
    ]);
    expect(closingProblems({ outcome: 'done', reason: '', note: '' })).toEqual([]);
    expect(closingDraft({ ...base, outcome: 'not-possible', reason: ' Переехали ' }, AUTHOR).fields).toEqual({
      actionEntryId: 'a1',
      outcome: 'not-possible',
      reason: 'Переехали',
    });
    expect(closingDraft({ ...base, outcome: 'done', reason: 'ignored' }, AUTHOR).fields).toEqual({
      actionEntryId: 'a1',
      outcome: 'done',
    });
    expect(() => closingDraft({ ...base, outcome: 'not-possible', reason: '' }, AUTHOR)).toThrow(RangeError);
  });

  it('gives the register status: never overdue on a closed case, not overdue on its due day', () => {
    const open = { dueOn: '2026-03-20', status: { state: 'open' as const } };
    expect(registerStatus(open, '2026-03-20', 'open')).toBe('open');
    expect(registerStatus(open, '2026-03-21', 'open')).toBe('overdue');
    expect(registerStatus(open, '2026-03-21', 'monitoring')).toBe('overdue');
    expect(registerStatus(open, '2026-03-21', 'closed')).toBe('open');
    expect(registerStatus({ dueOn: null, status: { state: 'open' } }, '2026-03-21', 'open')).toBe('open');
    expect(
      registerStatus(
        { dueOn: '2026-03-01', status: { state: 'not-possible', at: AT, closedBy: 'x', reason: 'r' } },
        '2026-03-21',
        'open',
      ),
    ).toBe('not-possible');
  });
});
