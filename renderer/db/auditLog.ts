/**
 * Reading the audit log: every record for the viewer, the chain verified page by page against
 * the head the host keeps, and the newest link as it changes (so the host's head follows every
 * append, whoever wrote it).
 */
import { liveQuery } from 'dexie';
import type { AuditRecord, ChainLink } from '../../shared/audit/chain';
import { verifyChain, type ChainVerdict } from '../../shared/audit/verify';
import { db } from './db';

/** Records verified per read: keeps memory flat however long the log grows. */
const VERIFY_PAGE = 5_000;

/** Every record, oldest first. */
export async function readAuditLog(): Promise<AuditRecord[]> {
  return db().audit.orderBy('seq').toArray();
}

/** How many records there are. */
export function countAuditRecords(): Promise<number> {
  return db().audit.count();
}

/**
 * Verifies the whole chain in order of sequence number, and that it reaches `head` (the newest
 * link the host kept): the first broken link, or ok with the number of records checked.
 * `onProgress` gets the records checked so far.
 */
export async function verifyAuditLog(
  head: ChainLink | null,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainVerdict> {
  const d = db();
  const total = await d.audit.count();
  let after: ChainLink | null = null;
  let checked = 0;
  let lastSeq = 0;
  for (;;) {
    // Read by primary key order of `seq`, as stored; what is stored may be anything.
    const page: AuditRecord[] = await d.audit.where('seq').above(lastSeq).limit(VERIFY_PAGE).toArray();
    const last = page.length < VERIFY_PAGE;
    const verdict = verifyChain(page, { after, head: last ? head : null });
    if (!verdict.ok) return { ...verdict, index: verdict.index + checked };
    checked += verdict.count;
    onProgress?.(checked, total);
    if (last) return { ok: true, count: checked, last: verdict.last };
    after = verdict.last;
    lastSeq = page[page.length - 1]!.seq;
  }
}

/** Calls `listener` with the newest link whenever the log grows (and once at start). */
export function watchAuditHead(listener: (head: ChainLink | null) => void): () => void {
  const subscription = liveQuery(async () => {
    const newest = await db().audit.orderBy('seq').last();
    return newest ? { seq: newest.seq, hash: newest.hash } : null;
  }).subscribe({ next: listener, error: () => undefined });
  return () => subscription.unsubscribe();
}
