import { ok, type Result } from '../../../shared/result';
import { invoke } from '../../host';

/** Characters asked for per read: a few chunks at a time. */
const READ_CHARS = 4 * 1024 * 1024;

/** A backup file read line by line through the host, with how far it got for progress. */
export type LineReader = {
  /** The next line; null at the end of the file. */
  next(): Promise<Result<string | null>>;
  /** Bytes read so far and the file's size. */
  progress(): { readonly read: number; readonly size: number };
  close(): Promise<void>;
  readonly id: string;
};

export function lineReader(file: { readonly id: string; readonly bytes: number }): LineReader {
  const queue: string[] = [];
  let done = false;
  let read = 0;
  return {
    id: file.id,
    async next() {
      while (queue.length === 0 && !done) {
        const r = await invoke('backup-read', { id: file.id, maxChars: READ_CHARS });
        if (!r.ok) return r;
        queue.push(...r.value.lines);
        done = r.value.done;
        read = r.value.readBytes;
      }
      const line = queue.shift();
      return ok(line ?? null);
    },
    progress: () => ({ read, size: file.bytes }),
    async close() {
      await invoke('backup-close', { id: file.id });
    },
  };
}

/** Skips empty trailing lines; anything else after the end is not this format. */
export async function nextLine(reader: LineReader): Promise<Result<string | null>> {
  for (;;) {
    const r = await reader.next();
    if (!r.ok || r.value === null || r.value.trim() !== '') return r;
  }
}
