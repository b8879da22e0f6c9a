/**
 * Sharing benchmarks, run inside Chromium on the app's origin with the app's own code: a bundle
 * of 100,000 entries (made here by the real writer, signed, encrypted) received through the same
 * flow as the Exchange page (worker read, plan, one-transaction merge), received again, and the
 * export of a 2,000-entry case. The window's responsiveness is watched meanwhile: long tasks
 * (PerformanceObserver) and the longest gap between animation frames. Plain numbers out;
 * e2e/bench/sharing.ts prints them.
 */
import { buildBundle } from '../../shared/bundle';
import { outgoing } from '../../shared/bundle/outgoing';
import { calendarDateAt, instantAt } from '../../shared/dates';
import { demoDraft, generateDemo } from '../../shared/demo/generator';
import { entryHash } from '../../shared/domain/canonical';
import { effectiveEntries } from '../../shared/domain/timeline';
import type { Entry } from '../../shared/domain/types';
import { exportPublicKey, generateSigningKeyPair, signerFor } from '../../shared/crypto/signing';
import { uuidv7, type AgencyId, type CaseId, type EntryId, type PersonId } from '../../shared/ids';
import type { Actor } from '../../renderer/db/audit';
import { listCases, listPersons } from '../../renderer/db/caseRepo';
import { loadEntries } from '../../renderer/db/entryRepo';
import { trustPartner, type Partner } from '../../renderer/db/partnerRepo';
import { agencyFieldValue } from '../../shared/domain/agencyField';
import { addEntry } from '../../renderer/db/writeEntries';
import { loadDemo } from '../../renderer/features/demo/demoWorkspace';
import { presentedBy, receiveFile, type ReceiveResult } from '../../renderer/features/sharing/receiveFlow';
import { planSend, sendBundle } from '../../renderer/features/sharing/sendFlow';
import { workerOpener } from '../../renderer/features/sharing/workerOpener';
import { invoke } from '../../renderer/host';

const OFFSET = 300;
const PASSPHRASE = 'бенчмарк-весна-2026';
const clock = () => {
  const ms = Date.now();
  return { instant: instantAt(ms, OFFSET), today: calendarDateAt(ms, OFFSET) };
};

/** The bench office (the police of benchSettings) and the made-up crisis centre that sends to it. */
const HOME = {
  id: '01900000-0000-7000-8000-000000000001' as AgencyId,
  name: 'УП Алмалинского района',
  kind: 'police' as const,
};
const SENDER = {
  id: '01900000-0000-7000-8000-0000000000b5' as AgencyId,
  name: 'Кризисный центр (бенчмарк)',
  kind: 'crisis-centre' as const,
};
const actor: Actor = { name: 'Бенчмарк', agency: HOME };

let bundleText = '';

