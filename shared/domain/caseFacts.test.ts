import { describe, expect, it } from 'vitest';
import type { EntryId } from '../ids';
import { caseFacts, datedFacts, lastContactDay, riskDirection } from './caseFacts';
import { openItems } from './caseView';
import { changesSince } from './changes';
import { summariseCase } from './summary';
import { eff, testEntry, testSummary } from './testEntries.testkit';
import { effectiveEntries } from './timeline';
import type { Entry, FieldValue } from './types';

const at = (day: string, time = '10:00') => `${day}T${time}:00+05:00`;
const e = (kind: Entry['kind'], fields: Record<string, FieldValue>, id: string, day: string) =>
  testEntry(kind, fields, { id, at: at(day) });

/** A case a district inspector would recognise: an order, a court's requirements, contacts, actions. */
const story: Entry[] = [
  e('report-received', { channel: 'phone-102' }, 'rep', '2026-01-02'),
  e('callout', { visitType: 'call-out', victimSeen: true }, 'co', '2026-01-02'),
  e('incident', { injuries: true }, 'inc', '2026-01-02'),
  e(
    'order-issued',
    { measure: 'protective-order', startsOn: '2026-01-02', againstPersonId: 'p-he' },
    'po',
    '2026-01-02',
  ),
  e('risk-assessment', { level: 'medium', computedLevel: 'medium', score: 8 }, 'ra1', '2026-01-03'),
  e(
    'order-issued',
    {
      measure: 'special-requirements',
      startsOn: '2026-01-10',
      durationMonths: 3,
      checkInsPerMonth: 1,
      againstPersonId: 'p-he',
    },
    'sr',
    '2026-01-10',
  ),
  e('crisis-intake', {}, 'intake', '2026-01-12'),
  e(
    'action-assigned',
    { action: 'Visit the school', ownerAgency: 'education-guardianship', dueOn: '2026-01-20' },
    'a1',
    '2026-01-12',
  ),
  e(
    'action-assigned',
    { action: 'Benefit application', ownerAgency: 'social-protection', dueOn: '2026-02-20' },
    'a2',
    '2026-01-12',
  ),
  e('preventive-talk', {}, 'talk', '2026-01-25'),
  e('risk-assessment', { level: 'high', computedLevel: 'high', score: 15 }, 'ra2', '2026-01-26'),
  e('check-in', { orderEntryId: 'sr', outcome: 'missed' }, 'miss', '2026-02-10'),
];
const TODAY = '2026-02-11';
const facts = (entries: readonly Entry[] = story, today = TODAY) =>
  caseFacts(eff(entries), { today, now: at(today, '23:59'), soonDays: 7 });

