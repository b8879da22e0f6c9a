import { describe, expect, it } from 'vitest';
import type { ActionId, AgencyId, CaseId, MeetingId, PersonId } from '../../shared/ids';
import type { AgencyRef } from '../../shared/domain/agencies';
import { addAction, addToAgenda, newMeeting, type Meeting } from '../../shared/domain/meeting';
import { eff, testEntry } from '../../shared/domain/testEntries.testkit';
import type { Entry, Person } from '../../shared/domain/types';
import { caseSummaryModel, timelineOf } from './caseSummaryModel';
import { meetingDocCases, registerRows, type MeetingCaseData } from './meetingDocModel';
import { EMPTY_PERSON_DETAILS } from '../../shared/domain/person';

const agency = (kind: AgencyRef['kind'], name: string): AgencyRef => ({
  id: `${kind}-1` as AgencyId,
  name,
  kind,
});
const POLICE = agency('police', 'УП');
const HEALTH = agency('health', 'Поликлиника');
const SOCIAL = agency('social-protection', 'Соцзащита');
const at = (day: string, time = '10:00') => `${day}T${time}:00+05:00`;
const by = (e: Entry, a: AgencyRef): Entry => ({ ...e, author: { name: 'Staff', agency: a } });
const entry = (
  kind: Entry['kind'],
  id: string,
  day: string,
  over: Partial<Entry> = {},
  fields = {},
): Entry => ({
  ...testEntry(kind, fields, { id, at: at(day) }),
  recordedAt: at(day, '12:00'),
  ...over,
});

const victim: Person = {
  ...EMPTY_PERSON_DETAILS,
  id: 'p' as PersonId,
  caseId: 'c1' as CaseId,
  role: 'victim',
  name: 'Гүлнар Әбенова',
  birthDate: null,
  phone: '+7 701 555 12 34',
  address: 'ул. Абая 12',
  notes: '',
};
// An internal breach must not make the case "breached" for partners, nor show in a pack for them.
const entries: Entry[] = [
  by(entry('incident', 'old', '2026-01-05'), POLICE),
  entry('order-breached', 'breach', '2026-03-01', { confidentiality: { level: 'internal' } }),
  by(
    entry('medical-exam', 'exam', '2026-03-02', {
      confidentiality: { level: 'restricted', agencies: [POLICE] },
    }),
    HEALTH,
  ),
  entry('note', 'late', '2026-02-01', { recordedAt: at('2026-03-03') }),
  entry('callout', 'call', '2026-03-04', {}, { visitType: 'call-out' }),
];
const data = new Map<string, MeetingCaseData>([
  ['c1', { caseId: 'c1', status: 'open', persons: [victim], effective: eff(entries) }],
]);
const SINCE = at('2026-02-12');

function meeting(): Meeting {
  const m = newMeeting(
    'm' as MeetingId,
    { heldOn: '2026-03-12', startsAt: '10:00', place: '', chair: POLICE, invited: [HEALTH, SOCIAL] },
    { name: 'A', at: at('2026-03-01') },
  );
  const withCase = { ...m, ...addToAgenda(m, [{ caseId: 'c1' as CaseId, reference: 'POL-1', reasons: [] }]) };
  return {
    ...withCase,
    ...addAction(withCase, 'c1', 'a1' as ActionId, {
      text: 'Проверить',
      owner: HEALTH,
      ownerPerson: '',
      dueOn: '2026-03-20',
    }),
  };
}
const opts = (audience: Parameters<typeof meetingDocCases>[2]['audience']) => ({
  audience,
  today: '2026-03-12',
  now: at('2026-03-12', '23:59'),
  soonDays: 7,
  since: SINCE,
});

describe('meetingDocCases', () => {
  it('builds each copy from what its reader may read: facts, reasons and what changed', () => {
    const [forMeeting] = meetingDocCases(meeting(), data, opts({ kind: 'meeting' }));
    expect(forMeeting!.newEntries.map((e) => e.id)).toEqual(['call']);
    expect(forMeeting!.reasons.map((r) => r.kind)).toEqual(['callout']);
    expect(forMeeting!.redacted).toMatchObject({ withheld: 2, withheldInternal: 1, withheldRestricted: 1 });
    expect(forMeeting!.victimName).toBe('Гүлнар Әбенова');
    const [forHealth] = meetingDocCases(meeting(), data, opts({ kind: 'agency', agency: HEALTH }));
    expect(forHealth!.newEntries.map((e) => e.id)).toEqual(['exam', 'call']);
    const [own] = meetingDocCases(meeting(), data, opts({ kind: 'own' }));
    expect(own!.newEntries.map((e) => e.id)).toEqual(['breach', 'exam', 'call']);
    expect(own!.reasons.map((r) => r.kind)).toEqual(['breach', 'callout']);
  });

  it('counts what was recorded since the last meeting about earlier events, without listing it', () => {
    const [c] = meetingDocCases(meeting(), data, opts({ kind: 'meeting' }));
    expect(c!.lateEntries).toEqual({ count: 1, oldest: at('2026-02-01') });
  });

  it('keeps a case that could not be read in its place, empty', () => {
    const [c] = meetingDocCases(meeting(), new Map(), opts({ kind: 'meeting' }));
    expect(c).toMatchObject({ found: false, victimName: '', newEntries: [] });
  });
});

