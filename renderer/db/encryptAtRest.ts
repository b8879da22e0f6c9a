/**
 * Encrypts what was written before staff accounts existed (plain JSON in the `sealed` column of
 * every table that has one), under the codec of the first unlock. Resumable at any point: each
 * row is either still plain or already encrypted, so a run that stops (window closed, process
 * killed) leaves every row readable, and the next unlock encrypts only what is left. A row
 * changed by someone else meanwhile is left for the next pass rather than overwritten.
 *
 * Sealing happens before each transaction opens (awaiting WebCrypto inside one commits it
 * early); the transaction checks each row is still the one sealed, then writes it.
 */
import type { Table } from 'dexie';
import { iinTokenText } from './caseRows';
import { codec, plainCodec, type Codec } from './codec';
import type { CaselineDb } from './db';
import { db } from './db';
import { isEncrypted } from './encryptingCodec';

/** Rows per transaction: small enough to keep the progress moving and memory flat. */
export const ENCRYPT_CHUNK = 500;

type SealedRow = { readonly sealed: string } & Record<string, unknown>;

function hasPlainSeal(row: unknown): row is SealedRow {
  const sealed = (row as { sealed?: unknown } | null)?.sealed;
  return typeof sealed === 'string' && !isEncrypted(sealed);
}

/**
 * The row's token columns made again under `target`: a token is the codec's, so one made by the
 * plain codec (a bare hash of the IIN, which anyone could recompute) is replaced with the keyed
 * one, and matching by IIN keeps working. Only persons carry a token today (schema v3).
 */
async function tokensUnder(target: Codec, row: SealedRow, value: unknown): Promise<Record<string, unknown>> {
  if (!('iinToken' in row)) return {};
  const iin = (value as { iin?: unknown } | null)?.iin;
  const text = typeof iin === 'string' ? iinTokenText(iin) : null;
  return { iinToken: text === null ? null : await target.token(text) };
}

/** Every table whose rows carry a `sealed` column (today's and any a later version adds). */
async function sealedTables(d: CaselineDb): Promise<Table[]> {
  const out: Table[] = [];
  for (const table of d.tables) {
    const sample = await table.limit(1).toArray();
    if (sample.length > 0 && typeof (sample[0] as { sealed?: unknown }).sealed === 'string') out.push(table);
  }
  return out;
}

export type EncryptProgress = { readonly done: number; readonly total: number };

/**
 * Encrypts every plain value with `target` (default: the codec installed). Returns how many rows
 * it encrypted; zero when there was nothing left, which is how a finished run is recognised.
 */
export async function encryptExistingData(
  onProgress?: (p: EncryptProgress) => void,
  target: Codec = codec(),
  d: CaselineDb = db(),
): Promise<number> {
  const tables = await sealedTables(d);
  let total = 0;
  for (const t of tables) total += await t.count();
  let done = 0;
  let encrypted = 0;
  onProgress?.({ done, total });
  for (const table of tables) {
    const key = table.schema.primKey.keyPath;
    if (typeof key !== 'string') continue;
    let after: unknown = null;
    for (;;) {
      const rows: unknown[] =
        after === null
          ? await table.orderBy(':id').limit(ENCRYPT_CHUNK).toArray()
          : await table.where(':id').above(after).limit(ENCRYPT_CHUNK).toArray();
      if (rows.length === 0) break;
      after = (rows[rows.length - 1] as Record<string, unknown>)[key];
      const plain = rows.filter(hasPlainSeal);
      const resealed = await Promise.all(
        plain.map(async (row) => {
          const value = await plainCodec.open<unknown>(row.sealed);
          return { row, sealed: await target.seal(value), tokens: await tokensUnder(target, row, value) };
        }),
      );
      if (resealed.length > 0) {
        encrypted += await d.transaction('rw', table, async () => {
          const ids = resealed.map(({ row }) => row[key]);
          const current = (await table.bulkGet(ids as never[])) as (SealedRow | undefined)[];
          const writes = resealed.filter(({ row }, i) => current[i]?.sealed === row.sealed);
          await table.bulkPut(writes.map(({ row, sealed, tokens }) => ({ ...row, ...tokens, sealed })));
          return writes.length;
        });
      }
      done += rows.length;
      onProgress?.({ done, total });
    }
  }
  return encrypted;
}

/** How many stored values are still plain (0 once everything is encrypted). */
export async function countPlainValues(d: CaselineDb = db()): Promise<number> {
  let n = 0;
  for (const table of await sealedTables(d)) await table.each((row) => void (hasPlainSeal(row) && n++));
  return n;
}
