/**
 * The backup file (issue 9): everything an office keeps, encrypted, in a form that is written
 * and read a piece at a time. Text lines:
 *
 *   1. `CASELINE-BACKUP 1`
 *   2. the header, JSON: which office, when, the schema of its database, and the data key
 *      wrapped under each administrator's passphrase (so only an administrator restores it),
 *      with a key check of the backup key;
 *   3… one chunk per line: base64 of IV ‖ AES-256-GCM ciphertext ‖ tag under the backup key
 *      (derived from the data key), with the backup's id and the chunk's number as additional
 *      data, so chunks cannot be moved between backups or reordered. Each holds JSON: rows of
 *      one table, the host's files (staff accounts, identity, settings), or the end, which
 *      counts the chunks and rows before it, so a file cut short is found.
 *
 * Everything inside the chunks was already encrypted at rest where it was sensitive; the backup
 * key encrypts it again together with what was not (summaries, the audit log, names of staff).
 */
import * as v from 'valibot';
import { decryptText, encryptText, packSealed, unpackSealed } from '../crypto/aes';
import { fromBase64, toBase64, utf8 } from '../crypto/encoding';
import { wrappedKeySchema } from '../crypto/passphrase';
import { isInstant } from '../dates';
import { isUuid } from '../ids';

export const BACKUP_MAGIC = 'CASELINE-BACKUP 1';
export const BACKUP_FORMAT_VERSION = 1;
/** Rows per chunk: a chunk stays a few hundred kilobytes. */
export const BACKUP_CHUNK_ROWS = 1000;

const uuid = v.custom<string>(isUuid, 'not a UUID');
const instant = v.custom<string>(isInstant, 'not an instant');

export const BACKUP_HEADER = v.strictObject({
  format: v.literal('caseline-backup'),
  version: v.literal(BACKUP_FORMAT_VERSION),
  backupId: uuid,
  createdAt: instant,
  /** The app version that wrote it, for people reading the file. */
  app: v.pipe(v.string(), v.maxLength(40)),
  /** The database's schema version: a backup restores into the same version. */
  schema: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
  agency: v.strictObject({ id: uuid, name: v.pipe(v.string(), v.maxLength(200)) }),
  /** The data key, wrapped under each administrator's passphrase. */
  keys: v.pipe(
    v.array(v.strictObject({ account: uuid, wrapped: wrappedKeySchema })),
    v.minLength(1),
    v.maxLength(100),
  ),
  /** A key check of the backup key: a wrong key is told from a damaged file. */
  check: v.strictObject({
    iv: v.pipe(v.string(), v.maxLength(64)),
    tag: v.pipe(v.string(), v.maxLength(64)),
  }),
});
export type BackupHeader = v.InferOutput<typeof BACKUP_HEADER>;

const row = v.custom<Record<string, unknown>>(
  (r) => typeof r === 'object' && r !== null && !Array.isArray(r),
  'not a row',
);

export const BACKUP_PART = v.variant('part', [
  v.strictObject({
    part: v.literal('rows'),
    table: v.pipe(v.string(), v.regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/)),
    rows: v.pipe(v.array(row), v.maxLength(BACKUP_CHUNK_ROWS)),
  }),
  v.strictObject({
    part: v.literal('host'),
    keyring: v.unknown(),
    identity: v.unknown(),
    settings: v.unknown(),
  }),
  v.strictObject({
    part: v.literal('end'),
    /** Chunks before this one. */
    chunks: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
    /** Rows written, by table. */
    rows: v.record(v.string(), v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  }),
]);
export type BackupPart = v.InferOutput<typeof BACKUP_PART>;

function chunkAad(backupId: string, index: number): Uint8Array<ArrayBuffer> {
  return utf8(`caseline backup v1 ${backupId} ${index}`);
}

/** One chunk line (no newline). */
export async function sealChunk(
  key: CryptoKey,
  backupId: string,
  index: number,
  part: BackupPart,
): Promise<string> {
  return toBase64(packSealed(await encryptText(key, JSON.stringify(part), chunkAad(backupId, index))));
}

/** Why a backup file cannot be restored, in the order the reader finds it. */
export type BackupProblem =
  /** Not a Caseline backup at all (another file, or not text). */
  | 'not-a-backup'
  /** A backup of a format this version does not read. */
  | 'unsupported'
  /** A Caseline backup, but its database is of another version than this app's. */
  | 'other-schema'
  /** The passphrase opens none of the administrators' keys. */
  | 'wrong-passphrase'
  /** A chunk was changed, moved or does not decrypt: the file is damaged or was tampered with. */
  | 'damaged'
  /** The file ends before its last chunk. */
  | 'incomplete';

/** Reads the first two lines. */
export function readHeader(
  magic: string | undefined,
  header: string | undefined,
): { ok: true; header: BackupHeader } | { ok: false; problem: BackupProblem } {
  if (magic !== BACKUP_MAGIC) {
    return magic?.startsWith('CASELINE-BACKUP ')
      ? { ok: false, problem: 'unsupported' }
      : { ok: false, problem: 'not-a-backup' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(header ?? '');
  } catch {
    return { ok: false, problem: 'not-a-backup' };
  }
  const r = v.safeParse(BACKUP_HEADER, parsed);
  return r.success ? { ok: true, header: r.output } : { ok: false, problem: 'not-a-backup' };
}

/** Opens one chunk line; `damaged` for anything that is not this backup's chunk at this place. */
export async function openChunk(
  key: CryptoKey,
  backupId: string,
  index: number,
  line: string,
): Promise<{ ok: true; part: BackupPart } | { ok: false; problem: 'damaged' }> {
  const bytes = fromBase64(line.trim());
  const sealed = bytes && unpackSealed(bytes);
  if (!sealed) return { ok: false, problem: 'damaged' };
  const opened = await decryptText(key, sealed, chunkAad(backupId, index));
  if (!opened.ok) return { ok: false, problem: 'damaged' };
  try {
    const r = v.safeParse(BACKUP_PART, JSON.parse(opened.value));
    return r.success ? { ok: true, part: r.output } : { ok: false, problem: 'damaged' };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
