import { describe, expect, it } from 'vitest';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { testSummary } from '../../../shared/domain/testEntries.testkit';
import type { AgencyId, CaseId } from '../../../shared/ids';
import type { CaseView } from '../../db/caseRows';
import { knownAgencies } from './agencySource';

const police: AgencyRef = { id: 'p' as AgencyId, name: 'Police Almaty', kind: 'police' };
const crisis: AgencyRef = { id: 'c' as AgencyId, name: 'Crisis centre', kind: 'crisis-centre' };
const health: AgencyRef = { id: 'h' as AgencyId, name: 'Polyclinic 4', kind: 'health' };
const guardianship: AgencyRef = { id: 'g' as AgencyId, name: 'Guardianship', kind: 'education-guardianship' };

function caseWith(agencies: readonly AgencyRef[]): CaseView {
  return {
    id: 'case-1' as CaseId,
    reference: 'POL-2026-0001',
    status: 'open',
    closedReason: '',
    ownerAgency: police,
    createdAt: '2026-01-01T10:00:00+05:00',
    demo: false,
    victimName: 'A',
    people: [],
    summary: testSummary({ agencies }),
  };
}

describe('knownAgencies', () => {
  it('offers a partner that has not written on any case yet', () => {
    const ids = knownAgencies([caseWith([police])], police, [health]).map((a) => a.id);
    expect(ids).toContain(health.id);
  });

  it('lists this office, the directory and agencies only on a case, each once', () => {
    const renamed: AgencyRef = { ...crisis, name: 'Crisis centre (old name)' };
    const list = knownAgencies([caseWith([police, renamed, guardianship])], police, [crisis, health, police]);
    expect(list.map((a) => a.id).sort()).toEqual(['c', 'g', 'h', 'p']);
    // The directory's name wins over a name an old case entry carries.
    expect(list.find((a) => a.id === crisis.id)?.name).toBe('Crisis centre');
  });

  it('with no partners and no cases offers this office alone', () => {
    expect(knownAgencies([], police, [])).toEqual([police]);
  });
});
