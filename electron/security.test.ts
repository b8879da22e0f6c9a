import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron glue is tested against fakes: no Electron binary is needed.
const electron = vi.hoisted(() => ({
  openExternal: vi.fn(() => Promise.resolve()),
  handlers: new Map<string, (event: unknown, arg: unknown) => Promise<unknown>>(),
  appListeners: new Map<string, (...args: unknown[]) => void>(),
}));
vi.mock('electron', () => ({
  shell: { openExternal: electron.openExternal },
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, arg: unknown) => Promise<unknown>) =>
      electron.handlers.set(channel, fn),
  },
  app: { on: (name: string, fn: (...args: unknown[]) => void) => electron.appListeners.set(name, fn) },
}));

const {
  handleFromApp,
  hardenEveryWebContents,
  hardenSession,
  hardenWebContents,
  NO_DICTIONARY_SERVER,
  secureWebPreferences,
} = await import('./security');

type Listener = (...args: unknown[]) => void;
type RequestHandler = (contents: unknown, permission: string, callback: (ok: boolean) => void) => void;
type CheckHandler = (...args: unknown[]) => boolean;
type BeforeRequest = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void;

let warnings: string[];
const log = { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(`error ${m}`) };

function fakeSession() {
  const state: {
    request?: RequestHandler;
    check?: CheckHandler;
    device?: CheckHandler;
    spellchecker?: boolean;
    dictionaryUrl?: string;
    beforeRequest?: BeforeRequest;
  } = {};
  const session = {
    setPermissionRequestHandler: (fn: RequestHandler) => (state.request = fn),
    setPermissionCheckHandler: (fn: CheckHandler) => (state.check = fn),
    setDevicePermissionHandler: (fn: CheckHandler) => (state.device = fn),
    setSpellCheckerEnabled: (on: boolean) => (state.spellchecker = on),
    setSpellCheckerDictionaryDownloadURL: (url: string) => (state.dictionaryUrl = url),
    webRequest: { onBeforeRequest: (fn: BeforeRequest) => (state.beforeRequest = fn) },
  };
  /** Whether the session cancels a request to `url`. */
  const cancels = (url: string): boolean => {
    let cancel: boolean | undefined;
    state.beforeRequest!({ url }, (r) => (cancel = r.cancel));
    return cancel!;
  };
  return { session, state, cancels };
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const { session, state } = fakeSession();
  const contents = {
    session,
    on(name: string, fn: Listener) {
      listeners.set(name, fn);
    },
    setWindowOpenHandler(fn: typeof openHandler) {
      openHandler = fn;
    },
  };

  /**
   * Fires a navigation-like event in Electron's current shape (the URL on the event; the old
   * positional URL argument deliberately says something else); true when the guard prevented it.
   */
  const fire = (name: string, url: string): boolean => {
    const event = { url, preventDefault: vi.fn() };
    if (name === 'will-attach-webview') listeners.get(name)!(event, {}, { src: url });
    else listeners.get(name)!(event, 'app://caseline/index.html');
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }), session: state };
}

function hardened() {
  const fake = fakeContents();
  hardenWebContents(fake.contents as unknown as Parameters<typeof hardenWebContents>[0], log);
  return fake;
}

beforeEach(() => {
  electron.openExternal.mockClear();
  electron.handlers.clear();
  warnings = [];
});

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the page, with no Node, no webviews and no spell-checking', () => {
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

describe('hardenEveryWebContents', () => {
  it('guards each web contents Electron creates, not only the window the app made', () => {
    hardenEveryWebContents(log);
    const fake = fakeContents();
    electron.appListeners.get('web-contents-created')!({}, fake.contents);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(fake.session.spellchecker).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it('lets the page move within the app only, deciding on the event URL', () => {
    const { fire } = hardened();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'app://caseline/index.html#/cases'), event).toBe(false);
      expect(fire(event, 'https://evil.example/'), event).toBe(true);
      expect(fire(event, 'file:///etc/passwd'), event).toBe(true);
      expect(fire(event, 'app://caseline.evil/index.html'), event).toBe(true);
      expect(fire(event, 'javascript:alert(1)'), event).toBe(true);
    }
  });

  it('logs each refusal by origin only, never the path or query a URL carries', () => {
    const { fire, open } = hardened();
    fire('will-navigate', 'https://evil.example/steal?name=Gulnar');
    fire('will-frame-navigate', 'file:///home/user/Gulnar.pdf');
    open('https://popup.example/x?iin=900101300123');
    expect(warnings).toEqual([
      'refused navigation https://evil.example',
      'refused navigation file:',
      'refused window https://popup.example',
    ]);
    expect(warnings.join(' ')).not.toMatch(/Gulnar|900101300123/);
  });

  it('never attaches a webview', () => {
    const { fire } = hardened();
    expect(fire('will-attach-webview', 'app://caseline/index.html')).toBe(true);
    expect(warnings).toEqual(['refused webview app://caseline']);
  });

  it('opens no window, and hands no unlisted link to the system browser', () => {
    const { open } = hardened();
    for (const url of [
      'https://example.org/',
      'app://caseline/index.html',
      'mailto:a@b.kz',
      'file:///C:/x.exe',
    ])
      expect(open(url)).toEqual({ action: 'deny' });
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('hardens the session the contents belongs to', () => {
    const { session } = hardened();
    expect(session.spellchecker).toBe(false);
    expect(session.request).toBeDefined();
    expect(session.beforeRequest).toBeDefined();
  });
});

describe('hardenSession', () => {
  it('grants no permission, and logs the ones asked for', () => {
    const { session, state } = fakeSession();
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0], log);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      state.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(state.check!({}, 'media', 'app://caseline', {})).toBe(false);
    expect(state.device!({ deviceType: 'usb' })).toBe(false);
    expect(warnings).toContain('denied permission geolocation');
  });

  it('switches the spellchecker off and points its dictionary download at the app, not a server', () => {
    const { session, state } = fakeSession();
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0], log);
    expect(state.spellchecker).toBe(false);
    expect(state.dictionaryUrl).toBe(NO_DICTIONARY_SERVER);
    expect(new URL(NO_DICTIONARY_SERVER).protocol).toBe('app:');
  });

  it('cancels every network request, loopback included, and lets the app load its own files', () => {
    const { session, cancels } = fakeSession();
    hardenSession(session as unknown as Parameters<typeof hardenSession>[0], log);
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/ru-ru-3-0.bdic',
      'http://127.0.0.1:8080/',
      'wss://evil.example/socket',
      'ftp://files.example/x',
      'not a url',
    ])
      expect(cancels(url), url).toBe(true);
    for (const url of [
      'app://caseline/index.html',
      'app://caseline/assets/index.js',
      'data:image/png;base64,AAAA',
      'blob:app://caseline/0f0e',
      'devtools://devtools/bundled/devtools_app.html',
    ])
      expect(cancels(url), url).toBe(false);
    expect(warnings).toContain('refused request https://redirector.gvt1.com');
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
