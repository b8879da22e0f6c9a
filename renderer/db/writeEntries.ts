/**
 * The one write path for timeline entries (DESIGN.md §3). Every writer — the entry form, a
 * bundle merge, a meeting, the demo loader — adds entries here, and every transaction that adds
 * entries to a case also writes that case's summary, computed from the entries stored with it.
 *
 * The rule that keeps summaries right for every writer: a case's `summary.entryCount` is the
 * number of entries stored for it, and changes only in a transaction that adds those entries.
 * A summary's facts are computed from the entries of SUMMARY_KINDS as the writer knew them at a
 * count; the transaction checks that count is still the stored one and otherwise rereads and
 * retries. Entries are never deleted (outside removing the demo workspace, which removes whole
 * cases), so the same count means the same entries.
 *
 * Sealing (the codec may encrypt), reading and computing the facts (on a worker for a large
 * case) happen before a transaction opens: awaiting anything else inside one would commit it
 * early, and the transaction stays short.
 */
import type { CalendarDate, Instant } from '../../shared/dates';
import type { AgencyRef } from '../../shared/domain/agencies';
import { isForeignCorrection } from '../../shared/domain/ownership';
import {
  isSummaryKind,
  SUMMARY_KINDS,
  SUMMARY_VERSION,
  withFacts,
  type SummaryFacts,
} from '../../shared/domain/summary';
import type { Entry, EntryDraft } from '../../shared/domain/types';
import { appendAudit, auditRow, type Actor } from './audit';
import { casesChanged } from './caseIndex';
import { db, type CaselineDb } from './db';
import { entryRow, finishEntry, loadEntries, openEntry } from './entryRepo';
import type { AuditEvent } from '../../shared/audit/chain';
import type { EntryRowV5 } from './schema/v5';
import { computeFacts } from './summaryFacts';

/** Rows per transaction for bulk writes: large enough to be fast, small enough to stay responsive. */
export const BULK_CHUNK = 1000;

/**
 * Entries to add to one local case. An entry's own caseId is normally that case; an entry of
 * another office's case id linked to it keeps its own (schema/v5.ts `entryCaseId`).
 */
export type CaseEntries = { readonly caseId: string; readonly entries: readonly Entry[] };

export type WriteContext = { readonly today: CalendarDate; readonly windowDays: number };

export type WriteOptions = {
  /** Entries of a case as the caller already holds them, by case id; trusted while the count holds. */
  readonly known?: ReadonlyMap<string, readonly Entry[]>;
  /**
   * All or nothing: every row in one transaction (a bundle merge). Otherwise one transaction per
   * BULK_CHUNK rows (the demo workspace), each leaving every summary right.
   */
  readonly atomic?: boolean;
  readonly demo?: boolean;
  /** Audit rows written in the same transaction as the last entries. */
  readonly audit?: readonly AuditEvent[];
  readonly onProgress?: (done: number, total: number) => void;
};

export class CaseNotFoundError extends Error {
  constructor(caseId: string) {
    super(`Case ${caseId} not found`);
    this.name = 'CaseNotFoundError';
  }
}

/**
 * A correction or void of an entry another agency wrote: only the agency that wrote an entry
 * corrects or voids it (shared/domain/ownership.ts); another answers with its own entry.
 */
export class ForeignCorrectionError extends Error {
  constructor(
    readonly entryId: string,
    readonly by: AgencyRef,
    readonly owner: AgencyRef,
  ) {
    super(
      `Entry ${entryId} corrects or voids an entry of ${owner.name} in the name of ${by.name}: ` +
        'only the agency that wrote an entry may correct or void it',
    );
    this.name = 'ForeignCorrectionError';
  }
}

/**
 * Refuses (ForeignCorrectionError) a correction or void whose target was written by another
 * agency than the correction. The target is looked for among the entries being written, then
 * among those stored (by key; the author is stored in the clear). Entries are immutable, so
 * what is read here cannot change before the transaction. A target held nowhere is not judged
 * here: there is no author to compare with.
 */
async function checkOwnership(groups: readonly CaseEntries[]): Promise<void> {
  const corrections: { readonly entry: Entry; readonly targetId: string }[] = [];
  for (const g of groups)
    for (const e of g.entries)
      if (e.correction) corrections.push({ entry: e, targetId: e.correction.supersedes });
  if (corrections.length === 0) return;
  const wanted = new Set(corrections.map((c) => c.targetId));
  const targets = new Map<string, Pick<Entry, 'author'>>();
  for (const g of groups) for (const e of g.entries) if (wanted.has(e.id)) targets.set(e.id, e);
  const missing = [...wanted].filter((id) => !targets.has(id));
  if (missing.length > 0)
    for (const row of await db().entries.bulkGet(missing)) if (row) targets.set(row.id, row);
  for (const { entry, targetId } of corrections) {
    const target = targets.get(targetId);
    if (target && isForeignCorrection(entry, target))
      throw new ForeignCorrectionError(entry.id, entry.author.agency, target.author.agency);
  }
}

