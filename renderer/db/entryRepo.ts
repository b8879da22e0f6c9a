/**
 * Timeline entries: append-only. Hashing and sealing happen before a transaction opens
 * (awaiting WebCrypto inside a Dexie transaction would commit it early); bulk writes go in
 * chunks of about a thousand rows per transaction.
 */
import { toUtcKey, type CalendarDate, type Instant } from '../../shared/dates';
import { newId, type CaseId, type EntryId } from '../../shared/ids';
import type { Basis, Correction, Entry, EntryDraft, FieldValue } from '../../shared/domain/types';
import { entryHash } from '../../shared/domain/canonical';
import { isSummaryKind, SUMMARY_KINDS, summariseCase } from '../../shared/domain/summary';
import { codec } from './codec';
import { db } from './db';
import { auditRow, type Actor } from './audit';
import type { EntryRowV1 } from './schema/v1';

type SealedEntry = {
  narrative: string;
  fields: Readonly<Record<string, FieldValue>>;
  basis: Basis;
  correction: Correction | null;
};

export const BULK_CHUNK = 1000;

/** Gives a draft its id, record time and content hash. */
export async function finishEntry(draft: EntryDraft, recordedAt: Instant, idMs?: number): Promise<Entry> {
  const unhashed = { ...draft, id: newId<'EntryId'>(idMs), recordedAt };
  return { ...unhashed, hash: await entryHash(unhashed) };
}

export async function entryRow(entry: Entry, demo: boolean): Promise<EntryRowV1> {
  return {
    id: entry.id,
    caseId: entry.caseId,
    kind: entry.kind,
    occurredAt: entry.occurredAt,
    occurredUtc: toUtcKey(entry.occurredAt),
    recordedAt: entry.recordedAt,
    author: entry.author,
    confidentiality: entry.confidentiality,
    sourceAgency: entry.sourceAgency,
    supersedes: entry.correction?.supersedes ?? null,
    hash: entry.hash,
    demo: demo ? 1 : 0,
    sealed: await codec().seal({
      narrative: entry.narrative,
      fields: entry.fields,
      basis: entry.basis,
      correction: entry.correction,
    } satisfies SealedEntry),
  };
}

export async function openEntry(row: EntryRowV1): Promise<Entry> {
  const s = await codec().open<SealedEntry>(row.sealed);
  return {
    id: row.id as EntryId,
    caseId: row.caseId as CaseId,
    kind: row.kind,
    occurredAt: row.occurredAt,
    recordedAt: row.recordedAt,
    author: row.author,
    confidentiality: row.confidentiality,
    basis: s.basis,
    sourceAgency: row.sourceAgency,
    narrative: s.narrative,
    fields: s.fields,
    correction: s.correction,
    hash: row.hash,
  };
}

/** Every entry of a case, oldest first. */
export async function loadEntries(caseId: string): Promise<Entry[]> {
  const rows = await db()
    .entries.where('[caseId+occurredUtc]')
    .between([caseId, ''], [caseId, '\uffff'])
    .toArray();
  return Promise.all(rows.map(openEntry));
}

/**
 * The entries a case's summary depends on, read by the [caseId+kind] index and decoded, with the
 * case's entry count as it stood when they were read.
 */
async function readSummaryEntries(caseId: string): Promise<{ entries: Entry[]; entryCount: number | null }> {
  const d = db();
  // One equality query per kind: each is a getAll, much faster than one anyOf cursor.
  const [rows, caseRow] = await d.transaction('r', d.entries, d.cases, () =>
    Promise.all([
      Promise.all(SUMMARY_KINDS.map((k) => d.entries.where('[caseId+kind]').equals([caseId, k]).toArray())),
      d.cases.get(caseId),
    ]),
  );
  return {
    entries: await Promise.all(rows.flat().map(openEntry)),
    entryCount: caseRow?.summary.entryCount ?? null,
  };
}

