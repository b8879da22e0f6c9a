/**
 * The security baseline (DESIGN.md §6), applied to every web contents and every session:
 * isolated, sandboxed, no Node in the page, no navigation away from the app, no new windows, no
 * webviews, no permissions, and no network request of the app's own. The URL checks live in
 * trustedUrl.ts and the policy in csp.ts, both pure and unit-tested.
 *
 * Network activity Chromium or Electron would start by themselves, and what stops each:
 * - spell-check dictionaries, downloaded on Linux and Windows from a Google server when the
 *   built-in spellchecker runs: the spellchecker is switched off for the session (not only in
 *   webPreferences, which alone does not stop the download), and its download address points
 *   into the app's own origin, so even a spellchecker turned back on could not reach a server;
 * - geolocation (a Google location service) and speech recognition (Google servers) need a
 *   permission, and every permission is denied;
 * - anything else over http(s), ws(s) or ftp from the session (a page, a worker, a prefetch) is
 *   cancelled before it starts, and logged by origin;
 * Electron has no component updater, Safe Browsing, sync or metrics of its own, and the app
 * starts neither a crash reporter nor an auto-updater.
 */
import { app, ipcMain, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { fail } from '../shared/result';
import { refusedMessage } from './host/logLine';
import type { LogPort } from './host/ports';
import { APP_ORIGIN, isAllowedExternalUrl, isAppUrl, isNetworkUrl } from './trustedUrl';

/** Where the spellchecker would fetch dictionaries: inside the app, which serves none. */
export const NO_DICTIONARY_SERVER = `${APP_ORIGIN}/no-dictionaries/`;

/** webPreferences for every window; `preload` is the bundled CommonJS preload. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // No spell-checking in the page; the session's spellchecker is off too (hardenSession).
    spellcheck: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/**
 * Guards every web contents the app will ever have (windows, and any frame or view Electron
 * creates), from the moment it exists and before it loads anything. Call before the first
 * window is created.
 */
export function hardenEveryWebContents(log: LogPort): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
}

/**
 * Guards one web contents: it may only ever show app://caseline; window.open and target=_blank
 * are denied (an allow-listed https link goes to the system browser instead); webviews are never
 * attached; and its session is hardened. Every refusal is logged by origin.
 */
export function hardenWebContents(contents: WebContents, log: LogPort): void {
  const stayInApp = (event: { readonly url: string; preventDefault(): void }, what: 'navigation') => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    log.warn(refusedMessage(what, event.url));
  };
  contents.on('will-navigate', (event) => stayInApp(event, 'navigation'));
  // Also covers iframes, which 'will-navigate' does not see.
  contents.on('will-frame-navigate', (event) => stayInApp(event, 'navigation'));
  contents.on('will-redirect', (event) => stayInApp(event, 'navigation'));
  contents.on('will-attach-webview', (event, _preferences, params) => {
    event.preventDefault();
    log.warn(refusedMessage('webview', params.src ?? ''));
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      shell.openExternal(url).catch((e: unknown) => log.warn('opening a link in the browser failed', e));
    } else {
      log.warn(refusedMessage('window', url));
    }
    return { action: 'deny' };
  });
  hardenSession(contents.session, log);
}

/**
 * Session-wide guards (idempotent: each call replaces the same handlers). Camera, microphone,
 * notifications, geolocation, clipboard reads…: Caseline needs no permission. The spellchecker
 * is off and cannot download; no request leaves over the network.
 */
export function hardenSession(session: Session, log: LogPort): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn(`denied permission ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_SERVER);
  session.webRequest.onBeforeRequest((details, callback) => {
    const remote = isNetworkUrl(details.url);
    if (remote) log.warn(refusedMessage('request', details.url));
    callback({ cancel: remote });
  });
}

/**
 * ipcMain.handle for a host method: only a frame showing app://caseline may call it. Anything
 * else (a frame that somehow navigated elsewhere) gets an error Result and the handler never runs.
 */
export function handleFromApp(channel: string, handler: (arg: unknown) => Promise<unknown>): void {
  ipcMain.handle(channel, (event, arg: unknown) =>
    isAppUrl(event.senderFrame?.url)
      ? handler(arg)
      : Promise.resolve(fail('invalid-argument', 'Refused a request from outside the app.')),
  );
}