/** What a summary is computed from: the case's summary-kind entries at a known entry count. */
export type SummaryBase = { relevant: Entry[]; count: number };

/** Reads what a case's summary is computed from (outside any transaction: the codec may await). */
export async function readBase(caseId: string): Promise<SummaryBase> {
  const d = db();
  // One equality query per kind: each is a getAll, much faster than one anyOf cursor.
  const [rows, caseRow] = await d.transaction('r', d.entries, d.cases, () =>
    Promise.all([
      Promise.all(SUMMARY_KINDS.map((k) => d.entries.where('[caseId+kind]').equals([caseId, k]).toArray())),
      d.cases.get(caseId),
    ]),
  );
  if (!caseRow) throw new CaseNotFoundError(caseId);
  return { relevant: await Promise.all(rows.flat().map(openEntry)), count: caseRow.summary.entryCount };
}

/** The base of a case whose every entry the caller holds. */
export function baseFromKnown(known: readonly Entry[]): SummaryBase {
  return { relevant: known.filter((e) => isSummaryKind(e.kind)), count: known.length };
}

/** A case's new summary facts, computed before the transaction at the entry count they hold for. */
export type Prepared = { readonly count: number; readonly facts: SummaryFacts };

/** The facts of each case of `parts` once its entries are added to its base (bases: by case id). */
export async function prepareSummaries(
  parts: ReadonlyMap<string, readonly Entry[]>,
  bases: ReadonlyMap<string, SummaryBase>,
): Promise<Map<string, Prepared>> {
  const prepared = new Map<string, Prepared>();
  for (const [caseId, added] of parts) {
    const base = bases.get(caseId)!;
    const relevant = [...base.relevant, ...added.filter((e) => isSummaryKind(e.kind))];
    prepared.set(caseId, { count: base.count, facts: await computeFacts(relevant) });
  }
  return prepared;
}

/**
 * The part of a write that runs inside a read-write transaction over entries and cases (and
 * whatever the caller writes with them, in the same transaction): checks that each case still
 * has the entry count its facts were prepared at, adds the rows in slices of BULK_CHUNK
 * (reporting each), and writes each case's summary. Returns the id of a case another writer
 * changed since, having written nothing, or null once everything is written.
 */
export async function storeEntries(
  d: CaselineDb,
  parts: ReadonlyMap<string, readonly Entry[]>,
  rows: readonly EntryRowV5[],
  prepared: ReadonlyMap<string, Prepared>,
  onSlice?: (stored: number) => void,
): Promise<string | null> {
  const ids = [...parts.keys()];
  const caseRows = await d.cases.bulkGet(ids);
  for (const [i, caseId] of ids.entries()) {
    const row = caseRows[i];
    if (!row) throw new CaseNotFoundError(caseId);
    // Another writer got there first: what we computed from is out of date.
    if (row.summary.entryCount !== prepared.get(caseId)!.count) return caseId;
  }
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    await d.entries.bulkAdd(rows.slice(i, i + BULK_CHUNK));
    onSlice?.(Math.min(i + BULK_CHUNK, rows.length));
  }
  for (const [i, caseId] of ids.entries()) {
    const previous = caseRows[i]!.summary;
    const summary = withFacts(previous, parts.get(caseId)!, prepared.get(caseId)!.facts);
    await d.cases.update(caseId, { summary });
  }
  return null;
}

