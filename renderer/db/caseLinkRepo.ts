/**
 * Which local case a bundle is about, and the other agencies' ids and references of a local
 * case (schema/v5.ts `caseLinks`). A case keeps one id wherever a bundle created it: the
 * receiving office takes the sender's case id for the new local case, so later bundles match it
 * by id. Links are for a case two offices opened on their own before they knew of each other:
 * the person receiving says which local case it is, and from then on the other office's id
 * leads to it. The other office's reference is kept as an alias either way.
 */
import type { Instant } from '../../shared/dates';
import type { AgencyRef } from '../../shared/domain/agencies';
import type { CaseId } from '../../shared/ids';
import { db } from './db';
import type { CaseLinkRowV5 } from './schema/v5';

/** How a bundle's case was found here. */
export type CaseMatch = {
  readonly localCaseId: CaseId;
  /** 'same-id': a local case has the bundle's id (or one of its other ids); 'linked': a link leads
   * to it; 'alias': the sender's reference is an alias of it (offered, to be confirmed). */
  readonly how: 'same-id' | 'linked' | 'alias';
};

export type CaseLink = Readonly<Omit<CaseLinkRowV5, 'key'>>;

/** The local case a bundle from `senderId` about `bundleCase` is, if any. */
export async function matchCase(
  bundleCase: { readonly id: string; readonly reference: string; readonly otherIds: readonly string[] },
  senderId: string,
): Promise<CaseMatch | null> {
  const d = db();
  const ids = [bundleCase.id, ...bundleCase.otherIds];
  const own = (await d.cases.bulkGet(ids)).find((c) => c !== undefined);
  if (own) return { localCaseId: own.id as CaseId, how: 'same-id' };
  for (const id of ids) {
    const link = await d.caseLinks.where('caseId').equals(id).first();
    if (link) return { localCaseId: link.localCaseId as CaseId, how: 'linked' };
  }
  const alias = await d.caseLinks
    .where('[agencyId+reference]')
    .equals([senderId, bundleCase.reference])
    .first();
  return alias ? { localCaseId: alias.localCaseId as CaseId, how: 'alias' } : null;
}

/** The link rows that record a bundle's case ids and the sender's reference under a local case. */
export function linkRows(
  bundleCase: { readonly id: string; readonly reference: string; readonly otherIds: readonly string[] },
  sender: AgencyRef,
  localCaseId: string,
  at: Instant,
): CaseLinkRowV5[] {
  const own: CaseLinkRowV5 = {
    key: `${bundleCase.id} ${sender.id}`,
    caseId: bundleCase.id,
    localCaseId,
    agencyId: sender.id,
    agency: { id: sender.id, name: sender.name, kind: sender.kind },
    reference: bundleCase.reference,
    at,
  };
  // The sender's other ids are other agencies' ids it linked; their references are not known here.
  const others = bundleCase.otherIds
    .filter((id) => id !== localCaseId && id !== bundleCase.id)
    .map((id): CaseLinkRowV5 => ({
      key: `${id} `,
      caseId: id,
      localCaseId,
      agencyId: '',
      agency: own.agency,
      reference: '',
      at,
    }));
  return [own, ...others];
}

/** The other agencies' ids and references of a local case. */
export async function linksOf(localCaseId: string): Promise<CaseLink[]> {
  const rows = await db().caseLinks.where('localCaseId').equals(localCaseId).toArray();
  return rows.map(({ key: _key, ...link }) => link);
}

/** The ids other agencies give a local case (not its own): what a bundle names as `otherIds`. */
export async function otherIdsOf(localCaseId: string): Promise<CaseId[]> {
  const links = await linksOf(localCaseId);
  return [...new Set(links.map((l) => l.caseId).filter((id) => id !== localCaseId))] as CaseId[];
}
