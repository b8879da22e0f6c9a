import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron glue is tested against fakes: no Electron binary is needed.
const electron = vi.hoisted(() => ({
  openExternal: vi.fn(() => Promise.resolve()),
  handlers: new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>(),
}));
vi.mock('electron', () => ({
  shell: { openExternal: electron.openExternal },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, arg: unknown) => Promise<unknown>) =>
      electron.handlers.set(channel, fn),
  },
}));

const { handleFromApp, hardenWebContents, secureWebPreferences } = await import('./security');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  type RequestHandler = (contents: unknown, permission: string, callback: (ok: boolean) => void) => void;
  type CheckHandler = (...args: unknown[]) => boolean;
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: CheckHandler } = {};
  const session = {
    setPermissionRequestHandler: (fn: RequestHandler) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: CheckHandler) => (handlers.check = fn),
    setDevicePermissionHandler: (fn: CheckHandler) => (handlers.device = fn),
  };
  const contents = {
    session,
    on(name: string, fn: Listener) {
      listeners.set(name, fn);
    },
    setWindowOpenHandler(fn: typeof openHandler) {
      openHandler = fn;
    },
  };
  hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0]);

  /** Fires a navigation-like event; true when the guard prevented it. */
  const fire = (name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler!({ url }), permissions: handlers };
}

beforeEach(() => {
  electron.openExternal.mockClear();
  electron.handlers.clear();
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node and no webviews', () => {
    expect(secureWebPreferences('/app/dist/electron/preload.cjs')).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });
});

describe('hardenWebContents', () => {
  it('lets the page move within the app only', () => {
    const { fire } = fakeContents();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'app://caseline/index.html#/cases'), event).toBe(false);
      expect(fire(event, 'https://evil.example/'), event).toBe(true);
      expect(fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(fire(event, 'app://caseline.evil/index.html'), event).toBe(true);
      expect(fire(event, 'javascript:alert(1)'), event).toBe(true);
    }
  });

  it('never attaches a webview', () => {
    expect(fakeContents().fire('will-attach-webview', 'app://caseline/index.html')).toBe(true);
  });

  it('opens no window, and hands no unlisted link to the system browser', () => {
    const { open } = fakeContents();
    for (const url of [
      'https://example.org/',
      'app://caseline/index.html',
      'mailto:a@b.kz',
      'file:///C:/x.exe',
    ])
      expect(open(url)).toEqual({ action: 'deny' });
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('grants no permission', () => {
    const { permissions } = fakeContents();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      permissions.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(permissions.check!({}, 'media', 'app://caseline', {})).toBe(false);
    expect(permissions.device!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('handleFromApp', () => {
  it('answers the app, and refuses any other frame without calling the handler', async () => {
    const handler = vi.fn((arg: unknown) => Promise.resolve({ ok: true, value: arg }));
    handleFromApp('settings-get', handler);
    const call = electron.handlers.get('settings-get')!;
    expect(await call({ senderFrame: { url: 'app://caseline/index.html' } }, 7)).toEqual({
      ok: true,
      value: 7,
    });
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///x.html' }, null]) {
      expect(await call({ senderFrame }, 7)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
