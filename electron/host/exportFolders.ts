/**
 * The folder the user last saved each kind of document to (a meeting pack, a chronology, a
 * calendar…), kept by the host in a small JSON file in the app's data folder, so the next save
 * dialog opens where the last one of that kind went. The renderer never learns or sends a
 * folder: it names the kind, the host does the rest.
 *
 * Nothing here may stop a save: an unreadable file, or a remembered folder that no longer
 * exists, gives no folder (the dialog opens in the documents folder), and a failed write of the
 * file is logged and forgotten.
 */
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute } from 'node:path';
import { isExportKind, type ExportKind } from '../../shared/ipc';
import type { LogPort } from './ports';

export const EXPORT_FOLDERS_FILE = 'export-folders.json';

export type ExportFolders = {
  /** The folder last used for `kind` if it still exists, else null. */
  folderFor(kind: ExportKind | undefined): Promise<string | null>;
  /** Remembers the folder of `path` (a file just written) for `kind`. */
  remember(kind: ExportKind | undefined, path: string): Promise<void>;
};

async function readAll(file: string): Promise<Partial<Record<ExportKind, string>>> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Partial<Record<ExportKind, string>> = {};
    for (const [k, v] of Object.entries(value))
      if (isExportKind(k) && typeof v === 'string' && isAbsolute(v)) out[k] = v;
    return out;
  } catch {
    return {};
  }
}

/** The remembered folders, kept in `file`. */
export function exportFolders(file: string, log: LogPort): ExportFolders {
  let writing: Promise<void> = Promise.resolve();
  return {
    async folderFor(kind) {
      if (!kind) return null;
      const folder = (await readAll(file))[kind];
      if (!folder) return null;
      try {
        return (await stat(folder)).isDirectory() ? folder : null;
      } catch {
        return null;
      }
    },
    remember(kind, path) {
      if (!kind) return Promise.resolve();
      // One write at a time, each reading what the last one wrote.
      writing = writing.then(async () => {
        try {
          const all = { ...(await readAll(file)), [kind]: dirname(path) };
          await mkdir(dirname(file), { recursive: true });
          await writeFile(`${file}.tmp`, JSON.stringify(all, null, 2));
          await rename(`${file}.tmp`, file);
        } catch (e) {
          log.warn('the export folder could not be remembered', e);
        }
      });
      return writing;
    },
  };
}
