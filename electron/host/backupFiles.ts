/**
 * Backup files as streams of text lines, so a backup of a large office never has to be one
 * string in memory or cross the bridge in one piece. The renderer writes and reads lines; the
 * format itself (shared/backup) is the renderer's business, the host only moves text.
 *
 * Writing goes to `<file>.partial` and is renamed into place only when the renderer says the
 * backup is complete, after the data reached the disk (fsync): a backup stopped half-way never
 * looks like a finished one.
 */
import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';

/** Most text one write may carry, and one read may return. */
export const MAX_BACKUP_CHUNK = 16 * 1024 * 1024;
/** Largest backup file read. */
export const MAX_BACKUP_BYTES = 8 * 1024 * 1024 * 1024;
const READ_BLOCK = 1024 * 1024;

function errno(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
}

function writeProblem(path: string, e: unknown): Result<never> {
  const code = errno(e);
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'no permission to write there'
        : code || 'unknown error';
  return fail('file-unwritable', `Could not save ${basename(path)}: ${why}.`);
}

type Writer = { path: string; partial: string; handle: FileHandle; bytes: number };
type Reader = { path: string; handle: FileHandle; position: number; pending: string; size: number };

export type BackupFiles = ReturnType<typeof backupFiles>;

export function backupFiles() {
  const writers = new Map<string, Writer>();
  const readers = new Map<string, Reader>();
  const decoder = new TextDecoder('utf-8', { fatal: true });

  return {
    /** Starts a backup at `path` (chosen in a save dialog); returns its handle id. */
    async begin(path: string): Promise<Result<{ id: string }>> {
      const partial = `${path}.partial`;
      try {
        const handle = await open(partial, 'w', 0o600);
        const id = randomUUID();
        writers.set(id, { path, partial, handle, bytes: 0 });
        return ok({ id });
      } catch (e) {
        return writeProblem(path, e);
      }
    },

    async write(id: string, text: string): Promise<Result<null>> {
      const w = writers.get(id);
      if (!w) return fail('invalid-argument', 'No such backup being written.');
      try {
        const { bytesWritten } = await w.handle.write(text, null, 'utf8');
        w.bytes += bytesWritten;
        return ok(null);
      } catch (e) {
        await this.abort(id);
        return writeProblem(w.path, e);
      }
    },

    /** Makes the backup durable and puts it in place under its real name. */
    async finish(id: string): Promise<Result<{ path: string; bytes: number }>> {
      const w = writers.get(id);
      if (!w) return fail('invalid-argument', 'No such backup being written.');
      writers.delete(id);
      try {
        await w.handle.sync();
        await w.handle.close();
        await rename(w.partial, w.path);
        return ok({ path: w.path, bytes: w.bytes });
      } catch (e) {
        await rm(w.partial, { force: true }).catch(() => undefined);
        return writeProblem(w.path, e);
      }
    },

    /** Stops a backup and removes what was written. */
    async abort(id: string): Promise<void> {
      const w = writers.get(id);
      if (!w) return;
      writers.delete(id);
      await w.handle.close().catch(() => undefined);
      await rm(w.partial, { force: true }).catch(() => undefined);
    },

    /** Opens a backup file to read; `name` and `bytes` for the screen. */
    async openRead(path: string): Promise<Result<{ id: string; name: string; bytes: number }>> {
      const name = basename(path);
      try {
        const info = await stat(path);
        if (!info.isFile()) return fail('backup-unreadable', `${name} is not a file.`);
        if (info.size > MAX_BACKUP_BYTES)
          return fail('file-too-large', `${name} is too large to be a backup.`);
        const handle = await open(path, 'r');
        const id = randomUUID();
        readers.set(id, { path, handle, position: 0, pending: '', size: info.size });
        return ok({ id, name, bytes: info.size });
      } catch (e) {
        return errno(e) === 'ENOENT'
          ? fail('file-not-found', `${name} no longer exists.`)
          : fail('backup-unreadable', `Could not read ${name}: ${errno(e) || 'unknown error'}.`);
      }
    },

    /**
     * The next whole lines, at most about `maxChars` characters (one longer line comes whole,
     * up to MAX_BACKUP_CHUNK); `done` once the file is read to its end. `readBytes` for progress.
     */
    async read(
      id: string,
      maxChars: number,
    ): Promise<Result<{ lines: string[]; done: boolean; readBytes: number }>> {
      const r = readers.get(id);
      if (!r) return fail('invalid-argument', 'No such backup being read.');
      const lines: string[] = [];
      let chars = 0;
      const buffer = Buffer.alloc(READ_BLOCK);
      try {
        for (;;) {
          let newline = r.pending.indexOf('\n');
          while (newline >= 0 && (chars < maxChars || lines.length === 0)) {
            const line = r.pending.slice(0, newline);
            lines.push(line);
            chars += line.length;
            r.pending = r.pending.slice(newline + 1);
            newline = r.pending.indexOf('\n');
          }
          if (chars >= maxChars && lines.length > 0) return ok({ lines, done: false, readBytes: r.position });
          if (r.pending.length > MAX_BACKUP_CHUNK)
            return fail('backup-unreadable', 'A line of the backup is too long.');
          const { bytesRead } = await r.handle.read(buffer, 0, READ_BLOCK, r.position);
          if (bytesRead === 0) {
            if (r.pending !== '') lines.push(r.pending);
            r.pending = '';
            return ok({ lines, done: true, readBytes: r.position });
          }
          r.position += bytesRead;
          // Backups are ASCII (base64 and JSON with escapes); a byte that is not cannot be one.
          r.pending += decoder.decode(buffer.subarray(0, bytesRead), { stream: true });
        }
      } catch {
        return fail('backup-unreadable', 'The backup file is not text a backup is written in.');
      }
    },

    async close(id: string): Promise<void> {
      const r = readers.get(id);
      if (!r) return;
      readers.delete(id);
      await r.handle.close().catch(() => undefined);
    },

    /** The path a reader was opened on (a restore's journal records it). */
    pathOf(id: string): string | null {
      return readers.get(id)?.path ?? null;
    },
  };
}
