/** Composition root (DESIGN.md §1): security → settings → protocol → window → host bridge → menu. */
import { app, Menu, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_CHANNEL, HOST_METHODS } from '../shared/ipc';
import type { Result } from '../shared/result';
import { restoreSettings, type Settings } from '../shared/settings';
import { createHost } from './host/createHost';
import { nativeDialogs } from './adapters/dialogs';
import { createStore, storeSettings } from './adapters/electronStoreSettings';
import { stderrLog } from './adapters/log';
import { windowPrinter } from './adapters/printer';
import { menuTemplate } from './menu';
import { menuLabeler } from './menuLabels';
import { registerAppScheme, serveRenderer } from './protocol';
import { handleFromApp, hardenWebContents, secureWebPreferences } from './security';
import { APP_ORIGIN } from './trustedUrl';
import { createRememberedWindow } from './windowState';

/** dist/electron: the preload sits beside this file, the built renderer in ../renderer. */
const here = dirname(fileURLToPath(import.meta.url));
// The Electron e2e project gives every run a fresh data folder.
if (process.env.CASELINE_USER_DATA) app.setPath('userData', process.env.CASELINE_USER_DATA);
let window: BrowserWindow | null = null;

function setMenu(language: Settings['language']): void {
  const label = menuLabeler(language);
  const send = (id: string) => window?.webContents.send(COMMAND_CHANNEL, id);
  const { isPackaged } = app;
  const { platform } = process;
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ label, send, isPackaged, platform })));
}

async function start(): Promise<void> {
  const store = createStore();
  const settingsPort = storeSettings(store);
  // Migrated and validated before any window can read them.
  const settings = restoreSettings(await settingsPort.read());
  await settingsPort.write(settings);
  serveRenderer(join(here, '../renderer'));

  window = createRememberedWindow(store, {
    title: 'Caseline',
    backgroundColor: '#f4f5f7',
    webPreferences: secureWebPreferences(join(here, 'preload.cjs')),
  });
  window.on('closed', () => (window = null));
  hardenWebContents(window.webContents);

  const [version, dataPath] = [app.getVersion(), app.getPath('userData')];
  const host = createHost({
    settings: settingsPort,
    dialogs: nativeDialogs(() => window),
    printer: windowPrinter(() => window),
    app: { name: 'Caseline', version, platform: process.platform, dataPath, shell: 'electron' },
    log: stderrLog,
  });
  for (const method of HOST_METHODS) {
    const call = host[method] as (arg: unknown) => Promise<Result<unknown>>;
    handleFromApp(method, async (arg) => {
      const result = await call(arg);
      // The menu speaks the language of the settings.
      if (method === 'settings-set' && result.ok) setMenu((result.value as Settings).language);
      return result;
    });
  }
  setMenu(settings.language);
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      stderrLog.error('Caseline could not start', e);
      app.exit(1);
    });
}
