/**
 * Benchmark functions run inside Chromium against the real data layer (Dexie, codec,
 * repositories). Each returns plain numbers; e2e/bench/run.ts prints them.
 */
import { Dexie } from 'dexie';
import { db } from '../../../renderer/db/db';
import { V1_STORES } from '../../../renderer/db/schema/v1';
import { loadEntries } from '../../../renderer/db/entryRepo';
import { addEntry } from '../../../renderer/db/writeEntries';
import { listCases } from '../../../renderer/db/caseRepo';
import { loadDemo } from '../../../renderer/features/demo/demoWorkspace';
import { filterAndSort, toRows, DEFAULT_FILTER } from '../../../renderer/features/cases/caseFilter';
import { caseModel } from '../../../renderer/model/caseModel';
import { instantAt, calendarDateAt } from '../../../shared/dates';
import type { Actor } from '../../../renderer/db/audit';
import type { AgencyId, CaseId } from '../../../shared/ids';
import type { EntryDraft } from '../../../shared/domain/types';
// The sharing benchmark's functions (window.sharingBench), run by e2e/bench/sharing.ts.
import '../sharingPage';

const OFFSET = 300;
const clock = () => {
  const ms = Date.now();
  return { instant: instantAt(ms, OFFSET), today: calendarDateAt(ms, OFFSET) };
};
const actor: Actor = {
  name: 'Бенчмарк',
  agency: {
    id: '01900000-0000-7000-8000-000000000001' as AgencyId,
    name: 'УП Алмалинского района',
    kind: 'police',
  },
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!;
}

/**
 * Plain IndexedDB: put the very rows the workspace wrote (read back from the app's database)
 * into a fresh store with the same key path and indexes, in one transaction.
 */
async function rawPut(): Promise<{ records: number; ms: number; perSecond: number }> {
  const rows = await db().entries.toArray();
  await Dexie.delete('caseline-raw');
  const tmp = new Dexie('caseline-raw');
  tmp.version(1).stores({ entries: V1_STORES.entries });
  await tmp.open();
  const idb = tmp.backendDB();
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (const r of rows) store.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
  });
  const ms = performance.now() - t0;
  tmp.close();
  await Dexie.delete('caseline-raw');
  return { records: rows.length, ms, perSecond: (rows.length / ms) * 1000 };
}

/** The demo workspace through the app's own loader: generate, hash, seal, write. */
async function workspace(
  cases: number,
  entriesPerCase: number,
): Promise<{ records: number; ms: number; writeMs: number; perSecond: number; writePerSecond: number }> {
  const c = clock();
  let writeStart = 0;
  const t0 = performance.now();
  await loadDemo(
    { cases, entriesPerCase, seed: 2026 },
    { today: c.today, now: c.instant, windowDays: 7, actor },
    (p) => {
      if (p.phase === 'write' && writeStart === 0) writeStart = performance.now();
    },
  );
  const ms = performance.now() - t0;
  const records = await db().entries.count();
  const writeMs = performance.now() - (writeStart || t0);
  return {
    records,
    ms,
    writeMs,
    perSecond: (records / ms) * 1000,
    writePerSecond: (records / writeMs) * 1000,
  };
}

/** One extra case with `n` entries: the case the open-case benchmark opens. */
async function bigCase(n: number): Promise<{ id: string; reference: string }> {
  const c = clock();
  await loadDemo(
    { cases: 1, entriesPerCase: n, seed: 99 },
    { today: c.today, now: c.instant, windowDays: 7, actor },
  );
  const all = await listCases();
  const big = all.reduce((a, b) => (b.summary.entryCount > a.summary.entryCount ? b : a));
  return { id: big.id, reference: big.reference };
}

async function listFilterSort(): Promise<{
  cases: number;
  loadMs: number;
  filterMs: number;
  sortMs: number;
}> {
  const c = clock();
  const t0 = performance.now();
  const cases = await listCases();
  const loadMs = performance.now() - t0;
  const rows = toRows(cases, c.today);
  const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });
  const filterTimes: number[] = [];
  const sortTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    let t = performance.now();
    filterAndSort(
      rows,
      { ...DEFAULT_FILTER, text: 'ова', risk: 'high', deadlineDays: 14 },
      c.today,
      collator,
    );
    filterTimes.push(performance.now() - t);
    t = performance.now();
    filterAndSort(
      rows,
      { ...DEFAULT_FILTER, sort: i % 2 ? 'victim' : 'nextDeadline', descending: i % 3 === 0 },
      c.today,
      collator,
    );
    sortTimes.push(performance.now() - t);
  }
  return { cases: cases.length, loadMs, filterMs: median(filterTimes), sortMs: median(sortTimes) };
}

/**
 * Saving an entry as the case page does: with the case's entries it already holds (kept current
 * by its live query, here by appending what was saved). `fromStorage` saves without them, as a
 * caller without the entries would, reading what the summary needs.
 */
async function saveEntry(
  caseId: string,
  times: number,
  fromStorage: boolean,
): Promise<{ medianMs: number; p95Ms: number }> {
  const out: number[] = [];
  let onScreen = await loadEntries(caseId);
  for (let i = 0; i < times; i++) {
    const c = clock();
    const draft: EntryDraft = {
      caseId: caseId as CaseId,
      kind: i % 2 ? 'note' : 'callout',
      occurredAt: c.instant,
      author: actor,
      confidentiality: { level: 'shared' },
      basis: { kind: 'observed' },
      sourceAgency: '',
      narrative: 'Профилактический обход, без происшествий.',
      fields: i % 2 ? {} : { visitType: 'home-visit', harmCauserPresent: false },
      correction: null,
    };
    const ctx = { now: c.instant, today: c.today, windowDays: 7, actor };
    const t0 = performance.now();
    const saved = await addEntry(draft, ctx, fromStorage ? undefined : onScreen);
    out.push(performance.now() - t0);
    onScreen = [...onScreen, saved];
  }
  return { medianMs: median(out), p95Ms: p95(out) };
}

/** Data-layer part of opening a case: read + decode its entries and derive the header. */
async function openCaseData(caseId: string): Promise<{ entries: number; ms: number }> {
  const times: number[] = [];
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const c = clock();
    const t0 = performance.now();
    const entries = await loadEntries(caseId);
    caseModel(entries, c.today, 7, c.instant);
    times.push(performance.now() - t0);
    n = entries.length;
  }
  return { entries: n, ms: median(times) };
}

const api = { rawPut, workspace, bigCase, listFilterSort, saveEntry, openCaseData };
(window as unknown as { bench: typeof api }).bench = api;
document.title = 'bench-ready';