/** Watches the window while `run` runs: long tasks and the longest gap between frames. */
async function watched<T>(
  run: () => Promise<T>,
): Promise<{ result: T; ms: number; longTasks: number; longestTaskMs: number; longestFrameGapMs: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push(e.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  let last = performance.now();
  let longestGap = 0;
  let watching = true;
  const frame = () => {
    const t = performance.now();
    longestGap = Math.max(longestGap, t - last);
    last = t;
    if (watching) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const t0 = performance.now();
  const result = await run();
  const ms = performance.now() - t0;
  watching = false;
  // Let the observer deliver what happened at the very end.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return {
    result,
    ms,
    longTasks: tasks.filter((d) => d > 200).length,
    longestTaskMs: Math.max(0, ...tasks),
    longestFrameGapMs: longestGap,
  };
}

/**
 * Makes the bundle the import measures: `count` entries of one case that the crisis centre may
 * send to the police, signed by the centre's key and encrypted (not timed).
 */
async function makeBundle(count: number): Promise<{ entries: number; bytes: number }> {
  const c = clock();
  const [demo] = generateDemo({
    seed: 5,
    cases: 1,
    entriesPerCase: Math.ceil(count * 1.3),
    today: c.today,
    now: c.instant,
    home: SENDER,
  });
  const caseId = uuidv7() as CaseId;
  const base = Date.now() - 400 * 86_400_000;
  const ids = demo!.entries.map((_, i) => uuidv7(base + i));
  const all: Entry[] = [];
  for (let i = 0; i < demo!.entries.length; i += 2_000) {
    const slice = demo!.entries.slice(i, i + 2_000).map((d, j) => ({
      ...demoDraft(d, caseId, ids),
      id: ids[i + j] as EntryId,
      recordedAt: d.occurredAt,
    }));
    all.push(...(await Promise.all(slice.map(async (e) => ({ ...e, hash: await entryHash(e) })))));
  }
  const out = outgoing({ entries: all, persons: [], recipients: [HOME], contacts: false, held: null });
  const entries = out.entries.slice(0, count);
  const pair = await generateSigningKeyPair();
  const built = await buildBundle(
    {
      createdAt: c.instant,
      sender: {
        agency: { ...SENDER, district: 'Алматы' },
        installationId: uuidv7(),
        publicKey: await exportPublicKey(pair.publicKey),
      },
      recipients: [HOME],
      case: {
        id: caseId,
        reference: 'CC-2026-0100',
        status: 'open',
        createdAt: demo!.createdAt,
        ownerAgency: SENDER,
      },
      audience: { kind: 'agency', note: '', withheld: { entries: 0, persons: 0 }, contactsRemoved: true },
      persons: demo!.persons.map((p, i) => ({
        id: uuidv7(base - i - 1) as PersonId,
        role: p.role,
        name: p.name,
        birthDate: p.birthDate,
      })),
      entries,
      withheldIds: out.withheldIds,
    },
    signerFor(pair.privateKey),
    { passphrase: PASSPHRASE },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  bundleText = built.text;
  return { entries: entries.length, bytes: built.text.length };
}

export type Receive = {
  ms: number;
  longTasks: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
  outcome: string;
  fresh: number;
  known: number;
  progress: number;
  /** Milliseconds spent in each phase of the flow, in the order they came. */
  phases: [string, number][];
};

async function receive(again: boolean): Promise<Receive> {
  let progress = 0;
  const phases: [string, number][] = [];
  let phase = 'open';
  let since = performance.now();
  const c = clock();
  const w = await watched(async () => {
    const result = await receiveFile(
      bundleText,
      workerOpener,
      {
        passphrase: PASSPHRASE,
        trustNew: true,
        again,
        target: (match) =>
          match
            ? { kind: 'existing', localCaseId: match.localCaseId }
            : { kind: 'new', reference: 'POL-2026-0100' },
      },
      { actor, now: c.instant, today: c.today, windowDays: 7 },
      (bundle) => trustPartner(presentedBy(bundle), 'bundle', actor, c.instant),
      (p) => {
        progress += 1;
        if (p.phase === phase) return;
        phases.push([phase, performance.now() - since]);
        phase = p.phase;
        since = performance.now();
      },
    );
    phases.push([`${phase} to the end`, performance.now() - since]);
    return result;
  });
  const r: ReceiveResult = w.result;
  return {
    ms: w.ms,
    longTasks: w.longTasks,
    longestTaskMs: w.longestTaskMs,
    longestFrameGapMs: w.longestFrameGapMs,
    outcome: r.outcome,
    fresh: r.outcome === 'received' ? r.plan.fresh.length : 0,
    known: r.outcome === 'received' ? r.plan.known : 0,
    progress,
    phases,
  };
}

/** The first import of the bundle: read in the worker, plan, merge. */
function importBundle(): Promise<Receive> {
  return receive(false);
}

/** The same file again, as a person opening it would: recognised by its digest. */
function reimportSameFile(): Promise<Receive> {
  return receive(false);
}

/** The same file again, read and compared in full ("Check it again anyway"). */
function reimportFullCheck(): Promise<Receive> {
  return receive(true);
}

/** A case of `n` entries, a partner with consent, and its export: plan, sign, encrypt, save. */
async function exportCase(
  n: number,
  savePath: string,
): Promise<{ entries: number; ms: number; planMs: number }> {
  const c = clock();
  const before = new Set((await listCases()).map((v) => v.id));
  await loadDemo(
    { cases: 1, entriesPerCase: n, seed: 41 },
    { today: c.today, now: c.instant, windowDays: 7, actor },
  );
  // The case just made (not the one the bundle import filled with 100,000 entries).
  const big = (await listCases()).find((v) => !before.has(v.id))!;
  // The recipient as the directory would hold it (its key plays no part in sending).
  const partner: Partner = {
    id: SENDER.id,
    agency: { ...SENDER, district: 'Алматы' },
    contact: { name: '', phone: '', email: '' },
    key: { publicKey: '', fingerprint: '', decidedAt: c.instant, decidedBy: actor.name },
    previousKeys: [],
    refusedKeys: [],
    source: 'card',
    firstSeenAt: c.instant,
  };
  await addEntry(
    {
      caseId: big.id,
      kind: 'consent-recorded',
      occurredAt: c.instant,
      author: actor,
      confidentiality: { level: 'shared' },
      basis: { kind: 'observed' },
      sourceAgency: '',
      narrative: '',
      fields: { partner: agencyFieldValue(SENDER), scope: 'case-record', consentForm: 'consent-written' },
      correction: null,
    },
    { now: c.instant, today: c.today, windowDays: 7, actor },
  );
  const identity = await invoke('identity-get', undefined);
  if (!identity.ok || !identity.value) throw new Error('no identity');
  const t0 = performance.now();
  const entries = await loadEntries(big.id);
  const persons = await listPersons(big.id);
  const plan = await planSend({
    caseId: big.id,
    entries,
    effective: effectiveEntries(entries),
    persons,
    recipients: [partner],
    delta: false,
    today: c.today,
  });
  const planMs = performance.now() - t0;
  const outcome = await sendBundle({
    plan,
    view: { ...big },
    identity: identity.value,
    actor,
    note: '',
    passphrase: PASSPHRASE,
    made: [],
    now: c.instant,
    today: c.today,
    windowDays: 7,
    saveTitle: 'bench',
    fileFilter: 'Caseline',
  });
  const ms = performance.now() - t0;
  if (outcome.kind !== 'saved') throw new Error(`export ${outcome.kind}: ${savePath}`);
  return { entries: outcome.entries, ms, planMs };
}

const api = { makeBundle, importBundle, reimportSameFile, reimportFullCheck, exportCase };
export type SharingBenchApi = typeof api;

declare global {
  // A global augmentation has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The sharing benchmarks e2e/bench/sharing.ts calls (pageApi.ts). */
    sharingBench?: SharingBenchApi;
  }
}

window.sharingBench = api;
