/**
 * The partner directory (trust on first use, a new key decided and kept), the sent-bundle record
 * with the entries made for it, a supervisor's override, and what a partner is known to hold.
 */
import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../../shared/ids';
import { agencyFieldValue } from '../../shared/domain/agencyField';
import { createCase, getCase } from './caseRepo';
import { finishEntry, loadEntries } from './entryRepo';
import {
  checkKey,
  decideNewKey,
  getPartner,
  listPartners,
  trustPartner,
  type Presented,
} from './partnerRepo';
import { recordOverride, recordSent } from './sendRepo';
import { heldByAll, lastShare } from './shareLog';
import { ACTOR, CREATED_AT, CRISIS, CTX, draft, freshDb, NOW, VICTIM } from './testDb.testkit';

const FP1 = '1'.repeat(64);
const FP2 = '2'.repeat(64);
const crisis = (fingerprint = FP1): Presented => ({
  agency: { ...CRISIS, district: 'Алмалинский район' },
  publicKey: `key-${fingerprint.slice(0, 4)}`,
  fingerprint,
  contact: { name: 'Ахметова Д.', phone: '+7 727 000 00 00', email: '' },
});
const HEALTH = {
  id: '0190a000-0000-7000-8000-000000000003' as AgencyId,
  name: 'Поликлиника',
  kind: 'health' as const,
};

async function actions(d: ReturnType<typeof freshDb>): Promise<string[]> {
  return (await d.audit.orderBy('seq').toArray()).map((r) => r.action);
}

describe('the partner directory', () => {
  it('holds an agency only once a person trusted its key, and knows it by that key from then on', async () => {
    const d = freshDb();
    expect(await checkKey(CRISIS.id, FP1)).toEqual({ kind: 'new' });
    await trustPartner(crisis(), 'card', ACTOR, NOW);
    expect(await checkKey(CRISIS.id, FP1)).toMatchObject({ kind: 'trusted' });
    expect(await checkKey(CRISIS.id, FP2)).toMatchObject({
      kind: 'changed',
      partner: { key: { fingerprint: FP1 } },
    });
    expect((await listPartners()).map((p) => [p.agency.name, p.contact.name, p.key.decidedBy])).toEqual([
      [CRISIS.name, 'Ахметова Д.', ACTOR.name],
    ]);
    await expect(trustPartner(crisis(FP2), 'bundle', ACTOR, NOW)).rejects.toThrow(RangeError);
    expect(await actions(d)).toEqual(['partner-trusted']);
  });

  it('keeps a new key accepted (the old one as replaced) or refused, with the decision audited', async () => {
    const d = freshDb();
    await trustPartner(crisis(), 'card', ACTOR, CREATED_AT);
    await decideNewKey(CRISIS.id, crisis(FP2), 'refuse', ACTOR, NOW);
    expect(await checkKey(CRISIS.id, FP2)).toMatchObject({ kind: 'refused' });
    const third = '3'.repeat(64);
    await decideNewKey(CRISIS.id, crisis(third), 'accept', ACTOR, NOW);
    const p = await getPartner(CRISIS.id);
    expect(p?.key.fingerprint).toBe(third);
    expect(p?.previousKeys.map((k) => [k.fingerprint, k.replacedAt])).toEqual([[FP1, NOW]]);
    expect(p?.refusedKeys.map((k) => k.fingerprint)).toEqual([FP2]);
    expect(await actions(d)).toEqual(['partner-trusted', 'partner-key-refused', 'partner-key-accepted']);
  });
});

describe('a bundle sent', () => {
  it('is recorded with the entries made for it, in one write that keeps the summary right', async () => {
    const d = freshDb();
    const caseId = await createCase(
      { reference: 'POL-2026-0001', persons: [VICTIM], createdAt: CREATED_AT },
      ACTOR,
    );
    const referral = await finishEntry(
      draft(caseId, 'referral-sent', {
        fields: { toAgency: 'crisis-centre', toPartner: agencyFieldValue(CRISIS), replyBy: '2026-02-05' },
      }),
      NOW,
    );
    await recordSent(
      caseId,
      {
        bundleId: '0190a000-0000-7000-8000-0000000b0001',
        createdAt: NOW,
        recipients: [CRISIS],
        encrypted: true,
        delta: false,
        entryIds: [referral.id],
        withheld: 0,
        fileDigest: 'a'.repeat(64),
      },
      [referral],
      CTX,
    );
    expect(await loadEntries(caseId)).toEqual([referral]);
    expect((await getCase(caseId))!.summary).toMatchObject({
      entryCount: 1,
      deadlines: [{ kind: 'referral-reply', date: '2026-02-05', sourceEntryId: referral.id }],
    });
    expect(await lastShare(caseId, CRISIS.id, 'sent')).toMatchObject({
      partnerIds: [CRISIS.id],
      encrypted: true,
    });
    expect(await actions(d)).toEqual(['case-created', 'entry-added', 'share-sent']);
  });

  it('tells what every recipient holds: the entries sent to it or received from it', async () => {
    freshDb();
    const caseId = await createCase(
      { reference: 'POL-2026-0001', persons: [], createdAt: CREATED_AT },
      ACTOR,
    );
    const [a, b] = [
      await finishEntry(draft(caseId, 'note'), NOW),
      await finishEntry(draft(caseId, 'note'), NOW),
    ];
    const sent = (id: string, to: AgencyId[], ids: string[]) =>
      recordSent(
        caseId,
        {
          bundleId: id,
          createdAt: NOW,
          recipients: to.map((x) => ({ ...CRISIS, id: x })),
          encrypted: true,
          delta: false,
          entryIds: ids,
          withheld: 0,
          fileDigest: id,
        },
        [],
        CTX,
      );
    await sent('0190a000-0000-7000-8000-0000000b0001', [CRISIS.id], [a.id, b.id]);
    await sent('0190a000-0000-7000-8000-0000000b0002', [HEALTH.id], [a.id]);
    expect([...(await heldByAll(caseId, [CRISIS.id]))].sort()).toEqual([a.id, b.id].sort());
    expect([...(await heldByAll(caseId, [CRISIS.id, HEALTH.id]))]).toEqual([a.id]);
  });
});

describe("a supervisor's override", () => {
  it('is an entry, with its share-override audit record', async () => {
    const d = freshDb();
    const caseId = await createCase(
      { reference: 'POL-2026-0001', persons: [], createdAt: CREATED_AT },
      ACTOR,
    );
    const entry = await recordOverride(
      draft(caseId, 'share-override', {
        fields: {
          partner: agencyFieldValue(HEALTH),
          overrides: ['no-consent'],
          legalGround: 'Запрос суда № 12',
          supervisor: 'Начальник ОВД',
        },
      }),
      CTX,
    );
    expect((await loadEntries(caseId)).map((e) => e.id)).toEqual([entry.id]);
    const audit = await d.audit.orderBy('seq').toArray();
    expect(audit.map((r) => [r.action, r.detail])).toEqual([
      ['case-created', 'POL-2026-0001'],
      ['entry-added', 'share-override'],
      ['share-override', 'Поликлиника: Запрос суда № 12'],
    ]);
  });
});
