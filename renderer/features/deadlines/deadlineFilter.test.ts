import { describe, expect, it } from 'vitest';
import type { CaseId } from '../../../shared/ids';
import { testSummary } from '../../../shared/domain/testEntries.testkit';
import type { CaseStatus, DatedItem } from '../../../shared/domain/types';
import type { CaseView } from '../../db/caseRows';
import { NO_FILTER, filterGroups } from './deadlineFilter';
import { deadlineGroups, dueTodayCount } from './deadlineList';

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
const cases = [
  view('A', 'open', [
    action('2026-03-10', 'a1', 'police'),
    action('2026-03-14', 'a2', 'crisis-centre'),
    { date: '2026-03-13', kind: 'measure-expires', label: 'protective-order', sourceEntryId: 'o1' },
  ]),
  view('B', 'monitoring', [action('2026-03-12', 'b1', 'police')]),
  view('C', 'closed', [action('2026-03-01', 'c1', 'police'), action('2026-03-12', 'c2', 'police')]),
];
const facts = {
  ownerPerson: (id: string) => ({ a1: 'Нурланов Н.', a2: 'Ахметова Д.' })[id] ?? '',
  meetingOf: (id: string) => (id === 'a1' || id === 'b1' ? 'm1' : null),
};
const ids = (g: ReturnType<typeof deadlineGroups>) =>
  g.flatMap((x) => x.rows.map((r) => r.item.sourceEntryId));

describe('the deadlines page', () => {
  it('never lists a closed case’s items, so never as overdue, nor counts them as due today', () => {
    const groups = deadlineGroups(cases, TODAY, 7);
    expect(ids(groups)).toEqual(['a1', 'b1', 'o1', 'a2']);
    expect(groups[0]).toMatchObject({ key: 'overdue' });
    expect(dueTodayCount(cases, TODAY)).toBe(1);
  });

  it('filters by owner, named person and meeting; those filters show actions only', () => {
    const groups = deadlineGroups(cases, TODAY, 7);
    expect(ids(filterGroups(groups, NO_FILTER, facts))).toEqual(['a1', 'b1', 'o1', 'a2']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, owner: 'police' }, facts))).toEqual(['a1', 'b1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, person: ' ахметова ' }, facts))).toEqual(['a2']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, meeting: 'm1' }, facts))).toEqual(['a1', 'b1']);
    expect(ids(filterGroups(groups, { ...NO_FILTER, meeting: 'none' }, facts))).toEqual(['a2']);
    const some = filterGroups(groups, { ...NO_FILTER, owner: 'crisis-centre' }, facts);
    expect(some.map((g) => g.key)).toEqual(['2026-03-14']);
  });
});
