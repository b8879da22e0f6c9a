import { dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from '../host/ports';

/** Native save and open dialogs, attached to the app window. */
export function nativeDialogs(window: () => BrowserWindow | null): DialogPort {
  const filters = (f: readonly { name: string; extensions: readonly string[] }[]) =>
    f.map((x) => ({ name: x.name, extensions: [...x.extensions] }));
  return {
    async chooseSavePath({ title, suggestedName, filters: f }) {
      const w = window();
      const options = { title, defaultPath: suggestedName, filters: filters(f) };
      const r = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    async chooseOpenPath({ title, filters: f }) {
      const w = window();
      const options = { title, filters: filters(f), properties: ['openFile' as const] };
      const r = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
  };
}
