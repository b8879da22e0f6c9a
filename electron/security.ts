/**
 * The window's security baseline (DESIGN.md §6): isolated, sandboxed, no Node in the page, no
 * navigation away from the app, no new windows, no webviews, no permissions. The URL checks
 * live in trustedUrl.ts and the policy in csp.ts, both pure and unit-tested.
 */
import { ipcMain, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { fail } from '../shared/result';
import { isAllowedExternalUrl, isAppUrl } from './trustedUrl';

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
    // On Linux spell-checking downloads dictionaries from a Google host; nothing remote, ever.
    spellcheck: false,
    // A file dropped on the window must not replace the app with that file.
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/**
 * Guards one webContents: it may only ever show app://caseline; window.open and target=_blank
 * are denied (an allow-listed https link goes to the system browser instead); webviews are
 * never attached; and its session grants no permission at all.
 */
export function hardenWebContents(contents: WebContents): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => stayInApp(event, url));
  // Also covers iframes, which 'will-navigate' does not see.
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event, url) => stayInApp(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) shell.openExternal(url).catch(() => undefined);
    return { action: 'deny' };
  });
  denyPermissions(contents.session);
}

/** Camera, microphone, notifications, geolocation, clipboard reads…: Caseline needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
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
