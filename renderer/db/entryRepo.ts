/**
 * Timeline entries: append-only. Hashing and sealing happen before a transaction opens
 * (awaiting WebCrypto inside a Dexie transaction would commit it early); bulk writes go in
 * chunks of about a thousand rows per transaction.
 */
import { toUtcKey, type CalendarDate, type Instant } from '../../shared/dates';
import { newId, type CaseId, type EntryId } from '../../shared/ids';
import type { Basis, Correction, Entry, EntryDraft, FieldValue } from '../../shared/domain/types';
import { entryHash } from '../../shared/domain/canonical';
import { SUMMARY_KINDS, summariseCase } from '../../shared/domain/summary';
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
 * Saves one entry and refreshes its case's cached summary, in one transaction. Only the
 * entries that the summary depends on are read (by the [caseId+kind] index).
 */
export async function addEntry(
  draft: EntryDraft,
  ctx: { now: Instant; today: CalendarDate; windowDays: number; actor: Actor },
): Promise<Entry> {
  const entry = await finishEntry(draft, ctx.now);
  const row = await entryRow(entry, false);
  const d = db();
  // Read and decode what the summary needs before the write transaction (codec may be async).
  const relevantRows = await d.entries
    .where('[caseId+kind]')
    .anyOf(SUMMARY_KINDS.map((k) => [draft.caseId, k]))
    .toArray();
  const relevant = await Promise.all(relevantRows.map(openEntry));
  await d.transaction('rw', d.entries, d.cases, d.audit, async () => {
    const caseRow = await d.cases.get(draft.caseId);
    if (!caseRow) throw new Error('Case not found');
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
  });
  return entry;
}

/**
 * Writes many finished entries (demo workspace, benchmarks): rows prepared first, then one
 * transaction per chunk. Summaries are refreshed by the caller afterwards.
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
  const relevant = entries.filter((e) => (SUMMARY_KINDS as readonly string[]).includes(e.kind));
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
