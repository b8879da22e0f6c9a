/**
 * Fixtures for the bundle tests: a fictional police office and crisis centre, a signing key,
 * entries with real hashes, a valid BundleInput, and a raw writer that signs any document —
 * so a test can produce a file that is correctly signed yet breaks one rule, and see that rule
 * (not the signature) reported.
 */
import type { AgencyRef } from '../domain/agencies';
import { entryHash } from '../domain/canonical';
import type { Entry } from '../domain/types';
import type { AgencyId, CaseId, EntryId, PersonId } from '../ids';
import { uuidv7 } from '../ids';
import { toBase64 } from '../crypto/encoding';
import {
  exportPublicKey,
  fingerprintOf,
  generateSigningKeyPair,
  signerFor,
  type Signer,
} from '../crypto/signing';
import type { BundleInput } from './build';
import { BUNDLE_FORMAT } from './types';
import { bodyDigest, signedBytes } from './verify';

export const NOW = '2026-03-10T12:00:00+05:00';

export const POLICE: AgencyRef & { district: string } = {
  id: '01900000-0000-7000-8000-00000000a001' as AgencyId,
  name: 'УП Тестового района (пример)',
  kind: 'police',
  district: 'Тестовый район',
};
export const CRISIS: AgencyRef = {
  id: '01900000-0000-7000-8000-00000000a002' as AgencyId,
  name: 'Кризисный центр «Пример»',
  kind: 'crisis-centre',
};
export const HEALTH: AgencyRef = {
  id: '01900000-0000-7000-8000-00000000a003' as AgencyId,
  name: 'Поликлиника №0 (пример)',
  kind: 'health',
};
const POLICE_REF: AgencyRef = { id: POLICE.id, name: POLICE.name, kind: POLICE.kind };

export const CASE_ID = '01900000-0000-7000-8000-0000000ca5e1' as CaseId;
export const INSTALLATION = '01900000-0000-7000-8000-00000000d001';

export type TestKey = { readonly publicKey: string; readonly signer: Signer; readonly privateKey: CryptoKey };

/** A fresh P-256 key and a Signer over it. */
export async function newTestKey(): Promise<TestKey> {
  const pair = await generateSigningKeyPair();
  return {
    publicKey: await exportPublicKey(pair.publicKey),
    signer: signerFor(pair.privateKey),
    privateKey: pair.privateKey,
  };
}

let shared: Promise<TestKey> | null = null;
/** One key for a whole test file: key generation is the slow part of small tests. */
export function testKey(): Promise<TestKey> {
  shared ??= newTestKey();
  return shared;
}

let clock = Date.UTC(2026, 0, 5, 4, 0);

/** An entry of the test case with its hash; `over` replaces any field. */
export async function makeEntry(over: Partial<Omit<Entry, 'hash'>> = {}): Promise<Entry> {
  clock += 60_000;
  const base: Omit<Entry, 'hash'> = {
    id: uuidv7(clock) as EntryId,
    caseId: CASE_ID,
    kind: 'note',
    occurredAt: '2026-01-05T10:00:00+05:00',
    recordedAt: '2026-01-05T10:05:00+05:00',
    author: { name: 'ст. лейтенант Тестов Т.', agency: POLICE_REF },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: 'Вызов по адресу, составлен протокол. Әйелі қорқады.',
    fields: {},
    correction: null,
    ...over,
  };
  return { ...base, hash: await entryHash(base) };
}

/** Same entry with its hash recomputed after a change (a correctly hashed, different entry). */
export async function rehash(entry: Entry, change: Partial<Omit<Entry, 'hash'>>): Promise<Entry> {
  const { hash: _old, ...rest } = { ...entry, ...change };
  return { ...rest, hash: await entryHash(rest) };
}

/** A small realistic timeline: an order and its service, a correction, a referral and its answer. */
export async function sampleEntries(): Promise<Entry[]> {
  const report = await makeEntry({ kind: 'report-received', fields: { channel: 'phone-102' } });
  const order = await makeEntry({
    kind: 'order-issued',
    fields: {
      measure: 'protective-order',
      startsOn: '2026-01-05',
      durationMonths: 6,
      orderNumber: '№ 000-ПРИМЕР',
    },
  });
  const served = await makeEntry({ kind: 'order-served', fields: { orderEntryId: order.id } });
  const corrected = await makeEntry({
    kind: 'order-issued',
    fields: { ...order.fields, durationMonths: 3 },
    correction: { supersedes: order.id, action: 'correct', reason: 'Срок указан неверно' },
  });
  const referral = await makeEntry({
    kind: 'referral-sent',
    fields: { toAgency: 'crisis-centre', reason: 'Нужна консультация' },
  });
  const accepted = await makeEntry({
    kind: 'referral-accepted',
    author: { name: 'психолог Примерова П.', agency: CRISIS },
    fields: { referralEntryId: referral.id },
  });
  const html = await makeEntry({ narrative: '<script>alert("x")</script><b>жирный</b> & "кавычки"' });
  return [report, order, served, corrected, referral, accepted, html];
}

