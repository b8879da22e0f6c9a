/**
 * Every case header, decoded once and kept in memory, so that the cases list, search and the
 * navigation's deadline badge never re-read or re-decode every case when one changes (a header
 * carries the names and aliases of everyone on the case for search, caseRows `people`): the work
 * a save does must not grow with the number of cases (and decoding costs more once values are
 * encrypted). The repositories' writes report which cases they changed; only those rows are
 * read again. All work is queued, so a refresh never races the first load.
 */
import type { CaselineDb } from './db';
import { db } from './db';
import { openCase, type CaseView } from './caseRows';
import type { CaseRowV1 } from './schema/v1';
import { completeCasePeople } from './personRepo';

type Listener = () => void;

/**
 * A number summed over every header (a count for a badge), kept up to date by adding what
 * changed rather than by going over every case again: a save changes one header, so it costs
 * one call of `count`, however many cases there are.
 */
type Tally = {
  readonly count: (view: CaseView) => number;
  readonly per: Map<string, number>;
  total: number;
  readonly listeners: Set<Listener>;
};

let source: CaselineDb | null = null;
let views = new Map<string, CaseView>();
let loaded = false;
// The list of headers is built when someone reads it, not on every change: after a save, with
// only the badge listening, nothing goes over every case.
let snapshot: readonly CaseView[] | null = null;
let queue: Promise<void> = Promise.resolve();
/** Bumped when the index is cleared: work begun before then publishes nothing. */
let generation = 0;
const listeners = new Set<Listener>();
const tallies = new Map<(view: CaseView) => number, Tally>();

function countAll(t: Tally): void {
  t.per.clear();
  t.total = 0;
  for (const [id, v] of views) {
    const n = t.count(v);
    t.per.set(id, n);
    t.total += n;
  }
}

/** Tells every reader what changed: `changed` ids, or every case after a full load. */
function publish(changed: readonly string[] | 'all'): void {
  snapshot = null;
  for (const [count, t] of tallies) {
    if (t.listeners.size === 0) {
      tallies.delete(count);
      continue;
    }
    const before = t.total;
    if (changed === 'all') countAll(t);
    else
      for (const id of changed) {
        const v = views.get(id);
        const n = v ? t.count(v) : 0;
        t.total += n - (t.per.get(id) ?? 0);
        if (v) t.per.set(id, n);
        else t.per.delete(id);
      }
    if (t.total !== before || changed === 'all') for (const l of t.listeners) l();
  }
  for (const l of listeners) l();
}

/** Forgets everything when the database was swapped (tests, benchmarks, a locked session). */
function current(): CaselineDb {
  const d = db();
  if (d !== source) {
    source = d;
    views = new Map();
    loaded = false;
    snapshot = null;
    // Totals keep their listeners and are counted again once the new database has loaded.
    for (const t of tallies.values()) {
      t.per.clear();
      t.total = 0;
    }
    queue = Promise.resolve();
    void enqueue(loadAll);
  }
  return d;
}

function enqueue(job: (d: CaselineDb) => Promise<void>): Promise<void> {
  const d = source ?? current();
  queue = queue.then(
    () => (d === source ? job(d) : undefined),
    () => (d === source ? job(d) : undefined),
  );
  return queue;
}

async function loadAll(d: CaselineDb): Promise<void> {
  const started = generation;
  let rows: CaseRowV1[];
  let decoded: CaseView[];
  try {
    rows = await d.cases.toArray();
    decoded = await Promise.all(rows.map(openCase));
  } catch (e) {
    // Not loaded (locked, or a storage fault): the next reader tries again.
    if (started === generation) source = null;
    throw e;
  }
  if (started !== generation) return;
  views = new Map(decoded.map((v) => [v.id, v]));
  loaded = true;
  publish('all');
  // Cases sealed before their header kept everyone's names: completed once, then published
  // again, so search finds their people too.
  const incomplete = rows.filter((_, i) => decoded[i]!.people === null);
  if (incomplete.length === 0) return;
  const people = await completeCasePeople(d, incomplete);
  if (started !== generation) return;
  for (const [id, list] of people) {
    const v = views.get(id);
    if (v && v.people === null) views.set(id, { ...v, people: list });
  }
  publish([...people.keys()]);
}

/** The decoded case headers; undefined until the first load has finished. */
export function caseIndexSnapshot(): readonly CaseView[] | undefined {
  current();
  if (!loaded) return undefined;
  snapshot ??= [...views.values()];
  return snapshot;
}

/** Calls `listener` whenever the headers change; returns the unsubscribe function. */
export function subscribeCaseIndex(listener: Listener): () => void {
  current();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves with every case header once loaded. */
export async function allCaseViews(): Promise<readonly CaseView[]> {
  current();
  await queue;
  return caseIndexSnapshot() ?? [];
}

function tallyOf(count: (view: CaseView) => number): Tally {
  let t = tallies.get(count);
  if (!t) {
    t = { count, per: new Map(), total: 0, listeners: new Set() };
    tallies.set(count, t);
    countAll(t);
  }
  return t;
}

/**
 * `count` summed over every case header; undefined until the first load has finished. Counted
 * in full once per `count` function (keep it stable: it is the tally's key), then kept up to
 * date from the cases each write changes.
 */
export function caseIndexTotal(count: (view: CaseView) => number): number | undefined {
  current();
  return loaded ? tallyOf(count).total : undefined;
}

/** Calls `listener` when the total of `count` may have changed; returns the unsubscribe function. */
export function subscribeCaseIndexTotal(count: (view: CaseView) => number, listener: Listener): () => void {
  current();
  const t = tallyOf(count);
  t.listeners.add(listener);
  return () => t.listeners.delete(listener);
}

/** Re-reads the given cases after a committed write (a missing row means it was deleted). */
export function casesChanged(ids: Iterable<string>): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return Promise.resolve();
  current();
  return enqueue(async (d) => {
    const started = generation;
    const rows = await d.cases.bulkGet(wanted);
    const decoded = await Promise.all(rows.map((r) => (r ? openCase(r) : Promise.resolve(null))));
    if (started !== generation) return;
    wanted.forEach((id, i) => {
      const v = decoded[i];
      if (v) views.set(id, v);
      else views.delete(id);
    });
    publish(wanted);
  });
}

/**
 * Forgets every decoded header (the app locked: nothing readable of any case stays in memory);
 * work still running publishes nothing, and the next reader loads everything again.
 */
export function clearCaseIndex(): void {
  generation++;
  source = null;
  views = new Map();
  snapshot = null;
  queue = Promise.resolve();
  for (const l of listeners) l();
}
