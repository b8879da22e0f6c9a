/**
 * The audit log as a hash chain. Each record carries a sequence number, the hash of the record
 * before it and its own hash, so altering, removing, inserting or reordering a stored record
 * breaks a link that verifyChain finds (issue 9: "Verify pinpoints the first broken link").
 *
 * A record's hash is SHA-256 (hex) of its canonical JSON (shared/domain/canonical.ts) without
 * the `hash` field, which includes `seq` and `prevHash`. The first record (seq 1) has
 * GENESIS_HASH as its previous hash.
 *
 * Hashing here is synchronous (./sha256.ts) rather than WebCrypto's `crypto.subtle.digest`:
 * - a chain of 100,000 records took 2.2 s to hash one by one with WebCrypto in Chromium (0.9 s
 *   in batches of 1,000) and 3.8 s in Node, where verifying it must take well under a second;
 * - an append reads the newest record, seals the next one and adds it, and that must happen in
 *   one IndexedDB transaction, so two appends never claim the same number; awaiting WebCrypto
 *   inside a Dexie transaction commits it early (DESIGN.md §3). A synchronous hash can run
 *   inside it. The digest is the same SHA-256 (a test checks it against sha256Hex).
 */
import { isInstant, type Instant } from '../dates';
import { isUuid, type AgencyId, type AuditId, type CaseId } from '../ids';
import { isAuditAction, type AuditAction } from './actions';
import { sha256HexSync } from './sha256';

/** The previous hash of the first record in a chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the caller knows when something happens: who, which agency, what, on which case. */
export type AuditEvent = {
  readonly id: AuditId;
  readonly at: Instant;
  /** The signed-in staff member's name as shown at the time. */
  readonly actor: string;
  readonly agencyId: AgencyId;
  readonly action: AuditAction;
  /** The case concerned, or null for something not about one case (sign-in, backup …). */
  readonly caseId: CaseId | null;
  /** What exactly: the document and audience of an export, the field of a setting … */
  readonly detail: string;
};

/** A stored audit record: the event and its place in the chain. */
export type AuditRecord = AuditEvent & {
  /** 1 for the first record, then one more for each; a gap means a record was removed. */
  readonly seq: number;
  /** `hash` of the record with seq − 1, or GENESIS_HASH for seq 1. */
  readonly prevHash: string;
  /** SHA-256 (hex) of this record's canonical JSON without `hash`. */
  readonly hash: string;
};

/** A record's place in the chain: enough to append after it or to continue verifying from it. */
export type ChainLink = { readonly seq: number; readonly hash: string };

const HASH_RE = /^[0-9a-f]{64}$/;

/**
 * The next record of a chain whose newest record is `previous` (null: the chain is empty, this
 * is the genesis record). Synchronous, so it can run inside the transaction that reads
 * `previous` and adds the result. Throws RangeError for an event or link that cannot be part of
 * a valid chain.
 */
export function sealAuditRecord(previous: ChainLink | null, event: AuditEvent): AuditRecord {
  if (
    previous !== null &&
    (!Number.isSafeInteger(previous.seq) || previous.seq < 1 || !HASH_RE.test(previous.hash))
  ) {
    throw new RangeError(`Not a link of an audit chain: seq ${previous.seq}, hash '${previous.hash}'.`);
  }
  if (!isUuid(event.id)) throw new RangeError(`Audit record id '${String(event.id)}' is not a UUID.`);
  if (!isInstant(event.at))
    throw new RangeError(`Audit time '${String(event.at)}' is not a date and time with an offset.`);
  if (!isAuditAction(event.action)) throw new RangeError(`'${String(event.action)}' is not an audit action.`);
  const unsealed = {
    id: event.id,
    at: event.at,
    actor: event.actor,
    agencyId: event.agencyId,
    action: event.action,
    caseId: event.caseId,
    detail: event.detail,
    seq: previous === null ? 1 : previous.seq + 1,
    prevHash: previous === null ? GENESIS_HASH : previous.hash,
  };
  return { ...unsealed, hash: auditRecordHash(unsealed) };
}

/** SHA-256 (lower-case hex) of a record's canonical JSON, `hash` left out. */
export function auditRecordHash(record: Omit<AuditRecord, 'hash'>): string {
  return sha256HexSync(canonicalAuditJson(record));
}

/**
 * The canonical JSON of a record without its hash: exactly what canonicalJson writes for it
 * (keys in code-unit order, values as JSON.stringify writes them; a property test holds the two
 * equal), written directly because the general walk costs three times as much and verification
 * runs it for every record.
 */
export function canonicalAuditJson(record: Omit<AuditRecord, 'hash'>): string {
  const s = JSON.stringify;
  return (
    `{"action":${s(record.action)},"actor":${s(record.actor)},"agencyId":${s(record.agencyId)},` +
    `"at":${s(record.at)},"caseId":${record.caseId === null ? 'null' : s(record.caseId)},` +
    `"detail":${s(record.detail)},"id":${s(record.id)},"prevHash":${s(record.prevHash)},"seq":${s(record.seq)}}`
  );
}

/** The fields of a stored record, in the order canonicalAuditJson writes them, plus `hash`. */
export const AUDIT_RECORD_KEYS = [
  'action',
  'actor',
  'agencyId',
  'at',
  'caseId',
  'detail',
  'id',
  'prevHash',
  'seq',
  'hash',
] as const;
