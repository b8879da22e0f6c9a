/** Composition root (DESIGN.md §1): log → security → settings → protocol → window → host bridge → menu. */
import { app, dialog, Menu, powerMonitor, session, type BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandId } from '../shared/commands';
import type { Language } from '../shared/dates';
import { HOST_METHODS, type HostEvents } from '../shared/ipc';
import { restoreSettings } from '../shared/settings';
import { createHost } from './host/createHost';
import { jsonFile } from './host/jsonFile';
import type { HostPorts } from './host/ports';
import { prepareHost } from './host/prepareHost';
import { osKeychain } from './adapters/keychain';
import { nativeDialogs } from './adapters/dialogs';
import { openStore, storeSettings } from './adapters/electronStoreSettings';
import { fileLog } from './adapters/fileLog';
import { stderrLog, teeLog } from './adapters/log';
import { windowPrinter } from './adapters/printer';
import { forwardSystemLock, pollScreenLock, screenLockNeedsPolling, sendHostEvent } from './hostEvents';
import { menuTemplate } from './menu';
import { menuLabeler } from './menuLabels';
import { registerAppScheme, serveRenderer } from './protocol';
import { handleFromApp, hardenEveryWebContents, hardenSession, secureWebPreferences } from './security';
import { languageOfLocale, startupFailureText, TEST_USER_DATA_ENV, testUserDataDir } from './startup';
import { APP_ORIGIN } from './trustedUrl';
import { createRememberedWindow } from './windowState';

/** dist/electron: the preload sits beside this file, the built renderer in ../renderer. */
const here = dirname(fileURLToPath(import.meta.url));

// The Electron e2e project gives every run a fresh data folder; a packaged build ignores it.
const testDataDir = testUserDataDir(process.env, app.isPackaged);
if (testDataDir) app.setPath('userData', testDataDir);
const dataPath = app.getPath('userData');
const logFile = fileLog(join(dataPath, 'logs'));
const log = teeLog(stderrLog, logFile);
if (process.env[TEST_USER_DATA_ENV] !== undefined && !testDataDir)
  log.warn(`${TEST_USER_DATA_ENV} ignored: only development builds take a data folder from outside`);

let window: BrowserWindow | null = null;
/** The settings' language once known; the start-up failure dialog speaks it. */
let language: Language | null = null;

function setMenu(next: Language): void {
  language = next;
  const label = menuLabeler(next);
  const send = (id: CommandId) => sendHostEvent(window?.webContents, 'menu-command', id);
  const { isPackaged } = app;
  const { platform } = process;
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ label, send, isPackaged, platform })));
}

async function start(): Promise<void> {
  // Before anything could load: the default session is the one the window uses.
  hardenSession(session.defaultSession, log);
  const { store, recovered } = await openStore(dataPath, new Date());
  if (recovered) log.warn('the settings file was unreadable and was moved aside', recovered.movedTo);
  const settingsPort = storeSettings(store, recovered);
  const ports: HostPorts = {
    settings: settingsPort,
    identityFile: jsonFile(join(dataPath, 'identity.json')),
    secrets: osKeychain(log),
    dialogs: nativeDialogs(() => window),
    printer: windowPrinter(() => window),
    app: {
      name: 'Caseline',
      version: app.getVersion(),
      platform: process.platform,
      dataPath,
      shell: 'electron',
    },
    log,
    // The menu speaks the language of the settings.
    onSettingsSaved: (saved) => setMenu(saved.language),
  };
  // Migrated and validated before any window can read them.
  await prepareHost(ports);
  setMenu(restoreSettings(await settingsPort.read()).language);
  serveRenderer(join(here, '../renderer'));

  window = createRememberedWindow(store, {
    title: 'Caseline',
    backgroundColor: '#f4f5f7',
    webPreferences: secureWebPreferences(join(here, 'preload.cjs')),
  });

  const host = createHost(ports);
  for (const method of HOST_METHODS) handleFromApp(method, (arg) => host(method, arg));
  const sendLock = (payload: HostEvents['system-lock']) =>
    sendHostEvent(window?.webContents, 'system-lock', payload);
  forwardSystemLock(powerMonitor, sendLock);
  // Linux has no 'lock-screen' event: the idle state is asked instead, only while the window lives.
  const screenLock = screenLockNeedsPolling(process.platform)
    ? pollScreenLock(powerMonitor, sendLock, { setInterval, clearInterval })
    : null;
  screenLock?.start();
  window.on('closed', () => {
    window = null;
    screenLock?.stop();
  });
  app.on('will-quit', () => screenLock?.stop());
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

/** Not only stderr, which nobody sees in an installed app: a dialog says what and where the log is. */
function failedToStart(e: unknown): void {
  log.error('start-up failed', e);
  const text = startupFailureText(language ?? languageOfLocale(app.getLocale()), e, logFile.file);
  dialog.showErrorBox(text.title, text.content);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  registerAppScheme();
  hardenEveryWebContents(log);
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(failedToStart);
}
