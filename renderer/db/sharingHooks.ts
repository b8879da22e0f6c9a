/**
 * Live data for the sharing screens: the partner directory, the bundles of a case or of the
 * office, and a case's links to other agencies' ids and references. Rows are watched with
 * liveQuery and decoded outside it (hooks.ts explains why).
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './db';
import { useDecoded } from './hooks';
import { type CaseLink } from './caseLinkRepo';
import { openPartnerRow, type Partner } from './partnerRepo';
import type { ShareRecord } from './shareLog';

/** Every partner, by name; undefined while loading. */
export function usePartners(): readonly Partner[] | undefined {
  const rows = useLiveQuery(() => db().partners.toArray(), []);
  const partners = useDecoded(rows, openPartnerRow);
  return useMemo(
    () => partners && [...partners].sort((a, b) => a.agency.name.localeCompare(b.agency.name)),
    [partners],
  );
}

/** The bundles of one local case, newest first. */
export function useCaseShares(caseId: string): readonly ShareRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (await db().shares.where('caseId').equals(caseId).toArray()).sort((a, b) => (a.at < b.at ? 1 : -1)),
    [caseId],
  );
}

/** The office's latest bundles, newest first. */
export function useRecentShares(limit: number): readonly ShareRecord[] | undefined {
  return useLiveQuery(
    async () => (await db().shares.toArray()).sort((a, b) => (a.at < b.at ? 1 : -1)).slice(0, limit),
    [limit],
  );
}

/** The other agencies' ids and references of a local case. */
export function useCaseLinks(caseId: string): readonly CaseLink[] | undefined {
  return useLiveQuery(
    async () =>
      (await db().caseLinks.where('localCaseId').equals(caseId).toArray()).map(
        ({ key: _key, ...link }) => link,
      ),
    [caseId],
  );
}
