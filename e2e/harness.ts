/**
 * Runs Caseline for end-to-end tests: the built renderer (dist/renderer, the same files the
 * Electron shell serves) in Chromium, with the REAL host handlers from electron/host bridged
 * into the page. Only the thin Electron glue (preload, ipcMain, native dialogs) is replaced:
 * dialogs are answered by the test, printing uses Playwright's page.pdf.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { createHost } from '../electron/host/createHost';
import { noKeychain } from '../electron/host/identityStore';
import { fileLog } from '../electron/adapters/fileLog';
import { teeLog } from '../electron/adapters/log';
import { jsonFile } from '../electron/host/jsonFile';
import { openJsonFileSettings } from '../electron/host/jsonFileSettings';
import type { HostPorts, LogPort } from '../electron/host/ports';
import { prepareHost } from '../electron/host/prepareHost';
import { refusedMessage, urlOrigin } from '../electron/host/logLine';
import { HOST_EVENTS, HOST_METHODS, isHostMethod, type HostEvent, type HostEvents } from '../shared/ipc';
import type { CommandId } from '../shared/commands';
import { fail } from '../shared/result';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { createFirstAdministrator, TEST_PASSPHRASE } from './pages/session';
import {
  testDialogs,
  testLog,
  testPrinter,
  type AppDialogs,
  type AppLog,
  type AppPrinter,
} from './testPorts';

declare global {
  // A global augmentation has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** The harness's binding to the host handlers (exposeBinding). */
    __caselineInvoke?: (method: string, arg: unknown) => Promise<unknown>;
    /** Set by the bridge script: delivers a host event to the page's listeners. */
    __caselineEmit?: (event: string, payload: unknown) => void;
  }
}

/** The page's origin. Fixed, because IndexedDB data belongs to the origin (as app://caseline does). */
export const APP_ORIGIN = 'https://caseline.test';
const RENDERER_DIR = resolve(import.meta.dirname, '../dist/renderer');

export type LaunchOptions = {
  /** Reuse a data folder (settings + IndexedDB) to test a restart; default: a new temp folder. */
  readonly dataDir?: string;
  readonly viewport?: { width: number; height: number };
  /** IANA zone the browser runs in; default Asia/Almaty (UTC+5). */
  readonly timezoneId?: string;
  readonly headless?: boolean;
  /** Extra folders served under the app origin, by path prefix (the benchmark page). */
  readonly extraDirs?: Readonly<Record<string, string>>;
  /**
   * Settings written before start, to skip first-run setup: settings as an installation from
   * before staff accounts kept them (the agency and the staff name), so the app starts by making
   * that person its administrator, with `passphrase`, which the harness does.
   */
  readonly settings?: Readonly<Record<string, unknown>>;
  /**
   * The administrator's passphrase for a start from `settings` (default TEST_PASSPHRASE); null
   * leaves the app at that step (a test of an installation from before staff accounts).
   */
  readonly passphrase?: string | null;
  /** The settings file's exact text before start (to test an unreadable file); wins over `settings`. */
  readonly settingsFileText?: string;
};

