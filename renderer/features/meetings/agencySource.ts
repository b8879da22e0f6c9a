import { AGENCY_KINDS, type AgencyRef } from '../../../shared/domain/agencies';
import type { CaseView } from '../../db/caseRows';

/**
 * The agencies a meeting can invite, chair, or give an action to. Today: this agency and every
 * agency that has written on a case here. When a partner directory exists (sharing), it becomes
 * the source, here and nowhere else.
 */
export function knownAgencies(cases: readonly CaseView[], own: AgencyRef): AgencyRef[] {
  const byId = new Map<string, AgencyRef>([[own.id, own]]);
  for (const c of cases) for (const a of c.summary.agencies) if (!byId.has(a.id)) byId.set(a.id, a);
  const rank = (a: AgencyRef) => AGENCY_KINDS.indexOf(a.kind);
  return [...byId.values()].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
