import { useMemo } from 'react';
import { AGENCY_KINDS, type AgencyRef } from '../../../shared/domain/agencies';
import type { CaseView } from '../../db/caseRows';
import { usePartnerAgencies } from '../sharing';

/**
 * The agencies a meeting can invite, chair, or give an action to: this office, the whole
 * partner directory, and any agency that has written on a case here without being a partner.
 * Each once (by id), ordered by kind, then name.
 */
export function knownAgencies(
  cases: readonly CaseView[],
  own: AgencyRef,
  partners: readonly AgencyRef[],
): AgencyRef[] {
  const byId = new Map<string, AgencyRef>([[own.id, own]]);
  for (const p of partners) if (!byId.has(p.id)) byId.set(p.id, p);
  for (const c of cases) for (const a of c.summary.agencies) if (!byId.has(a.id)) byId.set(a.id, a);
  const rank = (a: AgencyRef) => AGENCY_KINDS.indexOf(a.kind);
  return [...byId.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

// A stable empty list: the partner hook memoises on it.
const NONE_ON_CASE: readonly AgencyRef[] = [];

/** {@link knownAgencies} with the partner directory read live, for the meeting pages. */
export function useKnownAgencies(cases: readonly CaseView[] | undefined, own: AgencyRef): AgencyRef[] {
  const partners = usePartnerAgencies(NONE_ON_CASE);
  return useMemo(() => knownAgencies(cases ?? [], own, partners), [cases, own, partners]);
}
