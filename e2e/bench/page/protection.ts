/**
 * Encryption-at-rest benchmark functions, run in Chromium on the app's origin against the real
 * data layer: the same work with the plain codec (a database of its own) and with the encrypting
 * codec the app installs at sign-in (the app's database, its data key unwrapped from the staff
 * account the runner created). e2e/bench/protection.ts prints the figures and ratios.
 */
import { Dexie } from 'dexie';
import { buildBundle, readBundle } from '../../../shared/bundle';
import { exportPublicKey, generateSigningKeyPair, signerFor } from '../../../shared/crypto/signing';
import { calendarDateAt, instantAt } from '../../../shared/dates';
import { demoDraft, generateDemo } from '../../../shared/demo/generator';
import { mayRead } from '../../../shared/domain/audience';
import { entryHash } from '../../../shared/domain/canonical';
import type { Entry } from '../../../shared/domain/types';
import { uuidv7, type AgencyId, type EntryId } from '../../../shared/ids';
import type { Actor } from '../../../renderer/db/audit';
import { createCase, listCases } from '../../../renderer/db/caseRepo';
import { plainCodec, useCodec as installCodec } from '../../../renderer/db/codec';
import { CaselineDb, db, DB_NAME, setDb } from '../../../renderer/db/db';
import { encryptingCodec } from '../../../renderer/db/encryptingCodec';
import { loadEntries } from '../../../renderer/db/entryRepo';
import { writeEntries } from '../../../renderer/db/writeEntries';
import { loadDemo } from '../../../renderer/features/demo/demoWorkspace';
import { unlockKeys } from '../../../renderer/features/session/keys';
import { caseModel } from '../../../renderer/model/caseModel';
import { invoke } from '../../../renderer/host';

const OFFSET = 300;
const clock = () => {
  const ms = Date.now();
  return { instant: instantAt(ms, OFFSET), today: calendarDateAt(ms, OFFSET) };
};
const home = {
  id: '01900000-0000-7000-8000-000000000001' as AgencyId,
  name: 'УП Алмалинского района',
  kind: 'police' as const,
};
const actor: Actor = { name: 'Бенчмарк', agency: home };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** The plain codec over a database of its own, emptied first. */
async function usePlain(): Promise<void> {
  await Dexie.delete('caseline-plain');
  setDb(new CaselineDb('caseline-plain'));
  installCodec(plainCodec);
}

/** The app's database and codec, as signing in makes them: key derivation and opening timed. */
async function useEncrypted(passphrase: string): Promise<{ deriveMs: number; openMs: number }> {
  const keyring = await invoke('keyring-get', undefined);
  const account = keyring.ok ? keyring.value?.accounts[0] : undefined;
  if (!account) throw new Error('no staff account to unlock');
  const t0 = performance.now();
  const opened = await unlockKeys(account.wrappedKey, passphrase);
  if (!opened.ok) throw new Error(opened.reason);
  const t1 = performance.now();
  installCodec(encryptingCodec(opened.keys, { readPlain: false }));
  db().close();
  setDb(new CaselineDb(DB_NAME));
  await db().open();
  return { deriveMs: t1 - t0, openMs: performance.now() - t1 };
}

/** The demo workspace through the app's own loader: generate, hash, seal, write. */
async function workspace(cases: number, perCase: number): Promise<{ records: number; perSecond: number }> {
  const c = clock();
  const before = await db().entries.count();
  const t0 = performance.now();
  await loadDemo(
    { cases, entriesPerCase: perCase, seed: 2026 },
    { today: c.today, now: c.instant, windowDays: 7, actor },
  );
  const ms = performance.now() - t0;
  const records = (await db().entries.count()) - before;
  return { records, perSecond: (records / ms) * 1000 };
}

/** One case of `n` entries; its id. */
async function bigCase(n: number): Promise<string> {
  const c = clock();
  await loadDemo(
    { cases: 1, entriesPerCase: n, seed: 99 },
    { today: c.today, now: c.instant, windowDays: 7, actor },
  );
  const all = await listCases();
  return all.reduce((a, b) => (b.summary.entryCount > a.summary.entryCount ? b : a)).id;
}

/** Reading, decoding and deriving a case's facts: median of five. */
async function openCaseData(caseId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c = clock();
    const t0 = performance.now();
    caseModel(await loadEntries(caseId), c.today, 7, c.instant);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * A bundle of `n` entries received from a partner: read (parse, validate, verify hashes and the
 * signature) and merged into the case in one transaction, as sharing merges it.
 */
async function bundleImport(n: number): Promise<{ entries: number; perSecond: number }> {
  const c = clock();
  const caseId = await createCase(
    { reference: `IMPORT-${uuidv7()}`, persons: [], createdAt: c.instant },
    actor,
  );
  const partner = { id: uuidv7() as AgencyId, name: 'КЦ «Жанұя»', kind: 'crisis-centre' as const };
  const [demo] = generateDemo({
    seed: 7,
    cases: 1,
    entriesPerCase: Math.ceil(n * 1.3),
    today: c.today,
    now: c.instant,
    home: partner,
  });
  const ids: string[] = [];
  const entries: Entry[] = [];
  for (const d of demo!.entries) {
    const draft = demoDraft(d, caseId, ids);
    const id = uuidv7() as EntryId;
    ids.push(id);
    const e = { ...draft, id, recordedAt: draft.occurredAt };
    entries.push({ ...e, hash: await entryHash(e) });
  }
  const sent = entries
    .filter((e) => mayRead({ kind: 'partners' }, e) && !(e.kind === 'shelter-admission'))
    .slice(0, n);
  const pair = await generateSigningKeyPair();
  const built = await buildBundle(
    {
      createdAt: c.instant,
      sender: {
        agency: { ...partner, district: '' },
        installationId: uuidv7(),
        publicKey: await exportPublicKey(pair.publicKey),
      },
      recipients: [home],
      case: { id: caseId, reference: 'IMPORT', status: 'open', createdAt: c.instant, ownerAgency: partner },
      audience: { kind: 'partners', note: '', withheld: { entries: 0, persons: 0 }, contactsRemoved: true },
      persons: [],
      entries: sent,
      withheldIds: ids.filter((id) => !sent.some((e) => e.id === id)),
    },
    signerFor(pair.privateKey),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const t0 = performance.now();
  const read = await readBundle(built.text, { now: c.instant });
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  await writeEntries([{ caseId, entries: read.bundle.entries }], { atomic: true });
  const ms = performance.now() - t0;
  return { entries: read.bundle.entries.length, perSecond: (read.bundle.entries.length / ms) * 1000 };
}

const api = { usePlain, useEncrypted, workspace, bigCase, openCaseData, bundleImport };
export type ProtectionBenchApi = typeof api;

declare global {
  // A global augmentation has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The encryption-at-rest benchmarks e2e/bench/protection.ts calls (pageApi.ts). */
    protectionBench?: ProtectionBenchApi;
  }
}

window.protectionBench = api;
