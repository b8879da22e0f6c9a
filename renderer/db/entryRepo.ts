/**
 * Timeline entries: how one is finished (id, record time, hash), stored (a row with its sealed
 * part) and read back. Entries are append-only; every write goes through writeEntries.ts.
 */
import { toUtcKey, type Instant } from '../../shared/dates';
import { newId, type CaseId, type EntryId } from '../../shared/ids';
import type { Basis, Correction, Entry, EntryDraft, FieldValue } from '../../shared/domain/types';
import { entryHash } from '../../shared/domain/canonical';
import { codec } from './codec';
import { db } from './db';
import type { EntryRowV5 } from './schema/v5';

type SealedEntry = {
  narrative: string;
  fields: Readonly<Record<string, FieldValue>>;
  basis: Basis;
  correction: Correction | null;
};

/** Gives a draft its id, record time and content hash. */
export async function finishEntry(draft: EntryDraft, recordedAt: Instant, idMs?: number): Promise<Entry> {
  const unhashed = { ...draft, id: newId<'EntryId'>(idMs), recordedAt };
  return { ...unhashed, hash: await entryHash(unhashed) };
}

/**
 * The stored row of an entry. `fileUnder` is the local case it belongs to when that is not the
 * case id it was written under (a case linked to another office's: schema/v5.ts); the entry
 * keeps its own case id, which is part of its hash.
 */
export async function entryRow(
  entry: Entry,
  demo: boolean,
  fileUnder: string = entry.caseId,
): Promise<EntryRowV5> {
  return {
    id: entry.id,
    caseId: fileUnder,
    ...(fileUnder === entry.caseId ? {} : { entryCaseId: entry.caseId }),
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

export async function openEntry(row: EntryRowV5): Promise<Entry> {
  const s = await codec().open<SealedEntry>(row.sealed);
  return {
    id: row.id as EntryId,
    caseId: (row.entryCaseId ?? row.caseId) as CaseId,
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

/** Every entry of a case, oldest first (with those of other offices' ids linked to it). */
export async function loadEntries(caseId: string): Promise<Entry[]> {
  const rows = await db()
    .entries.where('[caseId+occurredUtc]')
    .between([caseId, ''], [caseId, '\uffff'])
    .toArray();
  return Promise.all(rows.map(openEntry));
}
