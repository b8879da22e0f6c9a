import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A JSON document in a file of its own. */
export type JsonFilePort = {
  /** The parsed document; null when there is no file. Throws for a file that is not JSON. */
  read(): Promise<unknown>;
  /** Replaces the document atomically (temp file + rename: a crash never leaves half a file). */
  write(value: unknown): Promise<void>;
  /** Where the file is, for messages that tell the user what to look at. */
  readonly path: string;
};

export function jsonFile(path: string): JsonFilePort {
  return {
    path,
    async read() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT') return null;
        throw e;
      }
      return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    },
    async write(value) {
      await mkdir(dirname(path), { recursive: true });
      const tmp = `${path}.tmp`;
      await writeFile(tmp, JSON.stringify(value, null, 2), { mode: 0o600 });
      await rename(tmp, path);
    },
  };
}
