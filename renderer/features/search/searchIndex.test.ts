import { describe, expect, it } from 'vitest';
import { testSummary } from '../../../shared/domain/testEntries.testkit';
import type { AgencyId, CaseId } from '../../../shared/ids';
import type { CasePerson, CaseView } from '../../db/caseRows';
import { foldForSearch, searchCases } from './searchIndex';

const police = { id: 'p' as AgencyId, name: 'Police', kind: 'police' as const };

function view(
  reference: string,
  people: readonly CasePerson[] | null,
  status: CaseView['status'] = 'open',
  victimName = people?.find((p) => p.role === 'victim')?.name ?? '',
): CaseView {
  return {
    id: `id-${reference}` as CaseId,
    reference,
    status,
    closedReason: '',
    ownerAgency: police,
    createdAt: '2026-01-01T10:00:00+05:00',
    demo: false,
    victimName,
    people,
    summary: testSummary({ agencies: [police] }),
  };
}

const CASES = [
  view('POL-2026-0001', [
    { role: 'victim', name: 'Гүлназ Жұмабаева', aliases: ['Gulnaz Zhumabayeva'] },
    { role: 'harm-causer', name: 'Нұрлан Жұмабаев', aliases: [] },
    { role: 'child', name: 'Әлихан Жұмабаев', aliases: [] },
  ]),
  view('POL-2026-0002', [
    { role: 'victim', name: 'Елена Ковалёва', aliases: ['Елена Смирнова'] },
    { role: 'harm-causer', name: 'Сергей Ковалёв', aliases: [] },
  ]),
  view(
    'POL-2026-0010',
    [
      { role: 'victim', name: 'Ерлан Сейткали', aliases: [] },
      { role: 'witness', name: 'Айгерим Омарова', aliases: [] },
    ],
    'closed',
  ),
  // Sealed before the header kept everyone's names: only the victim is known until completed.
  view('SOC-2025-0107', null, 'open', 'Айгерим Сейткали'),
];

const refs = (query: string) => searchCases(CASES, query).map((h) => h.reference);

describe('foldForSearch', () => {
  it('folds case, ё and the Kazakh letters a Russian layout lacks, and collapses spaces', () => {
    expect(foldForSearch('  Жұмабаева  Гүлназ ')).toBe('жумабаева гулназ');
    expect(foldForSearch('ӘҒҚҢӨҰҮҺІ Ёлка')).toBe('агкноуухи елка');
  });
});

describe('searchCases', () => {
  it('finds a case by its reference, whole or in part', () => {
    expect(refs('POL-2026-0002')).toEqual(['POL-2026-0002']);
    expect(refs('0107')).toEqual(['SOC-2025-0107']);
  });

  it('finds a case by the name of anyone on it, not only the victim', () => {
    expect(searchCases(CASES, 'Әлихан')[0]).toMatchObject({
      reference: 'POL-2026-0001',
      matched: 'name',
      text: 'Әлихан Жұмабаев',
      role: 'child',
    });
    expect(refs('Сергей')).toEqual(['POL-2026-0002']);
  });

  it('finds a person typed on a Russian layout, in any case, with е for ё', () => {
    expect(refs('жумабаева')).toEqual(['POL-2026-0001']);
    expect(refs('КОВАЛЕВА')).toEqual(['POL-2026-0002']);
  });

  it('finds other names and spellings', () => {
    expect(searchCases(CASES, 'Zhumabayeva')[0]).toMatchObject({
      matched: 'alias',
      text: 'Gulnaz Zhumabayeva',
    });
    expect(searchCases(CASES, 'Смирнова')[0]).toMatchObject({ reference: 'POL-2026-0002', matched: 'alias' });
  });

  it('needs every word in one person: a first name and a family name from different people do not match', () => {
    expect(refs('Ерлан Сейткали')).toEqual(['POL-2026-0010']);
    expect(refs('Айгерим Омарова')).toEqual(['POL-2026-0010']);
    expect(refs('Ерлан Омарова')).toEqual([]);
  });

  it('searches the victim’s name of a case whose header has no names yet', () => {
    expect(refs('Айгерим Сейткали')).toEqual(['SOC-2025-0107']);
  });

  it('matches one or two letters only at the start of a word', () => {
    expect(refs('ко')).toEqual(['POL-2026-0002']);
    expect(refs('ов')).toEqual([]);
  });

  it('ranks the reference first, then names, then other names; open cases before closed', () => {
    const more = [
      ...CASES,
      view('POL-2026-0003', [{ role: 'victim', name: 'Айгерим Ахметова', aliases: [] }]),
    ];
    expect(searchCases(more, 'айгерим').map((h) => h.reference)).toEqual([
      'POL-2026-0003',
      'SOC-2025-0107',
      'POL-2026-0010',
    ]);
  });

  it('answers nothing for an empty query, and at most `limit` hits', () => {
    expect(searchCases(CASES, '   ')).toEqual([]);
    expect(searchCases(CASES, 'pol', 2)).toHaveLength(2);
  });
});
