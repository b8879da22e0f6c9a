/**
 * The ONE source of "named agencies" for every audience picker (a print's audience, an entry
 * restricted to named agencies, a meeting's invitations): the whole partner directory, plus the
 * agencies already on the case (one may have written on it without being a partner here), never
 * this office itself. Meetings add this office, which may chair or be invited
 * (features/meetings/agencySource.ts).
 */
import { useMemo } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { useIdentity } from '../../app/identityContext';
import { partnerRef } from '../../db/partnerRepo';
import { usePartners } from '../../db/sharingHooks';

/** The directory's agencies, then `onCase` not among them, without this office; by name. */
export function usePartnerAgencies(onCase: readonly AgencyRef[] = []): readonly AgencyRef[] {
  const partners = usePartners();
  const { identity } = useIdentity();
  const own = identity.agency.id;
  return useMemo(() => {
    const byId = new Map<string, AgencyRef>();
    for (const p of partners ?? []) byId.set(p.id, partnerRef(p));
    for (const a of onCase) if (!byId.has(a.id)) byId.set(a.id, a);
    byId.delete(own);
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [partners, onCase, own]);
}
