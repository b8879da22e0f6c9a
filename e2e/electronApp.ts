/**
 * The same specs through the real Electron shell, where an Electron binary exists
 * (node_modules/electron/dist). Dialogs are answered by replacing the main process's
 * dialog functions; printing goes through the real printToPDF.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import type { CommandId } from '../shared/commands';
import type { RunningApp, LaunchOptions } from './harness';
import { testLog } from './testPorts';

const ROOT = resolve(import.meta.dirname, '..');

export function electronBinaryAvailable(): boolean {
  return existsSync(join(ROOT, 'node_modules/electron/dist'));
}

async function queueDialog(
  app: ElectronApplication,
  which: 'showSaveDialog' | 'showOpenDialog',
  path: string | null,
) {
  await app.evaluate(
    ({ dialog }, args) => {
      const target = dialog as unknown as Record<string, unknown>;
      const original = target[args.which];
      target[args.which] = () => {
        target[args.which] = original;
        return Promise.resolve(
          args.which === 'showSaveDialog'
            ? { canceled: args.path === null, filePath: args.path ?? undefined }
            : { canceled: args.path === null, filePaths: args.path ? [args.path] : [] },
        );
      };
    },
    { which, path },
  );
}

export async function launchElectronApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const ownsData = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'caseline-electron-')));
  // electron-store's file in the user-data folder (electron/adapters/electronStoreSettings.ts).
  const storeFile = join(dataDir, 'caseline.json');
  if (options.settings) await writeFile(storeFile, JSON.stringify({ settings: options.settings }));
  const started = Date.now();
  const app = await _electron.launch({
    args: [ROOT, `--user-data-dir=${dataDir}`],
    env: { ...process.env, CASELINE_USER_DATA: dataDir },
  });
  const page = await app.firstWindow();
  await page.locator('html[data-app-state]').waitFor({ state: 'attached' });
  const shown: string[] = [];
  return {
    shell: 'electron',
    page,
    context: page.context(),
    dataDir,
    dialogs: {
      shown,
      nextSave: (path) => void queueDialog(app, 'showSaveDialog', path),
      nextOpen: (path) => void queueDialog(app, 'showOpenDialog', path),
      chooseSavePath: () => Promise.resolve(null),
      chooseOpenPath: () => Promise.resolve(null),
    },
    printer: {
      printed: [],
      toPdf: () => Promise.reject(new Error('not used')),
      print: () => Promise.resolve(false),
    },
    log: testLog(),
    blocked: [],
    readyMs: Date.now() - started,
    storedSettings: async () =>
      (JSON.parse(await readFile(storeFile, 'utf8')) as { settings: Record<string, unknown> }).settings,
    runMenuCommand: async (id: CommandId) => {
      await app.evaluate(
        ({ BrowserWindow }, cmd) => BrowserWindow.getAllWindows()[0]?.webContents.send('command-run', cmd),
        id,
      );
    },
    close: async (opts = {}) => {
      await app.close();
      if (ownsData && !opts.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
