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
import { completeCasePeople } from './personRepo';

type Listener = () => void;

let source: CaselineDb | null = null;
let views = new Map<string, CaseView>();
let snapshot: readonly CaseView[] | undefined;
let queue: Promise<void> = Promise.resolve();
const listeners = new Set<Listener>();

function publish(): void {
  snapshot = [...views.values()];
  for (const l of listeners) l();
}

/** Forgets everything when the database was swapped (tests, benchmarks, a locked session). */
function current(): CaselineDb {
  const d = db();
  if (d !== source) {
    source = d;
    views = new Map();
    snapshot = undefined;
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
  const rows = await d.cases.toArray();
  const decoded = await Promise.all(rows.map(openCase));
  views = new Map(decoded.map((v) => [v.id, v]));
  publish();
  // Cases sealed before their header kept everyone's names: completed once, then published
  // again, so search finds their people too.
  const incomplete = rows.filter((_, i) => decoded[i]!.people === null);
  if (incomplete.length === 0) return;
  const people = await completeCasePeople(d, incomplete);
  for (const [id, list] of people) {
    const v = views.get(id);
    if (v && v.people === null) views.set(id, { ...v, people: list });
  }
  publish();
}

/** The decoded case headers; undefined until the first load has finished. */
export function caseIndexSnapshot(): readonly CaseView[] | undefined {
  current();
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
  return snapshot ?? [];
}

/** Re-reads the given cases after a committed write (a missing row means it was deleted). */
export function casesChanged(ids: Iterable<string>): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return Promise.resolve();
  current();
  return enqueue(async (d) => {
    const rows = await d.cases.bulkGet(wanted);
    const decoded = await Promise.all(rows.map((r) => (r ? openCase(r) : Promise.resolve(null))));
    wanted.forEach((id, i) => {
      const v = decoded[i];
      if (v) views.set(id, v);
      else views.delete(id);
    });
    publish();
  });
}