/** Splits the groups into transactions of about BULK_CHUNK rows (a large group spans several). */
function chunksOf(groups: readonly CaseEntries[]): CaseEntries[][] {
  const chunks: CaseEntries[][] = [];
  let chunk: CaseEntries[] = [];
  let size = 0;
  for (const g of groups) {
    for (let i = 0; i < g.entries.length;) {
      const take = Math.min(BULK_CHUNK - size, g.entries.length - i);
      chunk.push({ caseId: g.caseId, entries: g.entries.slice(i, i + take) });
      size += take;
      i += take;
      if (size === BULK_CHUNK) {
        chunks.push(chunk);
        chunk = [];
        size = 0;
      }
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** One case's part of a transaction: merged so a case appears once per transaction. */
function byCase(parts: readonly CaseEntries[]): Map<string, Entry[]> {
  const m = new Map<string, Entry[]>();
  for (const p of parts) m.set(p.caseId, [...(m.get(p.caseId) ?? []), ...p.entries]);
  return m;
}

/**
 * Adds the entries and brings each case's summary up to date with them. Rejects with
 * CaseNotFoundError for an unknown case and with Dexie's ConstraintError for an id already
 * stored (entries are immutable: callers merging from elsewhere leave out what they have);
 * either way, nothing of the failed transaction is stored. Rejects with ForeignCorrectionError,
 * before storing anything, when an entry corrects or voids one another agency wrote.
 */
export async function writeEntries(
  groups: readonly CaseEntries[],
  options: WriteOptions = {},
): Promise<void> {
  await checkOwnership(groups);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const chunks = options.atomic ? [groups.filter((g) => g.entries.length > 0)] : chunksOf(groups);
  const bases = new Map<string, SummaryBase>();
  for (const [caseId, known] of options.known ?? [])
    if (groups.some((g) => g.caseId === caseId)) bases.set(caseId, baseFromKnown(known));
  const d = db();
  let done = 0;

  for (const [index, chunk] of chunks.entries()) {
    const parts = byCase(chunk);
    // Sealed all at once: each seal awaits WebCrypto, and one after another the waits add up.
    const rows: EntryRowV5[] = await Promise.all(
      chunk.flatMap((part) => part.entries.map((e) => entryRow(e, options.demo ?? false, part.caseId))),
    );
    const audit = index === chunks.length - 1 ? (options.audit ?? []) : [];
    for (;;) {
      for (const caseId of parts.keys()) if (!bases.has(caseId)) bases.set(caseId, await readBase(caseId));
      const prepared = await prepareSummaries(parts, bases);
      const stored = await d.transaction('rw', d.entries, d.cases, d.audit, async () => {
        const stale = await storeEntries(d, parts, rows, prepared, (n) => {
          if (options.atomic) options.onProgress?.(done + n, total);
        });
        if (stale === null) await appendAudit(audit, d);
        return stale;
      });
      if (stored === null) break;
      bases.delete(stored); // read what is stored now, and try again
    }
    for (const [caseId, added] of parts) {
      const base = bases.get(caseId)!;
      base.relevant.push(...added.filter((e) => isSummaryKind(e.kind)));
      base.count += added.length;
    }
    done += rows.length;
    options.onProgress?.(done, total);
  }
  await casesChanged(groups.map((g) => g.caseId));
}

/**
 * One draft of a save, or a function that makes it from the entries finished before it in the
 * same save: an order served at once names the issued entry by the id it has just been given.
 */
export type DraftToSave = EntryDraft | ((earlier: readonly Entry[]) => EntryDraft);

/**
 * Saves drafts written together by one person on one case (a form; an order issued and served
 * at once) and audits each. `known` is every entry of the case as the caller shows it, which
 * spares reading the case again when nothing changed meanwhile.
 */
export async function addEntries(
  drafts: readonly DraftToSave[],
  ctx: WriteContext & { readonly now: Instant; readonly actor: Actor },
  known?: readonly Entry[],
): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const d of drafts) {
    const draft = typeof d === 'function' ? d(entries) : d;
    if (entries[0] && draft.caseId !== entries[0].caseId)
      throw new RangeError('Drafts of one save share a case');
    entries.push(await finishEntry(draft, ctx.now));
  }
  const first = entries[0];
  if (!first) return [];
  await writeEntries([{ caseId: first.caseId, entries }], {
    known: known ? new Map([[first.caseId, known.filter((e) => e.caseId === first.caseId)]]) : undefined,
    audit: entries.map((e) => auditRow(ctx.actor, ctx.now, 'entry-added', e.caseId, e.kind)),
  });
  return entries;
}

/** One entry: addEntries with a single draft. */
export async function addEntry(
  draft: EntryDraft,
  ctx: WriteContext & { readonly now: Instant; readonly actor: Actor },
  known?: readonly Entry[],
): Promise<Entry> {
  const [entry] = await addEntries([draft], ctx, known);
  return entry!;
}

/**
 * Recomputes a case's summary from every stored entry (a repair, and the reference the
 * incremental summaries are tested against).
 */
export async function rebuildSummary(caseId: string): Promise<void> {
  const d = db();
  for (;;) {
    const [entries, caseRow] = await Promise.all([loadEntries(caseId), d.cases.get(caseId)]);
    if (!caseRow) throw new CaseNotFoundError(caseId);
    const empty = {
      ...caseRow.summary,
      entryCount: 0,
      agencies: [caseRow.ownerAgency],
      lastActivityAt: caseRow.createdAt,
    };
    const facts = await computeFacts(entries.filter((e) => isSummaryKind(e.kind)));
    const summary = withFacts(empty, entries, facts);
    const written = await d.transaction('rw', d.entries, d.cases, async () => {
      const stored = await d.entries
        .where('[caseId+occurredUtc]')
        .between([caseId, ''], [caseId, '\uffff'])
        .count();
      if (stored !== entries.length) return false;
      await d.cases.update(caseId, { summary });
      return true;
    });
    if (written) break;
  }
  await casesChanged([caseId]);
}

/**
 * Rebuilds every summary written by an older version of the summary rules (SUMMARY_VERSION), one
 * case at a time, so an upgrade that changed what a summary means (last contact is now contact
 * with the victim) shows the new meaning everywhere. Resumable: a case rebuilt stays rebuilt.
 */
export async function refreshStaleSummaries(): Promise<number> {
  const stale = await db()
    .cases.filter((c) => c.summary.version !== SUMMARY_VERSION)
    .primaryKeys();
  for (const id of stale) await rebuildSummary(String(id));
  return stale.length;
}
