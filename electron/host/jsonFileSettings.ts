import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SettingsPort } from './ports';

/**
 * Settings in a JSON file, written atomically (temp file + rename) so a crash mid-write never
 * leaves half a file. The e2e harness uses this; the app uses electron-store.
 */
export function jsonFileSettings(path: string): SettingsPort {
  return {
    async read() {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as unknown;
      } catch {
        return {};
      }
    },
    async write(value) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.tmp`;
      await writeFile(tmp, JSON.stringify(value, null, 2));
      await rename(tmp, path);
    },
  };
}
