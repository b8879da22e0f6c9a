/**
 * Correction resolution. Entries are never edited: a correction is a new entry naming the
 * version it supersedes; a void is a correction that withdraws the entry. This module turns the
 * append-only log into one item per original entry, from any input order and deterministically,
 * so that every agency that merged the same entries sees the same timeline.
 *
 * Rules:
 * - A chain A ← B (corrects A) ← C (corrects B) resolves to C; A and B are history.
 * - A void as the latest version marks the item voided and shows the last content before it
 *   (struck through in the UI). A correction of a void restores the entry.
 * - Two corrections of the same version (typically from two agencies' bundles) are both kept:
 *   the later recordedAt wins, then the larger id; the item is flagged `conflict`.
 * - A correction whose target is not on this machine stands on its own, flagged `orphan`, until
 *   the target arrives.
 * - A cycle (only a forged or corrupt bundle can make one) cannot hang: its earliest recorded
 *   member is taken as the original and flagged `orphan`.
 */
import { instantMs } from '../dates';
import type { Entry } from './types';

/** One item on the timeline: an original entry and every version of it. */
export type ResolvedEntry = {
  /** Id of the first version: what other entries refer to (orderEntryId, actionEntryId...). */
  readonly originalId: string;
  /** The version to show. For a voided entry, the last version before the void. */
  readonly current: Entry;
  /** Every other version, the original first, then by recordedAt (then id). Voids included. */
  readonly history: readonly Entry[];
  /** The current content comes from a correction, not the original. */
  readonly corrected: boolean;
  readonly voided: boolean;
  /** The reason given by the void that withdrew the entry; null when not voided. */
  readonly voidReason: string | null;
  /** Competing corrections of one version exist. Neither is dropped: the loser is in history. */
  readonly conflict: boolean;
  /** The first version is a correction whose target is missing (or part of a cycle). */
  readonly orphan: boolean;
};

/** The current version of a non-voided entry, named by its original id. */
export type EffectiveEntry = { readonly originalId: string; readonly entry: Entry };

/** Order of competing versions: later recordedAt wins, then the larger id — on every machine. */
function byRecorded(a: Entry, b: Entry): number {
  return timeOf(a.recordedAt) - timeOf(b.recordedAt) || compareIds(a.id, b.id);
}

/** Sorts by a numeric key computed once per element, not once per comparison (parsing is slow). */
function sortByKey<T>(items: readonly T[], key: (t: T) => number, tie: (a: T, b: T) => number): T[] {
  return items
    .map((item) => ({ item, k: key(item) }))
    .sort((a, b) => a.k - b.k || tie(a.item, b.item))
    .map((x) => x.item);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Milliseconds of an instant; an unreadable one sorts last rather than poisoning the sort. */
function timeOf(instant: string): number {
  const ms = instantMs(instant);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}

/**
 * Resolves corrections into one item per original entry, ordered by when it happened (the
 * current version's occurredAt, so that a correction of a wrong time moves the item), then by
 * original id.
 */
export function resolveTimeline(entries: readonly Entry[]): ResolvedEntry[] {
  const byId = dedupe(entries);
  const children = new Map<string, Entry[]>();
  const roots: Entry[] = [];
  const orphans = new Set<string>();
  for (const e of byId.values()) {
    const target = e.correction?.supersedes;
    if (target === undefined) roots.push(e);
    else if (target === e.id || !byId.has(target)) {
      roots.push(e);
      orphans.add(e.id);
    } else {
      const list = children.get(target) ?? [];
      list.push(e);
      children.set(target, list);
    }
  }

  const seen = new Set<string>();
  const items = roots.map((root) => walk(root, children, seen, orphans.has(root.id)));
  // Whatever was not reached hangs off a cycle; each cycle becomes one item.
  const unreached = [...byId.values()].filter((e) => !seen.has(e.id));
  for (const e of unreached.sort(byRecorded)) {
    if (!seen.has(e.id)) items.push(walk(cycleRoot(e, byId), children, seen, true));
  }
  return sortByKey(
    items,
    (item) => timeOf(item.current.occurredAt),
    (a, b) => compareIds(a.originalId, b.originalId),
  );
}

/**
 * One entry per id. The same id with different content should never happen (the hash check on
 * import catches it); if it does, keep the same one on every machine rather than the last read.
 */
function dedupe(entries: readonly Entry[]): Map<string, Entry> {
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    const had = byId.get(e.id);
    if (!had || e.hash > had.hash) byId.set(e.id, e);
  }
  return byId;
}