export type RunningApp = {
  /** Which shell runs the app: the harness's Chromium or the real Electron binary. */
  readonly shell: 'chromium' | 'electron';
  readonly page: Page;
  readonly context: BrowserContext;
  readonly dataDir: string;
  /** The file the host keeps its settings in (settings.json here, caseline.json in Electron). */
  readonly settingsFile: string;
  readonly dialogs: AppDialogs;
  readonly printer: AppPrinter;
  readonly log: AppLog;
  /**
   * Where the app tried to go outside itself (navigation, window, request), each refused: the
   * origin only (`https://example.org`, or `file:`), as the app's log records it.
   */
  readonly blocked: readonly string[];
  /** Milliseconds from navigation start to the first screen being interactive. */
  readonly readyMs: number;
  /** Sends a host event to the page, as the main process would (shared/ipc.ts HostEvents). */
  emit<E extends HostEvent>(event: E, payload: HostEvents[E]): Promise<void>;
  /** Simulates choosing a command in the application menu. */
  runMenuCommand(id: CommandId): Promise<void>;
  /** The settings as the host stored them on disk. */
  storedSettings(): Promise<Record<string, unknown>>;
  /** The office's identity file as the host wrote it (identity.json in the data folder). */
  storedIdentity(): Promise<Record<string, unknown>>;
  /** The staff accounts file as the host wrote it (keyring.json in the data folder). */
  storedKeyring(): Promise<Record<string, unknown>>;
  /** Closes the browser; removes the data folder unless it was passed in or `keepData` is set. */
  close(opts?: { keepData?: boolean }): Promise<void>;
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

function fileFor(pathname: string, extraDirs: Readonly<Record<string, string>>): string | null {
  const path = decodeURIComponent(pathname);
  for (const [prefix, dir] of Object.entries(extraDirs)) {
    if (path.startsWith(prefix)) return inside(dir, path.slice(prefix.length));
  }
  return inside(RENDERER_DIR, path);
}

/** A file under `dir`, or null for anything that would leave it. */
function inside(dir: string, rel: string): string | null {
  const file = normalize(join(dir, rel.replace(/^\/+/, '') || 'index.html'));
  return file.startsWith(dir + sep) && existsSync(file) ? file : null;
}

async function serveRenderer(
  context: BrowserContext,
  blocked: string[],
  extraDirs: Readonly<Record<string, string>>,
  log: LogPort,
): Promise<void> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build` before the e2e tests.');
  }
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const file = fileFor(new URL(route.request().url()).pathname, extraDirs);
    if (!file) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: MIME[extname(file)] ?? 'application/octet-stream',
      body: await readFile(file),
    });
  });
  // Nothing else may load: the app has no remote content. A navigation elsewhere gets
  // 204 No Content, which leaves the window where it was, as the Electron shell's
  // will-navigate guard does.
  await context.route(/^(?!https:\/\/caseline\.test\/)/, async (route) => {
    const url = route.request().url();
    blocked.push(urlOrigin(url));
    // Logged as the Electron shell logs a refusal: the origin only.
    log.warn(refusedMessage(route.request().isNavigationRequest() ? 'navigation' : 'request', url));
    if (route.request().isNavigationRequest()) await route.fulfill({ status: 204 });
    else await route.abort('blockedbyclient');
  });
}

/**
 * Runs in the page before the app: defines `window.caseline` from the contract's lists, as the
 * Electron preload does (invoke for listed methods only, on for listed events only), over the
 * harness's binding, and `__caselineEmit` for the test to send host events.
 */
function installBridge({ methods, events }: { methods: readonly string[]; events: readonly string[] }): void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>(events.map((e) => [e, new Set()]));
  const bridge = {
    invoke: (method: string, arg: unknown) =>
      methods.includes(method) && window.__caselineInvoke
        ? window.__caselineInvoke(method, arg)
        : Promise.resolve({
            ok: false,
            error: { code: 'invalid-argument', message: 'Unknown host method.' },
          }),
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event);
      set?.add(listener);
      return () => {
        set?.delete(listener);
      };
    },
  };
  window.__caselineEmit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  Object.defineProperty(window, 'caseline', { value: Object.freeze(bridge), writable: false });
}

/** The identity file the host keeps in a data folder (both shells keep it there). */
export async function readIdentityFile(dataDir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dataDir, 'identity.json'), 'utf8')) as Record<string, unknown>;
}

/** The staff accounts file the host keeps in a data folder. */
export async function readKeyringFile(dataDir: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dataDir, 'keyring.json'), 'utf8')) as Record<string, unknown>;
}

export async function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const ownsData = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'caseline-e2e-')));
  const settingsFile = join(dataDir, 'settings.json');
  if (options.settingsFileText !== undefined) await writeFile(settingsFile, options.settingsFileText);
  else if (options.settings) await writeFile(settingsFile, JSON.stringify(options.settings));
  const pkg = JSON.parse(await readFile(resolve(import.meta.dirname, '../package.json'), 'utf8')) as {
    version: string;
  };

  const context = await chromium.launchPersistentContext(join(dataDir, 'browser'), {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    timezoneId: options.timezoneId ?? 'Asia/Almaty',
    locale: 'ru-KZ',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs = testDialogs();
  const printer = testPrinter(() => page);
  const log = testLog();
  const ports: HostPorts = {
    settings: await openJsonFileSettings(settingsFile, new Date()),
    identityFile: jsonFile(join(dataDir, 'identity.json')),
    secrets: noKeychain,
    dialogs,
    printer,
    app: {
      name: 'Caseline',
      version: pkg.version,
      platform: process.platform,
      dataPath: dataDir,
      shell: 'test',
    },
    // As in the app: also to <data>/logs/caseline.log, so what the log holds can be checked on disk.
    log: teeLog(log, fileLog(join(dataDir, 'logs'))),
  };
  await prepareHost(ports);
  const host = createHost(ports);

  await context.exposeBinding('__caselineInvoke', (_source, method: unknown, arg: unknown) =>
    isHostMethod(method) ? host(method, arg) : Promise.resolve(fail('invalid-argument', 'Unknown method.')),
  );
  // Scripts run by tsx (benchmarks, screenshots) compile with esbuild's keepNames, which wraps
  // functions in __name(): functions sent to the page need it defined there.
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  await context.addInitScript(installBridge, { methods: [...HOST_METHODS], events: [...HOST_EVENTS] });
  const blocked: string[] = [];
  await serveRenderer(context, blocked, options.extraDirs ?? {}, ports.log);
  // A window the page tries to open is closed at once (the Electron shell denies window.open).
  context.on('page', (p) => {
    if (p !== page) void p.close();
  });

  const started = Date.now();
  await page.goto(`${APP_ORIGIN}/index.html`);
  await page.locator('html[data-app-state]').waitFor({ state: 'attached' });
  const readyMs = Date.now() - started;
  const emit = async <E extends HostEvent>(event: E, payload: HostEvents[E]) => {
    await page.evaluate(([e, p]) => window.__caselineEmit?.(e, p), [event, payload] as const);
  };

  const running: RunningApp = {
    shell: 'chromium',
    page,
    context,
    dataDir,
    settingsFile,
    dialogs,
    printer,
    log,
    blocked,
    readyMs,
    storedSettings: async () => JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>,
    storedIdentity: () => readIdentityFile(dataDir),
    storedKeyring: () => readKeyringFile(dataDir),
    emit,
    runMenuCommand: (id) => emit('menu-command', id),
    close: async (opts = {}) => {
      await context.close();
      if (ownsData && !opts.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
  if (options.settings && options.settingsFileText === undefined && options.passphrase !== null)
    await createFirstAdministrator(running, options.passphrase ?? TEST_PASSPHRASE);
  return running;
}
