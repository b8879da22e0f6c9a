/**
 * The partner directory: agencies this office trusts, each with the key it signs with (trust on
 * first use). A row exists only after a person here compared the fingerprint with the partner,
 * by phone, and said so; every decision about a key (trusted, a new key accepted, a key refused)
 * is kept in the row and written to the audit log in the same transaction.
 */
import type { Instant } from '../../shared/dates';
import type { AgencyRef } from '../../shared/domain/agencies';
import type { AgencyId } from '../../shared/ids';
import { appendAudit, auditRow, type Actor } from './audit';
import { codec } from './codec';
import { db, type CaselineDb } from './db';
import type { PartnerAgencyV5, PartnerKeyV5, PartnerRowV5 } from './schema/v5';

/** Whom to call at a partner agency (to compare the fingerprint, and about cases). */
export type PartnerContact = { readonly name: string; readonly phone: string; readonly email: string };

export const NO_CONTACT: PartnerContact = { name: '', phone: '', email: '' };

export type PartnerKey = Readonly<PartnerKeyV5>;

export type Partner = {
  readonly id: AgencyId;
  readonly agency: Readonly<PartnerAgencyV5>;
  readonly contact: PartnerContact;
  readonly key: PartnerKey;
  readonly previousKeys: readonly (PartnerKey & { readonly replacedAt: Instant })[];
  readonly refusedKeys: readonly PartnerKey[];
  readonly source: 'card' | 'bundle';
  readonly firstSeenAt: Instant;
};

/** An agency and the key it presents, as a partner card or a bundle's sender gives them. */
export type Presented = {
  readonly agency: PartnerAgencyV5;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly contact?: PartnerContact;
};

/** What this office knows of an agency presenting a key. */
export type KeyCheck =
  /** Trusted: the agency and this very key. */
  | { readonly kind: 'trusted'; readonly partner: Partner }
  /** Never seen: show the fingerprint to compare by phone, and ask. */
  | { readonly kind: 'new' }
  /** A known agency with another key: a strong warning, and nothing merges until decided. */
  | { readonly kind: 'changed'; readonly partner: Partner }
  /** A key refused here before. */
  | { readonly kind: 'refused'; readonly partner: Partner };

/** A directory row as screens use it (the contact decoded). */
export async function openPartnerRow(row: PartnerRowV5): Promise<Partner> {
  return {
    id: row.id as AgencyId,
    agency: row.agency,
    contact: await codec().open<PartnerContact>(row.sealed),
    key: row.key,
    previousKeys: row.previousKeys,
    refusedKeys: row.refusedKeys,
    source: row.source,
    firstSeenAt: row.firstSeenAt,
  };
}

/** Every partner, by name. */
export async function listPartners(): Promise<Partner[]> {
  const rows = await db().partners.toArray();
  const partners = await Promise.all(rows.map(openPartnerRow));
  return partners.sort((a, b) => a.agency.name.localeCompare(b.agency.name));
}

export async function getPartner(id: string): Promise<Partner | null> {
  const row = await db().partners.get(id);
  return row ? openPartnerRow(row) : null;
}

/** What this office knows of `agencyId` signing with the key of `fingerprint`. */
export async function checkKey(agencyId: string, fingerprint: string): Promise<KeyCheck> {
  const partner = await getPartner(agencyId);
  if (!partner) return { kind: 'new' };
  if (partner.key.fingerprint === fingerprint) return { kind: 'trusted', partner };
  if (partner.refusedKeys.some((k) => k.fingerprint === fingerprint)) return { kind: 'refused', partner };
  return { kind: 'changed', partner };
}

/** The agency as entries and audience pickers name it. */
export function partnerRef(p: Pick<Partner, 'agency'>): AgencyRef {
  return { id: p.agency.id, name: p.agency.name, kind: p.agency.kind };
}

/**
 * Adds an agency this office has not known, trusting the key it presents: a person compared
 * the fingerprint with the partner. Refuses (RangeError) an agency already in the directory.
 */
