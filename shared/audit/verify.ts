/**
 * Verifying an audit chain: the first broken link, and why.
 */
import { AUDIT_RECORD_KEYS, auditRecordHash, GENESIS_HASH, type AuditRecord, type ChainLink } from './chain';

export const CHAIN_BREAKS = [
  /** Not an audit record: a field missing, extra or of the wrong type. */
  'malformed',
  /** The record's content no longer matches its own hash. */
  'altered',
  /** One or more records before this one are gone (its number skips some). */
  'missing',
  /** Records are out of order: this one's number comes later than the next expected one, which follows it. */
  'reordered',
  /** The record repeats a number already used: an inserted or replayed record. */
  'duplicate',
  /** The record does not point at the hash of the record before it (a record before it was replaced). */
  'wrong-previous-hash',
  /** The chain ends before the newest record known from elsewhere: the last records are gone. */
  'missing-at-end',
  /** The record at the known newest number is not the one that was written there. */
  'head-mismatch',
] as const;
export type ChainBreakReason = (typeof CHAIN_BREAKS)[number];

export type ChainVerdict =
  | {
      readonly ok: true;
      /** Records checked. */
      readonly count: number;
      /** The newest record checked (null for none): pass it as `after` to verify the next page. */
      readonly last: ChainLink | null;
    }
  | {
      readonly ok: false;
      readonly reason: ChainBreakReason;
      /** Position in the records passed in; records.length for 'missing-at-end'. */
      readonly index: number;
      /** The record found there, or null when there is none ('missing-at-end'). */
      readonly id: string | null;
      /** Its sequence number as stored (null when there is none or it is not a number). */
      readonly seq: number | null;
      /** The sequence number the chain expected at this place. */
      readonly expectedSeq: number;
    };

export type VerifyOptions = {
  /**
   * The last record of the part of the chain already verified, when verifying page by page
   * (the `last` of the previous page's verdict); absent or null: the records start the chain.
   */
  readonly after?: ChainLink | null;
  /**
   * The newest record as kept somewhere the audit table's writer cannot quietly change (so
   * that removing the newest records is found, which no chain can show by itself). Pass it with
   * the last page only.
   */
  readonly head?: ChainLink | null;
};

const HASH_RE = /^[0-9a-f]{64}$/;

/**
 * Checks records in stored order (by sequence number) and returns ok or the first broken link.
 * For each record in turn: its fields, its own hash, its number (one more than the last), then
 * its link to the previous hash. A record altered without its hash being recomputed is
 * 'altered' at that record; one altered and re-hashed breaks the next record's link
 * ('wrong-previous-hash'); a removed record shows as 'missing' at the record after the gap.
 */
export function verifyChain(records: readonly AuditRecord[], options: VerifyOptions = {}): ChainVerdict {
  let previous: ChainLink | null = options.after ?? null;
  let seqsAhead: Set<number> | null = null;
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as unknown;
    const expectedSeq = (previous?.seq ?? 0) + 1;
    if (!isWellFormed(record)) {
      return broken('malformed', index, record, expectedSeq);
    }
    if (auditRecordHash(record) !== record.hash) {
      return broken('altered', index, record, expectedSeq);
    }
    if (record.seq < expectedSeq) {
      return broken('duplicate', index, record, expectedSeq);
    }
    if (record.seq > expectedSeq) {
      // A gap: is the expected record further on (out of order) or nowhere (removed)?
      seqsAhead ??= new Set(records.slice(index + 1).map((r) => (r as { seq?: unknown }).seq as number));
      return broken(seqsAhead.has(expectedSeq) ? 'reordered' : 'missing', index, record, expectedSeq);
    }
    if (record.prevHash !== (previous?.hash ?? GENESIS_HASH)) {
      return broken('wrong-previous-hash', index, record, expectedSeq);
    }
    previous = { seq: record.seq, hash: record.hash };
  }
  const head = options.head ?? null;
  if (head !== null) {
    const lastSeq = previous?.seq ?? 0;
    if (lastSeq < head.seq) {
      return {
        ok: false,
        reason: 'missing-at-end',
        index: records.length,
        id: null,
        seq: null,
        expectedSeq: lastSeq + 1,
      };
    }
    const offset = head.seq - (records[0]?.seq ?? lastSeq + 1);
    const atHead = offset >= 0 ? records[offset] : undefined;
    if (atHead !== undefined && atHead.hash !== head.hash) {
      return broken('head-mismatch', offset, atHead, head.seq);
    }
  }
  return { ok: true, count: records.length, last: previous };
}

function broken(reason: ChainBreakReason, index: number, record: unknown, expectedSeq: number): ChainVerdict {
  const fields =
    typeof record === 'object' && record !== null ? (record as { id?: unknown; seq?: unknown }) : {};
  return {
    ok: false,
    reason,
    index,
    id: typeof fields.id === 'string' ? fields.id : null,
    seq: typeof fields.seq === 'number' ? fields.seq : null,
    expectedSeq,
  };
}

/** Exactly the fields of a record, each of its type: what came out of storage may be anything. */
function isWellFormed(value: unknown): value is AuditRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  if (Object.keys(r).length !== AUDIT_RECORD_KEYS.length) return false;
  return (
    typeof r.id === 'string' &&
    typeof r.at === 'string' &&
    typeof r.actor === 'string' &&
    typeof r.agencyId === 'string' &&
    typeof r.action === 'string' &&
    (r.caseId === null || typeof r.caseId === 'string') &&
    typeof r.detail === 'string' &&
    Number.isSafeInteger(r.seq) &&
    (r.seq as number) >= 1 &&
    typeof r.prevHash === 'string' &&
    HASH_RE.test(r.prevHash) &&
    typeof r.hash === 'string' &&
    HASH_RE.test(r.hash)
  );
}
