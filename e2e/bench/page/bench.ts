/**
 * Benchmark functions run inside Chromium against the real data layer (Dexie, codec,
 * repositories). Each returns plain numbers; e2e/bench/run.ts prints them.
 */
import { Dexie } from 'dexie';
import { db } from '../../../renderer/db/db';
import { V1_STORES } from '../../../renderer/db/schema/v1';
import { entryRow, finishEntry, loadEntries, openEntry } from '../../../renderer/db/entryRepo';
import { appendAudit, auditRow } from '../../../renderer/db/audit';
import { addEntry } from '../../../renderer/db/writeEntries';
import { listCases } from '../../../renderer/db/caseRepo';
import { allCaseViews, casesChanged, subscribeCaseIndexTotal } from '../../../renderer/db/caseIndex';
import type { CaseView } from '../../../renderer/db/caseRows';
import { codec, useCodec, type Codec } from '../../../renderer/db/codec';
import { casesWithIin } from '../../../renderer/db/personRepo';
import { searchCases } from '../../../renderer/features/search/searchIndex';
import { dueTodayCount } from '../../../renderer/features/deadlines/deadlineList';
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
  rowsMs: number;
  filterMs: number;
  sortMs: number;
}> {
  const c = clock();
  const t0 = performance.now();
  const cases = await listCases();
  const loadMs = performance.now() - t0;
  const collator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });
  const rowsStart = performance.now();
  const rows = toRows(cases, c.today, collator);
  const rowsMs = performance.now() - rowsStart;
  const filterTimes: number[] = [];
  const sortTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    let t = performance.now();
    filterAndSort(rows, { ...DEFAULT_FILTER, text: 'ова', risk: 'high', deadlineDays: 14 }, c.today);
    filterTimes.push(performance.now() - t);
    t = performance.now();
    filterAndSort(
      rows,
      { ...DEFAULT_FILTER, sort: i % 2 ? 'victim' : 'nextDeadline', descending: i % 3 === 0 },
      c.today,
    );
    sortTimes.push(performance.now() - t);
  }
  return { cases: cases.length, loadMs, rowsMs, filterMs: median(filterTimes), sortMs: median(sortTimes) };
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

/**
 * Data-layer part of opening a case: read its entry rows, decode them, derive the header
 * (caseModel); medians of 5, each part on its own.
 */
async function openCaseData(
  caseId: string,
): Promise<{ entries: number; ms: number; readMs: number; decodeMs: number; modelMs: number }> {
  const total: number[] = [];
  const read: number[] = [];
  const decode: number[] = [];
  const model: number[] = [];
  let n = 0;
  for (let i = 0; i < 5; i++) {
    const c = clock();
    const t0 = performance.now();
    const rows = await db()
      .entries.where('[caseId+occurredUtc]')
      .between([caseId, ''], [caseId, '\uffff'])
      .toArray();
    const t1 = performance.now();
    const entries = await Promise.all(rows.map(openEntry));
    const t2 = performance.now();
    caseModel(entries, c.today, 7, c.instant);
    const t3 = performance.now();
    total.push(t3 - t0);
    read.push(t1 - t0);
    decode.push(t2 - t1);
    model.push(t3 - t2);
    n = entries.length;
  }
  return {
    entries: n,
    ms: median(total),
    readMs: median(read),
    decodeMs: median(decode),
    modelMs: median(model),
  };
}

/**
 * Where a save's time goes: the content hash, sealing the row, and the IndexedDB floor — a bare
 * transaction over the same tables writing the same rows (case read, entry added, summary and
 * audit written) without computing anything. Medians of 10.
 */
async function saveBreakdown(caseId: string): Promise<{ hashMs: number; sealMs: number; floorMs: number }> {
  const d = db();
  const hash: number[] = [];
  const seal: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < 10; i++) {
    const c = clock();
    const draft: EntryDraft = {
      caseId: caseId as CaseId,
      kind: 'note',
      occurredAt: c.instant,
      author: actor,
      confidentiality: { level: 'shared' },
      basis: { kind: 'observed' },
      sourceAgency: '',
      narrative: 'Профилактический обход, без происшествий.',
      fields: {},
      correction: null,
    };
    let t = performance.now();
    const entry = await finishEntry(draft, c.instant);
    hash.push(performance.now() - t);
    t = performance.now();
    const row = await entryRow(entry, false);
    seal.push(performance.now() - t);
    t = performance.now();
    await d.transaction('rw', d.entries, d.cases, d.audit, async () => {
      const [caseRow] = await d.cases.bulkGet([caseId]);
      await d.entries.bulkAdd([row]);
      // The count goes up with the entry, as every write keeps it (writeEntries.ts).
      const summary = caseRow!.summary;
      await d.cases.update(caseId, { summary: { ...summary, entryCount: summary.entryCount + 1 } });
      await appendAudit([auditRow(actor, c.instant, 'entry-added', caseId, 'note')], d);
    });
    floor.push(performance.now() - t);
  }
  return { hashMs: median(hash), sealMs: median(seal), floorMs: median(floor) };
}

