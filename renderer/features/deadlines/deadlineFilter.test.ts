import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, MeetingId } from '../../../shared/ids';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { newMeeting, type Meeting } from '../../../shared/domain/meeting';
import { testSummary } from '../../../shared/domain/testEntries.testkit';
import type { CaseStatus, DatedItem } from '../../../shared/domain/types';
import type { CaseView } from '../../db/caseRows';
import { NO_FILTER, filterGroups, ownerChoices } from './deadlineFilter';
import { deadlineGroups, dueTodayCount } from './deadlineList';
import { meetingsInWindow } from './deadlineMeetings';

const TODAY = '2026-03-12';
const view = (id: string, status: CaseStatus, deadlines: DatedItem[]): CaseView => ({
  id: id as CaseId,
  reference: id,
  status,
  closedReason: '',
  ownerAgency: { id: 'a' as CaseView['ownerAgency']['id'], name: 'УП', kind: 'police' },
  createdAt: '2026-01-01T10:00:00+05:00',
  demo: false,
  summary: testSummary({ deadlines }),
  victimName: 'В',
  people: null,
});
const action = (date: string, id: string, owner: string): DatedItem => ({
  date,
  kind: 'action-due',
  label: owner,
  sourceEntryId: id,
});
const crisis = (n: number, name: string): AgencyRef => ({
  id: `01900000-0000-7000-8000-00000000000${n}` as AgencyId,
  kind: 'crisis-centre',
  name,
});
const SHANYRAQ = crisis(1, 'Кризисный центр «Шаңырақ»');
const ZHANUYA = crisis(2, 'Кризисный центр «Жанұя»');
const cases = [
  view('A', 'open', [
    action('2026-03-10', 'a1', 'police'),
    action('2026-03-14', 'a2', 'crisis-centre'),
    action('2026-03-15', 'a3', 'crisis-centre'),
    action('2026-03-16', 'a4', 'crisis-centre'),
    { date: '2026-03-13', kind: 'measure-expires', label: 'protective-order', sourceEntryId: 'o1' },
  ]),
  view('B', 'monitoring', [action('2026-03-12', 'b1', 'police')]),
  view('C', 'closed', [action('2026-03-01', 'c1', 'police'), action('2026-03-12', 'c2', 'police')]),
];
const facts = {
  // a2 and a3 name two crisis centres; a4 is an older entry that holds only the kind.
  ownerAgency: (id: string) => ({ a2: SHANYRAQ, a3: ZHANUYA })[id] ?? null,
  ownerPerson: (id: string) => ({ a1: 'Нурланов Н.', a2: 'Ахметова Д.' })[id] ?? '',
  meetingOf: (id: string) => (id === 'a1' || id === 'b1' ? 'm1' : null),
};
const ids = (g: ReturnType<typeof deadlineGroups>) =>
  g.flatMap((x) => x.rows.map((r) => r.item.sourceEntryId));

describe('the deadlines page', () => {
  it('never lists a closed case’s items, so never as overdue, nor counts them as due today', () => {
    const groups = deadlineGroups(cases, TODAY, 7);
    expect(ids(groups)).toEqual(['a1', 'b1', 'o1', 'a2', 'a3', 'a4']);
    expect(groups[0]).toMatchObject({ key: 'overdue' });
    expect(dueTodayCount(cases, TODAY)).toBe(1);
  });

  it('filters by owner, named person and meeting; those filters show actions only', () => {
    const groups = deadlineGroups(cases, TODAY, 7);
    expect(ids(filterGroups(groups, NO_FILTER, facts))).toEqual(['a1', 'b1', 'o1', 'a2', 'a3', 'a4']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, owner: 'kind:police' }, facts))).toEqual(['a1', 'b1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, person: ' ахметова ' }, facts))).toEqual(['a2']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, meeting: 'm1' }, facts))).toEqual(['a1', 'b1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, meeting: 'none' }, facts))).toEqual(['a2', 'a3', 'a4']);
    const some = filterGroups(groups, { ...NO_FILTER, owner: `agency:${SHANYRAQ.id}` }, facts);
    expect(some.map((g) => g.key)).toEqual(['2026-03-14']);
  });

  it('offers each owner agency by itself: two crisis centres are two owners, an older action its kind', () => {
    const groups = deadlineGroups(cases, TODAY, 7);
    expect(ownerChoices(groups, facts)).toEqual([
      { key: 'kind:police', agency: null, kind: 'police' },
      { key: `agency:${SHANYRAQ.id}`, agency: SHANYRAQ, kind: 'crisis-centre' },
      { key: `agency:${ZHANUYA.id}`, agency: ZHANUYA, kind: 'crisis-centre' },
      { key: 'kind:crisis-centre', agency: null, kind: 'crisis-centre' },
    ]);
    expect(ids(filterGroups(groups, { ...NO_FILTER, owner: `agency:${ZHANUYA.id}` }, facts))).toEqual(['a3']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, owner: 'kind:crisis-centre' }, facts))).toEqual(['a4']);
  });

  it('puts the meetings from today to the window’s end into the calendar, unless a filter shows actions only', () => {
    const meeting = (id: string, heldOn: string, startsAt = ''): Meeting =>
      newMeeting(
        id as MeetingId,
        { heldOn, startsAt, place: 'Акимат', chair: SHANYRAQ, invited: [ZHANUYA] },
        { name: 'Председатель', at: '2026-03-01T10:00:00+05:00' },
      );
    const all = [
      meeting('past', '2026-03-11'),
      meeting('later', '2026-03-19', '15:00'),
      meeting('today', TODAY, '10:00'),
      meeting('beyond', '2026-03-20'),
    ];
    const names = (ms: readonly Meeting[]) => ms.map((m) => m.id);
    expect(names(meetingsInWindow(all, TODAY, 7, NO_FILTER))).toEqual(['today', 'later']);
    expect(names(meetingsInWindow(all, TODAY, 8, NO_FILTER))).toEqual(['today', 'later', 'beyond']);
    expect(names(meetingsInWindow(all, TODAY, 7, { ...NO_FILTER, meeting: 'later' }))).toEqual(['later']);
    expect(meetingsInWindow(all, TODAY, 7, { ...NO_FILTER, meeting: 'none' })).toEqual([]);
    expect(meetingsInWindow(all, TODAY, 7, { ...NO_FILTER, owner: 'kind:police' })).toEqual([]);
    expect(meetingsInWindow(all, TODAY, 7, { ...NO_FILTER, person: 'Нурланов' })).toEqual([]);
  });
});