describe('the minutes’ reasons', () => {
  // The chair added the case for a breach and a call-out, as everything on this desktop showed.
  const stored = (): Meeting => {
    const m = newMeeting(
      'm2' as MeetingId,
      { heldOn: '2026-03-12', startsAt: '10:00', place: '', chair: POLICE, invited: [HEALTH, SOCIAL] },
      { name: 'A', at: at('2026-03-01') },
    );
    return {
      ...m,
      ...addToAgenda(m, [
        {
          caseId: 'c1' as CaseId,
          reference: 'POL-1',
          reasons: [
            { kind: 'breach', at: at('2026-03-01') },
            { kind: 'callout', at: at('2026-03-04') },
          ],
        },
      ]),
    };
  };
  // A shared breach after the meeting: not why the case was discussed.
  const after = new Map<string, MeetingCaseData>([
    [
      'c1',
      {
        ...data.get('c1')!,
        effective: eff([...entries, entry('order-breached', 'after', '2026-03-13')]),
      },
    ],
  ]);
  const minutes = (audience: Parameters<typeof meetingDocCases>[2]['audience']) =>
    meetingDocCases(stored(), after, {
      ...opts(audience),
      today: '2026-03-20',
      now: at('2026-03-20', '23:59'),
      held: { day: '2026-03-12', at: at('2026-03-12') },
    })[0]!.minutesReasons;

  it('gives a partner’s copy no reason that only an entry it may not read gave', () => {
    expect(minutes({ kind: 'agency', agency: HEALTH })).toEqual([{ kind: 'callout', at: at('2026-03-04') }]);
    expect(minutes({ kind: 'meeting' }).map((r) => r.kind)).toEqual(['callout']);
  });

  it('gives this agency’s own copy every reason the chair brought the case for, as the meeting began', () => {
    expect(minutes({ kind: 'own' })).toEqual([
      { kind: 'breach', at: at('2026-03-01') },
      { kind: 'callout', at: at('2026-03-04') },
    ]);
  });
});

describe('registerRows', () => {
  it('gives each agreed action its status: open before it is written, then from its case', () => {
    const m = meeting();
    const cases = meetingDocCases(m, data, opts({ kind: 'meeting' }));
    expect(registerRows(m, cases, '2026-03-20').map((r) => r.status)).toEqual(['open']);
    expect(registerRows(m, cases, '2026-03-21').map((r) => r.status)).toEqual(['overdue']);
    const written: Meeting = {
      ...m,
      timeline: {
        c1: {
          discussion: { original: 'd', current: 'd' },
          actions: { a1: { original: 'act', current: 'act' } },
        },
      },
    };
    const closed = [
      ...entries,
      entry(
        'action-assigned',
        'act',
        '2026-03-12',
        {},
        { action: 'Проверить', ownerAgency: 'health', dueOn: '2026-03-20' },
      ),
      entry(
        'action-done',
        'done',
        '2026-03-15',
        {},
        { actionEntryId: 'act', outcome: 'not-possible', reason: 'Переехали' },
      ),
    ];
    const withDone = new Map([['c1', { ...data.get('c1')!, effective: eff(closed) }]]);
    const rows = registerRows(
      written,
      meetingDocCases(written, withDone, opts({ kind: 'meeting' })),
      '2026-03-21',
    );
    expect(rows.map((r) => [r.status, r.reason])).toEqual([['not-possible', 'Переехали']]);
  });
});

describe('caseSummaryModel', () => {
  const base: Omit<Parameters<typeof caseSummaryModel>[0], 'options'> = {
    status: 'open',
    caseId: 'c1' as CaseId,
    reference: 'POL-1',
    persons: [victim],
    effective: eff(entries),
    today: '2026-03-12',
    now: at('2026-03-12', '23:59'),
    soonDays: 7,
    referral: { kind: 'now' as const, since: SINCE },
  };

  it('prints the range asked for, in the order asked for, of what the audience may read', () => {
    const m = caseSummaryModel({
      ...base,
      options: {
        audience: { kind: 'meeting' },
        range: { kind: 'since', date: '2026-02-01' },
        order: 'newest',
        leaveOut: new Set(),
      },
    });
    expect(m.timeline.map((e) => e.id)).toEqual(['call', 'late']);
    expect(m.readable).toBe(3);
    expect(m.reasons.map((r) => r.kind)).toEqual(['callout']);
    expect(m.redacted.persons[0]!.phone).toBe('');
  });

  it('takes "since the last meeting" as happened or recorded after it, and leaves out what the user chose', () => {
    const range = { kind: 'since-meeting' as const, heldOn: '2026-02-12', at: SINCE };
    const m = caseSummaryModel({
      ...base,
      options: { audience: { kind: 'own' }, range, order: 'oldest', leaveOut: new Set(['call']) },
    });
    expect(m.timeline.map((e) => e.id)).toEqual(['late', 'breach', 'exam']);
    expect(m.redacted.leftOut).toBe(1);
  });

  it('prints nothing overdue on a closed case', () => {
    const late = entry(
      'action-assigned',
      'act',
      '2026-03-01',
      {},
      { action: 'Проверить', ownerAgency: 'health', dueOn: '2026-03-05' },
    );
    const options = {
      audience: { kind: 'own' as const },
      range: { kind: 'all' as const },
      order: 'oldest' as const,
      leaveOut: new Set<string>(),
    };
    const effective = eff([...entries, late]);
    const open = caseSummaryModel({ ...base, effective, options });
    expect(open.facts.openActions.map((a) => a.overdue)).toEqual([true]);
    const closed = caseSummaryModel({ ...base, status: 'closed', effective, options });
    expect(closed.facts.openActions.map((a) => a.overdue)).toEqual([false]);
  });

  it('orders equal times the same way every time', () => {
    const same = eff([entry('note', 'b', '2026-03-01'), entry('note', 'a', '2026-03-01')]);
    expect(timelineOf(same, { kind: 'all' }, 'oldest').map((e) => e.id)).toEqual(['a', 'b']);
    expect(timelineOf(same, { kind: 'all' }, 'newest').map((e) => e.id)).toEqual(['b', 'a']);
  });
});
