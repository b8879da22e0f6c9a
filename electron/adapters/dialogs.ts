import { join } from 'node:path';
import {
  app,
  dialog,
  type BrowserWindow,
  type FileFilter as ElectronFileFilter,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { FileFilter } from '../../shared/ipc';
import type { DialogPort } from '../host/ports';

function toElectronFilters(filters: readonly FileFilter[]): ElectronFileFilter[] {
  return filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
}

/**
 * The native save and open dialogs, modal to the app window when there is one. A save starts in
 * the folder the last document of its kind went to, else in the user's Documents folder, with
 * the suggested name (already checked to be a plain name).
 */
export function nativeDialogs(window: () => BrowserWindow | null): DialogPort {
  return {
    async chooseSavePath({ title, suggestedName, filters, folder }) {
      const options: SaveDialogOptions = {
        title,
        defaultPath: join(folder ?? app.getPath('documents'), suggestedName),
        filters: toElectronFilters(filters),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = window();
      const r = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },

    async chooseOpenPath({ title, filters }) {
      const options: OpenDialogOptions = {
        title,
        defaultPath: app.getPath('documents'),
        filters: toElectronFilters(filters),
        properties: ['openFile'],
      };
      const parent = window();
      const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