/** The earliest recorded member of the cycle that `start`'s chain of targets runs into. */
function cycleRoot(start: Entry, byId: ReadonlyMap<string, Entry>): Entry {
  const path: Entry[] = [];
  const onPath = new Set<string>();
  let e: Entry | undefined = start;
  while (e && !onPath.has(e.id)) {
    onPath.add(e.id);
    path.push(e);
    const target: string | undefined = e.correction?.supersedes;
    e = target === undefined ? undefined : byId.get(target);
  }
  const loop = e ? path.slice(path.indexOf(e)) : path;
  return [...loop].sort(byRecorded)[0] ?? start;
}

function walk(
  root: Entry,
  children: ReadonlyMap<string, readonly Entry[]>,
  seen: Set<string>,
  orphan: boolean,
): ResolvedEntry {
  const line: Entry[] = [root]; // the root and each winning correction, in order
  const others: Entry[] = []; // losing corrections and everything built on them
  seen.add(root.id);
  let conflict = false;
  let head = root;
  for (;;) {
    const next = (children.get(head.id) ?? []).filter((c) => !seen.has(c.id)).sort(byRecorded);
    const winner = next[next.length - 1];
    if (!winner) break;
    if (next.length > 1) conflict = true;
    for (const c of next) seen.add(c.id);
    for (const loser of next.slice(0, -1)) collect(loser, children, others, seen);
    head = winner;
    line.push(head);
  }
  const voided = head.correction?.action === 'void';
  // A void carries no new content: show the version it withdrew. An orphan void has none.
  const current = voided ? ([...line].reverse().find((v) => v.correction?.action !== 'void') ?? root) : head;
  const rest = [...line.slice(1), ...others].filter((v) => v !== current).sort(byRecorded);
  return {
    originalId: root.id,
    current,
    history: current === root ? rest : [root, ...rest],
    corrected: current !== root,
    voided,
    voidReason: voided ? (head.correction?.reason ?? '') : null,
    conflict,
    orphan,
  };
}

/** Adds a losing correction and everything built on it to `into` (no recursion: chains can be long). */
function collect(
  entry: Entry,
  children: ReadonlyMap<string, readonly Entry[]>,
  into: Entry[],
  seen: Set<string>,
): void {
  const stack = [entry];
  for (let e = stack.pop(); e; e = stack.pop()) {
    into.push(e);
    for (const c of children.get(e.id) ?? []) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      stack.push(c);
    }
  }
}

/** The id other entries use to refer to a resolved item: its original's. */
export function originalIdOf(item: ResolvedEntry): string {
  return item.originalId;
}

/**
 * Maps the id of every version (original, corrections, voids) to its original id, so that a
 * reference made to a later version by mistake still finds its item.
 */
export function originalIdIndex(resolved: readonly ResolvedEntry[]): ReadonlyMap<string, string> {
  const index = new Map<string, string>();
  for (const r of resolved) {
    index.set(r.current.id, r.originalId);
    for (const v of r.history) index.set(v.id, r.originalId);
  }
  return index;
}

/**
 * Current versions of entries that are not voided, in timeline order: what measures, risk and
 * deadlines compute from. Each keeps its original id, because references point at originals.
 */
export function effectiveEntries(entries: readonly Entry[]): EffectiveEntry[] {
  return effectiveOf(resolveTimeline(entries));
}

/** effectiveEntries for a timeline that is already resolved (the case page has both). */
export function effectiveOf(resolved: readonly ResolvedEntry[]): EffectiveEntry[] {
  return resolved.filter((r) => !r.voided).map((r) => ({ originalId: r.originalId, entry: r.current }));
}
