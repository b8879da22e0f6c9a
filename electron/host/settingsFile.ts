/**
 * A settings file that cannot be read is never silently replaced: it is moved aside, untouched,
 * to `<name>.corrupt-<time>`, and the host starts with defaults and tells the user where the old
 * file went. Runs when the settings are opened, before any window can read them. Node only, so
 * the app (electron-store's caseline.json) and the e2e harness (settings.json) share it.
 */
import { readFile, rename } from 'node:fs/promises';
import type { SettingsRecovered } from '../../shared/ipc';

/** Whether a parsed file has the shape the store can use. */
export type SettingsShape = (parsed: unknown) => boolean;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `2025-03-01T09:05:07.123Z` → `20250301T090507123Z`: sortable, and legal in a Windows file name. */
export function corruptStamp(now: Date): string {
  return now.toISOString().replace(/[-:.]/g, '');
}

function errno(e: unknown): string {
  return isPlainObject(e) && typeof e.code === 'string' ? e.code : '';
}

/**
 * Checks the file at `path`. Missing or readable: null, nothing changes. Not JSON (a crash
 * mid-write on an old build, a disk fault, a hand edit) or not of `shape`: renamed to
 * `<path>.corrupt-<stamp>` and its new path returned. A file that cannot even be opened (no
 * permission) or moved throws, so the start-up fails with that reason instead of losing it.
 */
export async function setAsideIfUnreadable(
  path: string,
  now: Date,
  shape: SettingsShape = isPlainObject,
): Promise<SettingsRecovered | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (errno(e) === 'ENOENT') return null;
    throw e;
  }
  if (readable(text, shape)) return null;
  const movedTo = `${path}.corrupt-${corruptStamp(now)}`;
  await rename(path, movedTo);
  return { movedTo };
}

function readable(text: string, shape: SettingsShape): boolean {
  try {
    // A byte order mark from a text editor is not damage (electron-store skips it too).
    return shape(JSON.parse(text.replace(/^\uFEFF/, '')));
  } catch {
    return false;
  }
}