/**
 * Saves one entry and refreshes its case's cached summary, in one transaction.
 *
 * `known` is every entry of the case as the caller already holds it (the case page does). It
 * spares reading them again, which on a long case costs more than the rest of the save. It is
 * trusted only if the case still has exactly that many entries when the transaction runs (its
 * summary's entryCount): entries are never deleted, so the same count means the same entries.
 * Entries read from storage are checked the same way, against the count read with them.
 * Otherwise, or without
 * `known`, the entries the summary needs are read (by the [caseId+kind] index) and decoded
 * before the transaction, because an encrypting codec cannot run inside one.
 */
export async function addEntry(
  draft: EntryDraft,
  ctx: { now: Instant; today: CalendarDate; windowDays: number; actor: Actor },
  known?: readonly Entry[],
): Promise<Entry> {
  const entry = await finishEntry(draft, ctx.now);
  const row = await entryRow(entry, false);
  const d = db();
  let trusted = known?.filter((e) => e.caseId === draft.caseId);
  for (;;) {
    let relevant: readonly Entry[];
    let expected: number | null;
    if (trusted) {
      relevant = trusted.filter((e) => isSummaryKind(e.kind));
      expected = trusted.length;
    } else {
      const read = await readSummaryEntries(draft.caseId);
      relevant = read.entries;
      expected = read.entryCount;
    }
    const saved = await d.transaction('rw', d.entries, d.cases, d.audit, async () => {
      const caseRow = await d.cases.get(draft.caseId);
      if (!caseRow) throw new Error('Case not found');
      // Another write since the entries were read changes the count: read again. (addEntry,
      // refreshSummary and the demo loader keep entryCount equal to the stored entries; reading
      // it costs nothing here, where counting the index costs ~10 ms.)
      if (expected !== null && caseRow.summary.entryCount !== expected) return false;
      await d.entries.add(row);
      const summary = summariseCase({
        // Every contact entry is among `relevant`, so the last contact is recomputed, not carried
        // over: carrying it over would keep a voided call-out as the last contact.
        previous: { ...caseRow.summary, lastContactAt: null },
        added: [entry],
        relevant: [...relevant, entry],
        today: ctx.today,
        windowDays: ctx.windowDays,
      });
      await d.cases.update(draft.caseId, { summary });
      await d.audit.add(auditRow(ctx.actor, ctx.now, 'entry-added', draft.caseId, entry.kind));
      return true;
    });
    if (saved) return entry;
    trusted = undefined; // the case changed meanwhile: read what is stored now
  }
}

/**
 * Writes many finished entries (demo workspace, benchmarks): rows prepared first, then one
 * transaction per chunk. The caller must refresh the summaries of the cases written to (or
 * write them itself, as the demo loader does): the summary's entryCount is not updated here.
 */
export async function bulkAddEntries(
  entries: readonly Entry[],
  demo: boolean,
  onProgress?: (done: number) => void,
): Promise<void> {
  const d = db();
  for (let i = 0; i < entries.length; i += BULK_CHUNK) {
    const rows = await Promise.all(entries.slice(i, i + BULK_CHUNK).map((e) => entryRow(e, demo)));
    await d.transaction('rw', d.entries, async () => {
      await d.entries.bulkAdd(rows);
    });
    onProgress?.(Math.min(i + BULK_CHUNK, entries.length));
  }
}

/** Recomputes a case's cached summary from all its entries. */
export async function refreshSummary(caseId: string, today: CalendarDate, windowDays: number): Promise<void> {
  const d = db();
  const entries = await loadEntries(caseId);
  const caseRow = await d.cases.get(caseId);
  if (!caseRow) return;
  const relevant = entries.filter((e) => isSummaryKind(e.kind));
  const summary = summariseCase({
    previous: {
      ...caseRow.summary,
      entryCount: 0,
      agencies: [caseRow.ownerAgency],
      lastActivityAt: caseRow.createdAt,
      lastContactAt: null,
    },
    added: entries,
    relevant,
    today,
    windowDays,
  });
  await d.cases.update(caseId, { summary });
}
