import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/domain/types';
import { testSummary } from '../../../shared/domain/testEntries.testkit';
import type { AgencyId, CaseId } from '../../../shared/ids';
import type { CaseView } from '../../db/caseRows';
import { DEFAULT_FILTER, filterAndSort, toRows } from './caseFilter';

const police = { id: 'p' as AgencyId, name: 'Police', kind: 'police' as const };
const crisis = { id: 'c' as AgencyId, name: 'Crisis centre', kind: 'crisis-centre' as const };

function makeCase(
  ref: string,
  victim: string,
  s: Partial<CaseSummary>,
  status: CaseView['status'] = 'open',
  others: CaseView['people'] = [],
): CaseView {
  return {
    id: ref as CaseId,
    reference: ref,
    status,
    closedReason: '',
    ownerAgency: police,
    createdAt: '2026-01-01T10:00:00+05:00',
    demo: false,
    victimName: victim,
    people: [{ role: 'victim', name: victim, aliases: [] }, ...(others ?? [])],
    summary: testSummary({ agencies: [police], ...s }),
  };
}

const today = '2026-11-28';
const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });
const cases = [
  makeCase('POL-2026-0002', 'Айгерим Сейткали', {
    riskLevel: 'high',
    deadlines: [{ date: '2026-12-01', kind: 'action-due', label: 'x', sourceEntryId: 'e' }],
    lastActivityAt: '2026-11-27T10:00:00+05:00',
  }),
  makeCase('POL-2026-0010', 'Елена Ковалёва', {
    riskLevel: 'medium',
    agencies: [police, crisis],
    measures: [
      {
        orderEntryId: 'o',
        measure: 'protective-order',
        startsOn: '2026-11-20',
        endsOn: '2026-12-19',
        endedOn: null,
        breached: false,
      },
    ],
    lastActivityAt: '2026-11-28T09:00:00+05:00',
  }),
  makeCase(
    'POL-2026-0003',
    'Динара Омарова',
    {
      deadlines: [
        { date: '2026-11-20', kind: 'hearing', label: '', sourceEntryId: 'h' },
        // An action that was never marked done before the case closed: history, not overdue.
        { date: '2026-11-25', kind: 'action-due', label: '', sourceEntryId: 'a' },
      ],
    },
    'closed',
    [{ role: 'harm-causer', name: 'Руслан Омаров', aliases: ['Ruslan Omarov'] }],
  ),
];

const refs = (rows: ReturnType<typeof filterAndSort>) => rows.map((r) => r.view.reference);

describe('cases list filter and sort', () => {
  const rows = toRows(cases, today, collator);

  it('derives today’s measures and next deadline (a past hearing has lapsed; a closed case has none)', () => {
    expect(rows.map((r) => [r.activeMeasures, r.nextDeadline])).toEqual([
      [0, '2026-12-01'],
      [1, null],
      [0, null],
    ]);
  });

  it('shows a closed case’s open action as nothing due, never overdue', () => {
    const open = toRows([{ ...cases[2]!, status: 'open' }], today, collator);
    expect(open[0]!.nextDeadline).toBe('2026-11-25');
    expect(rows[2]!.nextDeadline).toBeNull();
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, deadlineDays: 30 }, today))).toEqual([
      'POL-2026-0002',
    ]);
  });

  it('searches the names and other names of everyone on the case, folded as search folds them', () => {
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, text: 'руслан' }, today))).toEqual([
      'POL-2026-0003',
    ]);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, text: 'ruslan omarov' }, today))).toEqual([
      'POL-2026-0003',
    ]);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, text: 'КОВАЛЕВА' }, today))).toEqual([
      'POL-2026-0010',
    ]);
  });

  it('searches reference and victim name, whatever the case of the letters', () => {
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, text: 'айгерим' }, today))).toEqual([
      'POL-2026-0002',
    ]);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, text: '0010' }, today))).toEqual(['POL-2026-0010']);
  });

  it('filters by status, risk, agency and deadline window', () => {
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, status: 'closed' }, today))).toEqual([
      'POL-2026-0003',
    ]);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, risk: 'none' }, today))).toEqual(['POL-2026-0003']);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, agencyId: 'c' }, today))).toEqual(['POL-2026-0010']);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, deadlineDays: 7 }, today))).toEqual([
      'POL-2026-0002',
    ]);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, deadlineDays: 2 }, today))).toEqual([]);
  });

  it('sorts by any column, numbers in references compared as numbers', () => {
    expect(
      refs(filterAndSort(rows, { ...DEFAULT_FILTER, sort: 'reference', descending: false }, today)),
    ).toEqual(['POL-2026-0002', 'POL-2026-0003', 'POL-2026-0010']);
    expect(refs(filterAndSort(rows, { ...DEFAULT_FILTER, sort: 'risk', descending: true }, today))).toEqual([
      'POL-2026-0002',
      'POL-2026-0010',
      'POL-2026-0003',
    ]);
    expect(
      refs(filterAndSort(rows, { ...DEFAULT_FILTER, sort: 'victim', descending: false }, today)),
    ).toEqual(['POL-2026-0002', 'POL-2026-0003', 'POL-2026-0010']);
    expect(refs(filterAndSort(rows, DEFAULT_FILTER, today))[0]).toBe('POL-2026-0010');
  });

  it('keeps cases with nothing due last when sorting by deadline, in both directions', () => {
    for (const descending of [false, true]) {
      expect(
        refs(filterAndSort(rows, { ...DEFAULT_FILTER, sort: 'nextDeadline', descending }, today))[0],
      ).toBe('POL-2026-0002');
    }
  });
});
