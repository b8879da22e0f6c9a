import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SettingsPort } from './ports';
import { isPlainObject, setAsideIfUnreadable } from './settingsFile';

/**
 * Settings in a JSON file, written atomically (temp file + rename) so a crash mid-write never
 * leaves half a file. The e2e harness uses this; the app uses electron-store. An unreadable file
 * found on opening is moved aside and reported (settingsFile.ts); one that turns unreadable
 * while the app runs makes reads fail, so nothing overwrites it.
 */
export async function openJsonFileSettings(path: string, now: Date): Promise<SettingsPort> {
  const recovered = await setAsideIfUnreadable(path, now);
  return {
    recovered,
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        if (isPlainObject(e) && e.code === 'ENOENT') return {};
        throw e;
      }
      const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      if (!isPlainObject(value)) throw new Error('The settings file does not hold settings.');
      return value;
    },
    async write(value) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.tmp`;
      await writeFile(tmp, JSON.stringify(value, null, 2));
      await rename(tmp, path);
    },
  };
}
