/**
 * The log file: `<user data>/logs/caseline.log`, size-capped. When a line would take the file
 * past `maxBytes`, the files shift (`caseline.log` → `caseline.1.log` → … ) and the oldest
 * beyond `keep` is deleted, so the log never grows without bound. Writes are synchronous: they
 * are rare, and a start-up failure must be on disk before its dialog shows and the app exits.
 * What a line may hold is decided in host/logLine.ts (never case data).
 */
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogPort } from '../host/ports';
import { lineLog } from './log';

export type FileLogOptions = {
  /** Largest size of one file. */
  readonly maxBytes?: number;
  /** How many older files are kept beside the current one (at least 1). */
  readonly keep?: number;
  readonly now?: () => Date;
};

export const LOG_FILE_NAME = 'caseline.log';

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A LogPort writing to `dir`/caseline.log; `file` is that path, for the start-up failure dialog. */
export function fileLog(dir: string, options: FileLogOptions = {}): LogPort & { readonly file: string } {
  const { maxBytes = 1024 * 1024, now } = options;
  const keep = Math.max(1, options.keep ?? 3);
  const file = join(dir, LOG_FILE_NAME);
  const older = (n: number) => join(dir, `caseline.${n}.log`);

  function rotate(): void {
    rmSync(older(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      if (existsSync(older(n))) renameSync(older(n), older(n + 1));
    }
    renameSync(file, older(1));
  }

  function write(line: string): void {
    const text = `${line}\n`;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const size = sizeOf(file);
    if (size > 0 && size + Buffer.byteLength(text) > maxBytes) rotate();
    appendFileSync(file, text, { mode: 0o600 });
  }

  return { ...lineLog(write, now), file };
}