describe('caseFacts: today’s view', () => {
  it('gives risk now and its trend', () => {
    const f = facts();
    expect(f.risk).toMatchObject({ originalId: 'ra2', level: 'high' });
    expect(f.trend.map((p) => p.level)).toEqual(['medium', 'high']);
    expect(f.riskDirection).toBe('rising');
    expect(f.review).toEqual({ dueOn: '2026-02-23', level: 'high', assessmentId: 'ra2', overdue: false });
  });

  it('gives the measures in force, with the person each is against', () => {
    const f = facts();
    expect(f.measures.map((m) => [m.orderEntryId, m.state])).toEqual([
      ['po', 'expired'],
      ['sr', 'active'],
    ]);
    expect(f.activeMeasures.map((m) => [m.orderEntryId, m.againstPersonId])).toEqual([['sr', 'p-he']]);
  });

  it('gives open actions with owner, due date and overdue, the day after the due day', () => {
    expect(facts().openActions).toEqual([
      {
        originalId: 'a1',
        text: 'Visit the school',
        dueOn: '2026-01-20',
        ownerAgency: 'education-guardianship',
        ownerAgencyRef: null,
        ownerPerson: '',
        meetingEntryId: null,
        overdue: true,
      },
      {
        originalId: 'a2',
        text: 'Benefit application',
        dueOn: '2026-02-20',
        ownerAgency: 'social-protection',
        ownerAgencyRef: null,
        ownerPerson: '',
        meetingEntryId: null,
        overdue: false,
      },
    ]);
    expect(facts(story, '2026-01-20').openActions[0]!.overdue).toBe(false);
  });

  it('nothing is overdue or due on a closed case: actions, review, reassessment, check-ins', () => {
    // Months later, every date of the story has passed.
    const later = '2026-09-01';
    const open = caseFacts(eff(story), { today: later, now: at(later, '23:59'), soonDays: 7 });
    expect(open.openActions.every((a) => a.overdue)).toBe(true);
    expect(open.review?.overdue).toBe(true);
    expect(open.checkIns[0]!.slots.map((s) => s.state)).toContain('overdue');
    expect(open.deadlines.length).toBeGreaterThan(0);

    const closed = caseFacts(eff(story), {
      today: later,
      now: at(later, '23:59'),
      soonDays: 7,
      closed: true,
    });
    expect(closed.openActions.map((a) => [a.originalId, a.overdue])).toEqual([
      ['a1', false],
      ['a2', false],
    ]);
    expect(closed.review).toMatchObject({ dueOn: open.review!.dueOn, overdue: false });
    expect(closed.reassessment?.overdue ?? false).toBe(false);
    expect(closed.checkIns[0]!.slots.map((s) => s.state)).not.toContain('overdue');
    // What was recorded stays: the missed check-in is still missed.
    expect(closed.checkIns[0]!.slots[0]!.state).toBe('missed');
    expect(closed.deadlines).toEqual([]);
  });

  it('takes last contact with the victim, not the later preventive talk', () => {
    const f = facts();
    expect(f.lastContactId).toBe('intake');
    expect(lastContactDay(f)).toBe('2026-01-12');
  });

  it('shows the missed check-in and the next one due', () => {
    const f = facts();
    const [schedule] = f.checkIns;
    expect(schedule!.slots.map((s) => [s.dueOn, s.state])).toEqual([
      ['2026-02-09', 'missed'],
      // The next window opened the day after the last one was due.
      ['2026-03-09', 'due'],
      ['2026-04-09', 'upcoming'],
    ]);
    expect(f.missedCheckIns).toMatchObject([{ orderEntryId: 'sr', dueOn: '2026-02-09', answered: false }]);
    expect(f.deadlines.map((d) => [d.date, d.kind])).toContainEqual(['2026-02-09', 'check-in-missed']);
  });

  it('agrees with the stored summary on everything the list and deadlines page show', () => {
    const f = facts();
    const s = summariseCase({
      previous: testSummary(),
      added: story,
      relevant: story,
    });
    expect(s.riskLevel).toBe(f.risk?.level);
    expect(s.lastAssessmentAt).toBe(f.risk?.occurredAt);
    expect(s.lastContactAt).toBe(f.lastContact?.occurredAt);
    expect(s.openActions).toBe(f.openActions.length);
    expect(openItems(s, TODAY, null)).toEqual(f.deadlines);
  });

  it('computes from what it is given: a print without the internal intake has an older last contact', () => {
    const withoutIntake = story.filter((x) => x.id !== 'intake');
    expect(facts(withoutIntake).lastContactId).toBe('co');
  });
});

describe('caseFacts: actions, views and the assessment behind the level', () => {
  const meeting: Entry = {
    ...e(
      'meeting-discussion',
      { victimViews: 'Wants him to stay away; will not go to a shelter' },
      'md',
      '2026-01-28',
    ),
    basis: { kind: 'reported', by: 'Crisis centre psychologist' },
  };
  const agreed = e(
    'action-assigned',
    {
      action: 'Check the children at school',
      ownerAgency: 'education-guardianship',
      ownerPerson: '  A. Ospanova ',
      dueOn: '2026-02-05',
      meetingEntryId: 'md',
    },
    'a3',
    '2026-01-28',
  );
  const done = e('action-done', { actionEntryId: 'a1' }, 'd1', '2026-01-21');
  const impossible = e(
    'action-done',
    { actionEntryId: 'a3', outcome: 'not-possible', reason: 'The family moved to another school district' },
    'd3',
    '2026-02-06',
  );
  const all = [...story, meeting, agreed, done, impossible];

  it('closes an action found not possible, as one done, and keeps the reason in the register', () => {
    const f = facts(all);
    expect(f.openActions.map((a) => a.originalId)).toEqual(['a2']);
    expect(f.actions.map((a) => [a.originalId, a.status.state])).toEqual([
      ['a1', 'done'],
      ['a3', 'not-possible'],
      ['a2', 'open'],
    ]);
    expect(f.actions[1]).toMatchObject({
      ownerPerson: 'A. Ospanova',
      meetingEntryId: 'md',
      status: { reason: 'The family moved to another school district', at: at('2026-02-06') },
    });
  });

  it('names the named person and the meeting of an open action', () => {
    const f = facts([...story, meeting, agreed]);
    expect(f.openActions.find((a) => a.originalId === 'a3')).toMatchObject({
      ownerPerson: 'A. Ospanova',
      meetingEntryId: 'md',
      overdue: true,
    });
  });

  it('names the owner agency an action holds, and only its kind on an older entry', () => {
    const shelter = {
      id: '01900000-0000-7000-8000-0000000000c1',
      kind: 'crisis-centre',
      name: 'Кризисный центр «Шаңырақ»',
    };
    const named = e(
      'action-assigned',
      {
        action: 'Place in the shelter',
        ownerAgency: 'crisis-centre',
        ownerAgencyRef: [shelter.id, shelter.kind, shelter.name],
        dueOn: '2026-02-15',
      },
      'a4',
      '2026-02-01',
    );
    const f = facts([...story, named]);
    expect(f.openActions.find((a) => a.originalId === 'a4')).toMatchObject({
      ownerAgency: 'crisis-centre',
      ownerAgencyRef: shelter,
    });
    expect(f.actions.find((a) => a.originalId === 'a4')?.ownerAgencyRef).toEqual(shelter);
    expect(f.openActions.find((a) => a.originalId === 'a1')?.ownerAgencyRef).toBeNull();
    // A value that is not an agency (a damaged or foreign entry) reads as none, not as a crash.
    const odd = { ...named, id: 'a5' as EntryId, fields: { ...named.fields, ownerAgencyRef: ['x', 'y'] } };
    expect(facts([...story, odd]).openActions.find((a) => a.originalId === 'a5')?.ownerAgencyRef).toBeNull();
  });

  it('gives the victim’s views as last reported to a meeting, and who reported them', () => {
    const earlier: Entry = e('meeting-discussion', { victimViews: 'Older view' }, 'md0', '2026-01-05');
    const silent = e('meeting-discussion', {}, 'md2', '2026-02-01');
    expect(facts([...story, earlier, meeting, silent]).victimViews).toEqual({
      text: 'Wants him to stay away; will not go to a shelter',
      entryId: 'md',
      at: at('2026-01-28'),
      reportedBy: 'Crisis centre psychologist',
    });
    expect(facts().victimViews).toBeNull();
  });

  it('gives the factors answered yes on the assessment the level rests on, critical first, and its author', () => {
    const ra = e(
      'risk-assessment',
      { 'q.victim-fear': 'yes', 'q.strangulation': 'yes', 'q.weapons': 'no', level: 'high' },
      'ra3',
      '2026-02-01',
    );
    const f = facts([...story, ra]);
    expect(f.riskFactors).toEqual(['strangulation', 'victim-fear']);
    expect(f.riskAssessedBy).toEqual(ra.author);
    expect(facts(story.filter((x) => x.kind !== 'risk-assessment')).riskFactors).toEqual([]);
  });
});