/** A valid bundle from the police office to the crisis centre. */
export async function sampleInput(over: Partial<BundleInput> = {}): Promise<BundleInput> {
  const key = await testKey();
  return {
    createdAt: NOW,
    sender: { agency: POLICE, installationId: INSTALLATION, publicKey: key.publicKey },
    recipients: [CRISIS],
    case: {
      id: CASE_ID,
      reference: 'POL-2026-0001',
      status: 'open',
      createdAt: '2026-01-05T09:00:00+05:00',
      ownerAgency: POLICE_REF,
    },
    audience: {
      kind: 'agency',
      note: 'К заседанию 12 марта',
      withheld: { entries: 2, persons: 0 },
      contactsRemoved: true,
    },
    persons: [
      {
        id: '01900000-0000-7000-8000-0000000b0001' as PersonId,
        role: 'victim',
        name: 'Примерова Анна (вымышл.)',
        birthDate: '1990-04-01',
        safeContactTimes: 'будни 10–12',
        preferredLanguage: 'kk',
        interpreterNeeded: false,
      },
      {
        id: '01900000-0000-7000-8000-0000000b0002' as PersonId,
        role: 'harm-causer',
        name: 'Примеров Борис (вымышл.)',
        birthDate: null,
      },
    ],
    entries: await sampleEntries(),
    ...over,
  };
}

/** Parses a plain bundle's text for a test to change. */
export function parseDoc(text: string): Record<string, unknown> & {
  header: Record<string, unknown>;
  body: Record<string, unknown> & { entries: Record<string, unknown>[] };
} {
  return JSON.parse(text) as ReturnType<typeof parseDoc>;
}

/** A parsed document's entries, read as the Entry objects they claim to be. */
export function entriesOf(doc: { body: { entries: readonly unknown[] } }): Entry[] {
  return JSON.parse(JSON.stringify(doc.body.entries)) as Entry[];
}

/**
 * Signs a document as given (any version, any content): recomputes the body digest from the
 * entries' own hash fields and signs the header with `key`. For files that are correctly
 * signed and still wrong.
 */
export async function signRaw(
  doc: Record<string, unknown> & {
    header: Record<string, unknown>;
    body: Record<string, unknown> & { entries: readonly unknown[] };
  },
  key: TestKey,
): Promise<string> {
  const entries = entriesOf(doc);
  const header = { ...doc.header, bodyDigest: await bodyDigest(doc.body, entries) };
  const signature = await key.signer(signedBytes(header));
  return JSON.stringify({ ...doc, header, signature: toBase64(new Uint8Array(signature)) });
}

/** A version 1 file of the sample: the first layout, written as Caseline 1 wrote it. */
export async function writeV1(key: TestKey, entries?: readonly Entry[]): Promise<string> {
  const input = await sampleInput();
  return signRaw(
    {
      format: BUNDLE_FORMAT,
      version: 1,
      encrypted: false,
      header: {
        format: BUNDLE_FORMAT,
        version: 1,
        bundleId: uuidv7(Date.UTC(2025, 5, 1)),
        createdAt: '2025-06-01T10:00:00+05:00',
        sender: {
          agency: POLICE_REF,
          installationId: INSTALLATION,
          publicKey: key.publicKey,
          fingerprint: await fingerprintOf(key.publicKey),
        },
        bodyDigest: '',
      },
      body: {
        case: input.case,
        audience: { kind: 'partners', note: '', withheld: { entries: 0, persons: 0 }, contactsRemoved: true },
        persons: [
          {
            id: input.persons[0]!.id,
            role: 'victim',
            name: 'Примерова Анна (вымышл.)',
            birthDate: null,
            phone: '',
          },
        ],
        entries: entries ?? (await sampleEntries()),
      },
    },
    key,
  );
}
