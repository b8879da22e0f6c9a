/**
 * Every row of every table, for backups: read in primary-key order a chunk at a time, written
 * back into an empty database. Generic over the database's tables, so a table a later schema
 * version adds is in the backup without anyone remembering to add it. Rows are taken as
 * IndexedDB holds them: sealed values stay sealed.
 */
import { clearCaseIndex } from './caseIndex';
import { db } from './db';

/** The database's schema version (a backup restores into the same one). */
export function databaseVersion(): number {
  return db().verno;
}

/** The rows of each table, in chunks of at most `size`, with the total for progress. */
export async function forEachRowChunk(
  size: number,
  onChunk: (table: string, rows: readonly Record<string, unknown>[], total: number) => Promise<void>,
): Promise<Record<string, number>> {
  const d = db();
  let total = 0;
  for (const t of d.tables) total += await t.count();
  const counts: Record<string, number> = {};
  for (const table of d.tables) {
    const key = table.schema.primKey.keyPath;
    let count = 0;
    if (typeof key !== 'string') continue;
    let after: unknown = null;
    for (;;) {
      const read: unknown[] =
        after === null
          ? await table.orderBy(':id').limit(size).toArray()
          : await table.where(':id').above(after).limit(size).toArray();
      const rows = read as Record<string, unknown>[];
      if (rows.length === 0) break;
      after = rows[rows.length - 1]![key];
      count += rows.length;
      await onChunk(table.name, rows, total);
    }
    counts[table.name] = count;
  }
  return counts;
}

/** Whether the database holds nothing at all (a restore goes only into such a one). */
export async function isDatabaseEmpty(): Promise<boolean> {
  for (const t of db().tables) if ((await t.count()) > 0) return false;
  return true;
}

/** The names of the tables this version has. */
export function tableNames(): string[] {
  return db().tables.map((t) => t.name);
}

/** Empties every table (an interrupted restore starts again from nothing). */
export async function clearDatabase(): Promise<void> {
  const d = db();
  await d.transaction('rw', d.tables, async () => {
    for (const t of d.tables) await t.clear();
  });
  clearCaseIndex();
}

/** Adds restored rows to a table, in one transaction. */
export async function addRows(tableName: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const table = db().table(tableName);
  await db().transaction('rw', table, async () => {
    await table.bulkAdd([...rows]);
  });
}

/** Case headers are read again after a restore. */
export function restoredRows(): void {
  clearCaseIndex();
}
