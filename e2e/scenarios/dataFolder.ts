/**
 * Looking at a data folder the way someone who copied it would: every file, every byte, for
 * text typed into the app, in the encodings it could be stored in.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { searchableBytes } from './leveldb';

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Every file of the folder, relative to it. */
export async function filesOf(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).map((f) => relative(dir, f));
}

const ENCODINGS = ['utf8', 'utf16le'] as const;

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

/**
 * Where each text appears, as `text (encoding) in file`: UTF-8, UTF-16 LE and BE, in each file
 * as it is and, for IndexedDB's LevelDB files, as LevelDB holds it (decompressed, log records
 * joined: leveldb.ts).
 */
export async function findInFolder(dir: string, texts: readonly string[]): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    const raw = await readFile(file);
    const decoded = searchableBytes(file, raw);
    const bytes = decoded === raw ? raw : Buffer.concat([raw, Buffer.from([0]), decoded]);
    for (const text of texts) {
      const forms: [string, Buffer][] = [
        ...ENCODINGS.map((e): [string, Buffer] => [e, Buffer.from(text, e)]),
        ['utf16be', utf16be(text)],
      ];
      for (const [encoding, needle] of forms)
        if (bytes.includes(needle) && !hits.includes(`${text} (${encoding}) in ${relative(dir, file)}`))
          hits.push(`${text} (${encoding}) in ${relative(dir, file)}`);
    }
  }
  return hits;
}

const CYRILLIC = 'абвгдежзиклмнопрстуфхэюяәғқңөұүі';

/** A name no other test or run uses: Cyrillic, so IndexedDB keeps it as two-byte text. */
export function uniqueName(): string {
  const pick = () => CYRILLIC[Math.floor(Math.random() * CYRILLIC.length)]!;
  const word = (n: number) => Array.from({ length: n }, pick).join('');
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return `${cap(word(6))} ${cap(word(7))}ова`;
}

/** Twelve digits no other run uses, as a national ID (IIN) is written. */
export function uniqueIin(): string {
  return `9${Array.from({ length: 11 }, () => Math.floor(Math.random() * 10)).join('')}`;
}

/** The `sealed` column of every row IndexedDB holds for the app, read in the page. */
export async function storedSealedValues(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('caseline');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('open failed'));
    });
    const names = [...db.objectStoreNames];
    const out: string[] = [];
    for (const name of names) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
        req.onerror = () => reject(req.error ?? new Error('read failed'));
      });
      for (const row of rows) {
        const sealed = (row as { sealed?: unknown }).sealed;
        if (typeof sealed === 'string') out.push(sealed);
      }
    }
    db.close();
    return out;
  });
}