describe('riskDirection', () => {
  it('is rising, falling or steady by the last two levels, null with fewer', () => {
    expect(riskDirection([{ level: 'high' }, { level: 'medium' }])).toBe('falling');
    expect(riskDirection([{ level: 'standard' }, { level: 'medium' }, { level: 'medium' }])).toBe('steady');
    expect(riskDirection([{ level: 'high' }])).toBeNull();
  });
});

describe('datedFacts', () => {
  it('asks for no reassessment once an assessment follows the injury', () => {
    expect(datedFacts(eff(story)).reassessment).toBeNull();
    const early = story.filter((x) => x.id !== 'ra1' && x.id !== 'ra2');
    expect(datedFacts(eff(early)).reassessment).toMatchObject({
      dueOn: '2026-01-03',
      trigger: { entryId: 'inc' },
    });
  });
});

describe('changesSince', () => {
  const meeting = at('2026-01-15', '15:00');

  it('tells what is new since the last meeting: risk rose, a missed check-in, new kinds', () => {
    const c = changesSince(eff(story), meeting);
    expect(c.risk).toEqual({ from: 'medium', to: 'high', rose: true, fell: false });
    expect(c.missedCheckIns).toEqual(['miss']);
    expect(c.breaches).toEqual([]);
    expect(c.newByKind).toEqual({ 'preventive-talk': 1, 'risk-assessment': 1, 'check-in': 1 });
    expect(c.newCount).toBe(3);
    expect(c.needsAttention).toBe(true);
  });

  it('counts an incident written down after the meeting even though it happened before', () => {
    const late: Entry = {
      ...e('incident', { weapon: true }, 'late', '2026-01-14'),
      recordedAt: at('2026-01-16'),
    };
    const c = changesSince(eff([...story, late]), meeting);
    expect(c.incidents).toEqual(['late']);
    expect(c.seriousIncidents).toEqual(['late']);
  });

  it('sees nothing needing attention when only routine work happened', () => {
    const quiet = story.filter((x) => !['ra2', 'miss'].includes(x.id));
    const c = changesSince(eff(quiet), meeting);
    expect(c).toMatchObject({ needsAttention: false, risk: { from: 'medium', to: 'medium', rose: false } });
  });

  it('takes a first assessment as a rise, and a voided breach as nothing', () => {
    const breach = e('order-breached', { orderEntryId: 'po' }, 'b', '2026-01-20');
    const voidB: Entry = {
      ...breach,
      id: 'b-void' as EntryId,
      correction: { supersedes: breach.id, action: 'void', reason: 'wrong case' },
      recordedAt: at('2026-01-21'),
    };
    const c = changesSince(
      effectiveEntries([e('risk-assessment', { level: 'standard' }, 'r', '2026-01-20'), breach, voidB]),
      meeting,
    );
    expect(c.risk).toMatchObject({ from: null, to: 'standard', rose: true });
    expect(c.breaches).toEqual([]);
  });
});