/** A name as typed on a Russian keyboard layout, without the Kazakh letters. */
function russianLayout(name: string): string {
  const map: Record<string, string> = {
    ә: 'а',
    ғ: 'г',
    қ: 'к',
    ң: 'н',
    ө: 'о',
    ұ: 'у',
    ү: 'у',
    һ: 'х',
    і: 'и',
  };
  return [...name].map((c) => map[c] ?? c).join('');
}

/**
 * Find anything, its data part: every query over the in-memory case headers as the palette runs
 * it per keystroke (a family name typed on a Russian layout, a first name, another name, part of
 * a reference), and an IIN through its token. Medians of 20, after one warm-up that prepares
 * each header for matching (done once per header, as the palette does).
 */
async function globalSearch(): Promise<{
  cases: number;
  people: number;
  queries: { query: string; hits: number; ms: number }[];
  iinMs: number;
  iinHits: number;
}> {
  const views = await allCaseViews();
  const sample = views[Math.floor(views.length / 2)]!;
  const person = sample.people?.find((p) => p.role === 'harm-causer') ?? sample.people![0]!;
  const alias =
    views.flatMap((v) => v.people ?? []).find((p) => p.aliases.length > 0)?.aliases[0] ?? 'Smirnova';
  const queries = [
    russianLayout(person.name.split(' ')[1]!),
    person.name.split(' ')[0]!,
    person.name,
    alias,
    sample.reference.slice(-6),
    'а',
  ];
  searchCases(views, 'warm-up');
  const out = queries.map((query) => {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      hits = searchCases(views, query, 30).length;
      times.push(performance.now() - t0);
    }
    return { query, hits, ms: median(times) };
  });
  const persons = await db().persons.where('caseId').equals(sample.id).toArray();
  const withIin = (
    await Promise.all(persons.map(async (r) => (await codec().open<{ iin?: string }>(r.sealed)).iin ?? ''))
  ).find((iin) => iin !== '')!;
  const iinTimes: number[] = [];
  let iinHits = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    iinHits = (await casesWithIin(withIin)).length;
    iinTimes.push(performance.now() - t0);
  }
  return {
    cases: views.length,
    people: views.reduce((n, v) => n + (v.people?.length ?? 0), 0),
    queries: out,
    iinMs: median(iinTimes),
    iinHits,
  };
}

/**
 * What one save costs beyond its own case: the headers the codec opens (the case index reads
 * only the saved case again), the case index's refresh with the navigation badge's running
 * total, and for comparison what recounting the badge over every header would cost.
 */
async function saveScaling(caseId: string): Promise<{
  opensPerSave: number;
  refreshMs: number;
  badgeMs: number;
  cases: number;
}> {
  const plain = codec();
  let opens = 0;
  const counting: Codec = {
    seal: (v) => plain.seal(v),
    open: <T>(s: string) => {
      opens++;
      return plain.open<T>(s);
    },
    token: (t) => plain.token(t),
  };
  const c = clock();
  const onScreen = await loadEntries(caseId);
  await allCaseViews();
  useCodec(counting);
  try {
    await addEntry(
      {
        caseId: caseId as CaseId,
        kind: 'note',
        occurredAt: c.instant,
        author: actor,
        confidentiality: { level: 'shared' },
        basis: { kind: 'observed' },
        sourceAgency: '',
        narrative: 'Контрольная запись.',
        fields: {},
        correction: null,
      },
      { now: c.instant, today: c.today, windowDays: 7, actor },
      onScreen,
    );
    await allCaseViews();
  } finally {
    useCodec(plain);
  }
  // The badge as the shell keeps it: a running total over the index, updated per changed case.
  const dueToday = (view: CaseView) => dueTodayCount([view], c.today);
  const unsubscribe = subscribeCaseIndexTotal(dueToday, () => undefined);
  const refresh: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await casesChanged([caseId]);
    refresh.push(performance.now() - t0);
  }
  unsubscribe();
  const views = await allCaseViews();
  const badge: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    dueTodayCount(views, c.today);
    badge.push(performance.now() - t0);
  }
  return { opensPerSave: opens, refreshMs: median(refresh), badgeMs: median(badge), cases: views.length };
}

const api = {
  rawPut,
  workspace,
  bigCase,
  listFilterSort,
  saveEntry,
  openCaseData,
  globalSearch,
  saveScaling,
  saveBreakdown,
};
export type BenchApi = typeof api;

declare global {
  // A global augmentation has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The data-layer benchmarks e2e/bench/run.ts calls (pageApi.ts). */
    bench?: BenchApi;
  }
}

window.bench = api;
document.title = 'bench-ready';