export async function trustPartner(
  presented: Presented,
  source: 'card' | 'bundle',
  actor: Actor,
  at: Instant,
): Promise<void> {
  const d = db();
  const sealed = await codec().seal(presented.contact ?? NO_CONTACT);
  const row: PartnerRowV5 = {
    id: presented.agency.id,
    agency: presented.agency,
    key: {
      publicKey: presented.publicKey,
      fingerprint: presented.fingerprint,
      decidedAt: at,
      decidedBy: actor.name,
    },
    previousKeys: [],
    refusedKeys: [],
    source,
    firstSeenAt: at,
    sealed,
  };
  await d.transaction('rw', d.partners, d.audit, async () => {
    if (await d.partners.get(row.id)) throw new RangeError('This agency is already a partner');
    await d.partners.add(row);
    await appendAudit(
      [auditRow(actor, at, 'partner-trusted', null, `${presented.agency.name} ${presented.fingerprint}`)],
      d,
    );
  });
}

/**
 * Records a person's decision about a key a known agency presents instead of the one trusted
 * here: 'accept' makes it the agency's key (the old one kept as replaced), 'refuse' keeps it out
 * (what it signs is refused from then on).
 */
export async function decideNewKey(
  agencyId: string,
  presented: Presented,
  decision: 'accept' | 'refuse',
  actor: Actor,
  at: Instant,
): Promise<void> {
  const d = db();
  const key: PartnerKeyV5 = {
    publicKey: presented.publicKey,
    fingerprint: presented.fingerprint,
    decidedAt: at,
    decidedBy: actor.name,
  };
  await d.transaction('rw', d.partners, d.audit, async () => {
    const row = await d.partners.get(agencyId);
    if (!row) throw new RangeError('Unknown partner');
    if (decision === 'accept') {
      await d.partners.put({
        ...row,
        agency: presented.agency,
        key,
        previousKeys: [...row.previousKeys, { ...row.key, replacedAt: at }],
        refusedKeys: row.refusedKeys.filter((k) => k.fingerprint !== key.fingerprint),
      });
    } else {
      await d.partners.put({ ...row, refusedKeys: [...row.refusedKeys, key] });
    }
    const detail = `${row.agency.name} ${row.key.fingerprint} → ${key.fingerprint}`;
    await appendAudit(
      [
        auditRow(
          actor,
          at,
          decision === 'accept' ? 'partner-key-accepted' : 'partner-key-refused',
          null,
          detail,
        ),
      ],
      d,
    );
  });
}

/**
 * Keeps a trusted partner's name, kind and district as a bundle it signed gives them, inside the
 * caller's transaction over partners: the merge of that bundle (receiveRepo.ts applyReceive), so
 * a bundle refused or never taken in changes nothing. Only for the key trusted here.
 */
export async function refreshPartnerAgency(
  d: CaselineDb,
  agency: PartnerAgencyV5,
  fingerprint: string,
): Promise<void> {
  const row = await d.partners.get(agency.id);
  if (row?.key.fingerprint !== fingerprint) return;
  if (JSON.stringify(agency) === JSON.stringify(row.agency)) return;
  await d.partners.update(row.id, { agency });
}

/**
 * Keeps a trusted partner's name, kind and district (and contact) as its latest partner card
 * gives them. Only for the key trusted here; nothing else changes.
 */
export async function refreshPartner(presented: Presented): Promise<void> {
  const d = db();
  const row = await d.partners.get(presented.agency.id);
  if (row?.key.fingerprint !== presented.fingerprint) return;
  const contact = await codec().open<PartnerContact>(row.sealed);
  const sameContact = !presented.contact || JSON.stringify(presented.contact) === JSON.stringify(contact);
  if (sameContact && JSON.stringify(presented.agency) === JSON.stringify(row.agency)) return;
  const sealed = sameContact ? row.sealed : await codec().seal(presented.contact);
  await d.partners.update(row.id, { agency: presented.agency, sealed });
}
