import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { OpenFileRequest, OpenedFile, SaveFileRequest } from '../../shared/ipc';
import { fail, ok, type Result } from '../../shared/result';
import type { ExportFolders } from './exportFolders';
import type { DialogPort } from './ports';

/**
 * Largest file any open dialog may read, whatever the caller asks for: a case bundle's limit
 * (shared/bundle/limits.ts); a bundle of 100,000 entries is 65–97 MB.
 */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;

function errno(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
}

/** Writes bytes to a path, mapping file-system errors to messages a user can act on. */
export async function writeBytes(path: string, data: Uint8Array | string): Promise<Result<{ path: string }>> {
  try {
    await writeFile(path, data);
    return ok({ path });
  } catch (e) {
    const code = errno(e);
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'no permission to write there'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code || 'unknown error';
    return fail('file-unwritable', `Could not save ${basename(path)}: ${why}.`);
  }
}

/**
 * Asks where to save (opening in the folder the last document of this kind went to), writes the
 * content there and remembers the folder.
 */
export async function saveFile(
  dialogs: DialogPort,
  folders: ExportFolders,
  req: SaveFileRequest,
): Promise<Result<{ path: string } | null>> {
  const path = await dialogs.chooseSavePath({
    title: req.title,
    suggestedName: req.suggestedName,
    filters: req.filters,
    folder: await folders.folderFor(req.kind),
  });
  if (path === null) return ok(null);
  const data = req.encoding === 'base64' ? Buffer.from(req.content, 'base64') : req.content;
  const written = await writeBytes(path, data);
  if (written.ok) await folders.remember(req.kind, path);
  return written;
}

export async function openFile(
  dialogs: DialogPort,
  req: OpenFileRequest,
): Promise<Result<OpenedFile | null>> {
  const path = await dialogs.chooseOpenPath(req);
  if (path === null) return ok(null);
  const name = basename(path);
  const limit = Math.min(req.maxBytes, MAX_OPEN_BYTES);
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('file-unreadable', `${name} is not a file.`);
    if (info.size > limit) {
      return fail(
        'file-too-large',
        `${name} is ${info.size} bytes; the limit for this kind of file is ${limit} bytes.`,
      );
    }
    const content = await readFile(path, 'utf8');
    return ok({ name, content, bytes: info.size });
  } catch (e) {
    const code = errno(e);
    if (code === 'ENOENT') return fail('file-not-found', `${name} no longer exists.`);
    return fail('file-unreadable', `Could not read ${name}: ${code || 'unknown error'}.`);
  }
}
