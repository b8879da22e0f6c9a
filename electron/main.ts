/** Composition root: security, settings, protocol, window, host bridge, menu. Wiring only. */
import { app, BrowserWindow, ipcMain, Menu, session } from 'electron';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { HOST_METHODS, type HostMethod } from '../shared/ipc';
import { fail, type Result } from '../shared/result';
import { restoreSettings, type Settings } from '../shared/settings';
import { createHost } from './host/createHost';
import { createStore, storeSettings } from './adapters/electronStoreSettings';
import { nativeDialogs } from './adapters/dialogs';
import { windowPrinter } from './adapters/printer';
import { stderrLog } from './adapters/log';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyPermissions, hardenWebContents, secureWebPreferences } from './security';
import { isAppUrl, APP_ORIGIN } from './trustedUrl';
import { rememberBounds, savedBounds } from './windowState';
import { buildMenu } from './menu';

const here = dirname(fileURLToPath(import.meta.url));
if (process.env.CASELINE_USER_DATA) app.setPath('userData', process.env.CASELINE_USER_DATA);
if (!app.requestSingleInstanceLock()) app.quit();
registerAppScheme();

let window: BrowserWindow | null = null;

async function start(): Promise<void> {
  const store = createStore();
  const settingsPort = storeSettings(store);
  // Settings are migrated and validated before any window can read them.
  const settings = restoreSettings(await settingsPort.read());
  await settingsPort.write(settings);

  serveRenderer(join(here, '../renderer'));
  denyPermissions(session.defaultSession);
  const { bounds, maximized } = savedBounds(store);
  window = new BrowserWindow({
    ...(bounds ?? { width: 1360, height: 860 }),
    minWidth: 1024,
    minHeight: 640,
    title: 'Caseline',
    show: false,
    backgroundColor: '#15233b',
    webPreferences: secureWebPreferences(join(here, 'preload.cjs')),
  });
  hardenWebContents(window.webContents);
  rememberBounds(window, store);
  window.once('ready-to-show', () => {
    if (maximized) window?.maximize();
    window?.show();
  });
  window.on('closed', () => (window = null));

  const host = createHost({
    settings: settingsPort,
    dialogs: nativeDialogs(() => window),
    printer: windowPrinter(() => window),
    app: {
      name: 'Caseline',
      version: app.getVersion(),
      platform: process.platform,
      dataPath: app.getPath('userData'),
      shell: 'electron',
    },
    log: stderrLog,
  });
  const setMenu = (lang: typeof settings.language) =>
    Menu.setApplicationMenu(buildMenu(lang, () => window, app.isPackaged));
  for (const method of HOST_METHODS) {
    ipcMain.handle(method, async (event, arg: unknown) => {
      if (!isAppUrl(event.senderFrame?.url ?? ''))
        return fail('invalid-argument', 'Request from outside the app.');
      const call = host[method] as (a: unknown) => Promise<Result<unknown>>;
      const result = await call(arg);
      // The menu speaks the settings' language: rebuild it when the language changes.
      if (method === 'settings-set' && result.ok) setMenu((result.value as Settings).language);
      return result;
    });
  }
  setMenu(settings.language);
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('second-instance', () => {
  if (window?.isMinimized()) window.restore();
  window?.focus();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app
  .whenReady()
  .then(start)
  .catch((e: unknown) => {
    stderrLog.error('Caseline could not start', e);
    app.quit();
  });
