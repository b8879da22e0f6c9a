/**
 * Correction resolution. Entries are never edited: a correction is a new entry naming the
 * version it supersedes; a void is a correction that withdraws the entry. This module turns the
 * append-only log into one item per original entry, in any input order, deterministically, so
 * that every agency merging the same entries sees the same timeline.
 */
import { instantMs } from '../dates';
import type { Entry } from './types';

export type ResolvedEntry = {
  /** Id of the first version: what other entries refer to. */
  readonly originalId: string;
  /** The version to show. For a voided entry, the last version before the void. */
  readonly current: Entry;
  /** Earlier versions and any void or competing corrections, oldest first. */
  readonly history: readonly Entry[];
  readonly corrected: boolean;
  readonly voided: boolean;
  readonly voidReason: string | null;
  /** Two corrections of the same version exist (e.g. from two agencies). Neither is dropped. */
  readonly conflict: boolean;
  /** A correction whose target is not on this machine. */
  readonly orphan: boolean;
};

/** Later recordedAt wins, then the larger id: the same choice on every machine. */
function later(a: Entry, b: Entry): number {
  return instantMs(a.recordedAt) - instantMs(b.recordedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function resolveTimeline(entries: readonly Entry[]): ResolvedEntry[] {
  const byId = new Map<string, Entry>();
  for (const e of entries) byId.set(e.id, e);
  const children = new Map<string, Entry[]>();
  const roots: Entry[] = [];
  const orphans = new Set<string>();
  for (const e of byId.values()) {
    const target = e.correction?.supersedes;
    if (target === undefined) roots.push(e);
    else if (!byId.has(target) || target === e.id) {
      roots.push(e);
      orphans.add(e.id);
    } else {
      const list = children.get(target) ?? [];
      list.push(e);
      children.set(target, list);
    }
  }

  const items: ResolvedEntry[] = [];
  const seen = new Set<string>();
  // Entries in a correction cycle (only a forged bundle makes one) have no root: show each
  // on its own rather than lose it.
  const cyclic = () => [...byId.values()].filter((e) => !seen.has(e.id));
  for (const root of roots) {
    const line: Entry[] = [root]; // the root and each winning correction
    const others: Entry[] = []; // losing corrections and what corrects them
    seen.add(root.id);
    let conflict = false;
    let head = root;
    for (;;) {
      const next = (children.get(head.id) ?? []).filter((c) => !seen.has(c.id)).sort(later);
      if (next.length === 0) break;
      if (next.length > 1) conflict = true;
      for (const c of next) seen.add(c.id);
      for (const loser of next.slice(0, -1)) collect(loser, children, others, seen);
      head = next[next.length - 1]!;
      line.push(head);
    }
    const voids = head.correction?.action === 'void';
    // A void carries no new content: show the version it withdrew, struck through.
    const current = voids ? ([...line].reverse().find((v) => v.correction?.action !== 'void') ?? root) : head;
    const history = [...line, ...others].filter((v) => v !== current).sort(later);
    items.push({
      originalId: root.id,
      current,
      history,
      corrected: line.some((v) => v !== root && v.correction?.action === 'correct'),
      voided: voids,
      voidReason: voids ? (head.correction?.reason ?? '') : null,
      conflict,
      orphan: orphans.has(root.id),
    });
  }
  for (const e of cyclic()) {
    items.push({
      originalId: e.id,
      current: e,
      history: [],
      corrected: false,
      voided: false,
      voidReason: null,
      conflict: false,
      orphan: true,
    });
  }
  return items.sort(
    (a, b) =>
      instantMs(a.current.occurredAt) - instantMs(b.current.occurredAt) ||
      (a.originalId < b.originalId ? -1 : a.originalId > b.originalId ? 1 : 0),
  );
}

/** Adds a losing correction and everything that corrects it to the history. */
function collect(
  entry: Entry,
  children: ReadonlyMap<string, Entry[]>,
  into: Entry[],
  seen: Set<string>,
): void {
  into.push(entry);
  for (const c of children.get(entry.id) ?? []) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    collect(c, children, into, seen);
  }
}

/** Current versions of entries that are not voided: what measures, risk and deadlines use. */
export function effectiveEntries(entries: readonly Entry[]): { originalId: string; entry: Entry }[] {
  return resolveTimeline(entries)
    .filter((r) => !r.voided)
    .map((r) => ({ originalId: r.originalId, entry: r.current }));
}
