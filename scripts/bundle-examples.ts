/**
 * Writes the example files of docs/bundle-format.md: a small signed, unencrypted bundle of a
 * fictitious case (docs/examples/example.caseline) and the sending office's partner card
 * (docs/examples/partner-card.caseline-partner), both signed by one key made for the run. The
 * files are produced by the real writer, so they are exactly what Caseline sends, and a unit
 * test reads them back. Run: npm run examples:bundle
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agencyFieldValue } from '../shared/domain/agencyField';
import { entryHash } from '../shared/domain/canonical';
import type { AgencyRef } from '../shared/domain/agencies';
import type { Entry } from '../shared/domain/types';
import type { AgencyId, CaseId, EntryId, PersonId } from '../shared/ids';
import { exportPublicKey, generateSigningKeyPair, signerFor } from '../shared/crypto/signing';
import { buildBundle, buildPartnerCard } from '../shared/bundle';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'examples');

// Every name below is made up for the example; no real person, office or case.
const POLICE = {
  id: '01957a10-0000-7000-8000-00000000a001' as AgencyId,
  name: 'УП Примерного района (учебный пример)',
  kind: 'police' as const,
};
const CRISIS: AgencyRef = {
  id: '01957a10-0000-7000-8000-00000000a002' as AgencyId,
  name: 'Кризисный центр «Пример» (учебный пример)',
  kind: 'crisis-centre',
};
const CASE_ID = '01957a10-0000-7000-8000-0000000ca5e0' as CaseId;
const OFFICER = { name: 'ст. лейтенант Примеров П. (вымышл.)', agency: POLICE };

let serial = 0;
async function entry(over: Partial<Omit<Entry, 'hash' | 'id' | 'caseId'>>): Promise<Entry> {
  serial += 1;
  const base: Omit<Entry, 'hash'> = {
    id: `01957a10-0000-7000-8000-${String(serial).padStart(12, '0')}` as EntryId,
    caseId: CASE_ID,
    kind: 'note',
    occurredAt: '2026-02-02T21:40:00+05:00',
    recordedAt: '2026-02-02T23:10:00+05:00',
    author: OFFICER,
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: '',
    fields: {},
    correction: null,
    ...over,
  };
  return { ...base, hash: await entryHash(base) };
}

async function main(): Promise<void> {
  const pair = await generateSigningKeyPair();
  const publicKey = await exportPublicKey(pair.publicKey);
  const signer = signerFor(pair.privateKey);

  const report = await entry({
    kind: 'report-received',
    fields: { channel: 'phone-102' },
    basis: { kind: 'reported', by: 'соседка (вымышл.)' },
    narrative: 'Звонок на 102: в квартире слышны крики.',
  });
  const callout = await entry({
    kind: 'callout',
    occurredAt: '2026-02-02T22:05:00+05:00',
    fields: { visitType: 'call-out', harmCauserPresent: true },
    narrative: 'Наряд прибыл на место, составлен протокол. Пострадавшая говорит по-казахски: «Қорқамын».',
  });
  const order = await entry({
    kind: 'order-issued',
    occurredAt: '2026-02-03T10:00:00+05:00',
    recordedAt: '2026-02-03T10:20:00+05:00',
    fields: {
      measure: 'protective-order',
      startsOn: '2026-02-03',
      durationMonths: 3,
      orderNumber: '№ 000-ПРИМЕР',
    },
    narrative: 'Вынесено защитное предписание.',
  });
  const served = await entry({
    kind: 'order-served',
    occurredAt: '2026-02-03T12:00:00+05:00',
    recordedAt: '2026-02-03T12:05:00+05:00',
    fields: { orderEntryId: order.id },
    narrative: 'Предписание вручено под подпись.',
  });
  const corrected = await entry({
    kind: 'order-issued',
    occurredAt: '2026-02-03T10:00:00+05:00',
    recordedAt: '2026-02-04T09:00:00+05:00',
    fields: { ...order.fields, durationMonths: 6 },
    narrative: order.narrative,
    correction: { supersedes: order.id, action: 'correct', reason: 'Срок предписания указан неверно' },
  });
  const consent = await entry({
    kind: 'consent-recorded',
    occurredAt: '2026-02-04T10:45:00+05:00',
    recordedAt: '2026-02-04T10:50:00+05:00',
    fields: {
      partner: agencyFieldValue(CRISIS),
      scope: 'case-record',
      consentForm: 'consent-written',
      expiresOn: '2026-08-04',
    },
    narrative: 'Пострадавшая дала письменное согласие на передачу материалов в кризисный центр.',
  });
  const referral = await entry({
    kind: 'referral-sent',
    occurredAt: '2026-02-04T11:00:00+05:00',
    recordedAt: '2026-02-04T11:00:00+05:00',
    fields: {
      toAgency: 'crisis-centre',
      reason: 'Психологическая помощь и план безопасности',
      toPartner: agencyFieldValue(CRISIS),
      urgency: 'urgent',
      replyBy: '2026-02-06',
    },
    narrative: 'Направление в кризисный центр с согласия пострадавшей.',
  });

  const built = await buildBundle(
    {
      bundleId: '01957a10-0000-7000-8000-0000000b0001',
      createdAt: '2026-02-04T12:00:00+05:00',
      sender: {
        agency: { ...POLICE, district: 'Примерный район (учебный пример)' },
        installationId: '01957a10-0000-7000-8000-00000000d001',
        publicKey,
      },
      recipients: [CRISIS],
      case: {
        id: CASE_ID,
        reference: 'POL-2026-0001',
        status: 'open',
        createdAt: '2026-02-02T23:00:00+05:00',
        ownerAgency: POLICE,
      },
      audience: {
        kind: 'agency',
        note: 'Учебный пример формата: все имена вымышлены.',
        withheld: { entries: 1, persons: 0 },
        contactsRemoved: true,
      },
      persons: [
        {
          id: '01957a10-0000-7000-8000-0000000e0001' as PersonId,
          role: 'victim',
          name: 'Примерова Айгерим (вымышленное лицо)',
          birthDate: '1990-05-17',
          safeContactTimes: 'будни 10:00–12:00',
          safeChannel: 'только через кризисный центр',
          preferredLanguage: 'kk',
          interpreterNeeded: false,
        },
        {
          id: '01957a10-0000-7000-8000-0000000e0002' as PersonId,
          role: 'harm-causer',
          name: 'Примеров Бауыржан (вымышленное лицо)',
          birthDate: null,
        },
      ],
      entries: [report, callout, order, served, corrected, consent, referral],
    },
    signer,
  );
  if (!built.ok) throw new Error(`example bundle: ${JSON.stringify(built.error)}`);

  const card = await buildPartnerCard(
    {
      agency: { ...POLICE, district: 'Примерный район (учебный пример)' },
      contact: { name: 'Примеров П. (вымышл.)', phone: '+7 700 000 00 00', email: 'example@example.org' },
      installationId: '01957a10-0000-7000-8000-00000000d001',
      publicKey,
      createdAt: '2026-02-01T09:00:00+05:00',
    },
    signer,
  );
  if (!card.ok) throw new Error(`example card: ${JSON.stringify(card.error)}`);

  mkdirSync(OUT, { recursive: true });
  // Indented for reading: whitespace is not part of what is signed.
  writeFileSync(join(OUT, 'example.caseline'), `${JSON.stringify(JSON.parse(built.text), null, 2)}\n`);
  writeFileSync(join(OUT, 'partner-card.caseline-partner'), `${card.text}\n`);
  process.stdout.write(`Wrote ${OUT}/example.caseline and partner-card.caseline-partner\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
