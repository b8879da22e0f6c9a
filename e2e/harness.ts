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
import { jsonFileSettings } from '../electron/host/jsonFileSettings';
import { HOST_METHODS, isHostMethod } from '../shared/ipc';
import type { CommandId } from '../shared/commands';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { testDialogs, testLog, testPrinter, type TestDialogs } from './testPorts';

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
  /** Settings written before start, to skip first-run setup. */
  readonly settings?: Readonly<Record<string, unknown>>;
};

export type RunningApp = {
  /** Which shell runs the app: the harness's Chromium or the real Electron binary. */
  readonly shell: 'chromium' | 'electron';
  readonly page: Page;
  readonly context: BrowserContext;
  readonly dataDir: string;
  readonly dialogs: TestDialogs;
  readonly printer: ReturnType<typeof testPrinter>;
  readonly log: ReturnType<typeof testLog>;
  /** URLs the app tried to reach outside its own origin (always refused). */
  readonly blocked: readonly string[];
  /** Milliseconds from navigation start to the first screen being interactive. */
  readonly readyMs: number;
  /** Simulates choosing a command in the application menu. */
  runMenuCommand(id: CommandId): Promise<void>;
  /** The settings as the host stored them on disk. */
  storedSettings(): Promise<Record<string, unknown>>;
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
    blocked.push(route.request().url());
    if (route.request().isNavigationRequest()) await route.fulfill({ status: 204 });
    else await route.abort('blockedbyclient');
  });
}

function installBridge(methods: readonly string[]): void {
  type Invoke = (method: string, arg: unknown) => Promise<unknown>;
  const w = window as unknown as Record<string, unknown> & { __caselineInvoke: Invoke };
  const listeners = new Set<(id: string) => void>();
  const api: Record<string, unknown> = {};
  for (const m of methods) api[m] = (arg: unknown) => w.__caselineInvoke(m, arg);
  api.onCommand = (listener: (id: string) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  w.__caselineRunCommand = (id: string) => listeners.forEach((l) => l(id));
  Object.defineProperty(window, 'caseline', { value: Object.freeze(api), writable: false });
}

export async function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const ownsData = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'caseline-e2e-')));
  if (options.settings) await writeFile(join(dataDir, 'settings.json'), JSON.stringify(options.settings));
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
  const host = createHost({
    settings: jsonFileSettings(join(dataDir, 'settings.json')),
    dialogs,
    printer,
    app: {
      name: 'Caseline',
      version: pkg.version,
      platform: process.platform,
      dataPath: dataDir,
      shell: 'test',
    },
    log,
  });

  await context.exposeBinding('__caselineInvoke', async (_source, method: unknown, arg: unknown) => {
    if (!isHostMethod(method))
      return { ok: false, error: { code: 'invalid-argument', message: 'Unknown method.' } };
    return (host[method] as (a: unknown) => Promise<unknown>)(arg);
  });
  await context.addInitScript(installBridge, [...HOST_METHODS]);
  const blocked: string[] = [];
  await serveRenderer(context, blocked, options.extraDirs ?? {});
  // A window the page tries to open is closed at once (the Electron shell denies window.open).
  context.on('page', (p) => {
    if (p !== page) void p.close();
  });

  const started = Date.now();
  await page.goto(`${APP_ORIGIN}/index.html`);
  await page.locator('html[data-app-state]').waitFor({ state: 'attached' });
  const readyMs = Date.now() - started;

  return {
    shell: 'chromium',
    page,
    context,
    dataDir,
    dialogs,
    printer,
    log,
    blocked,
    readyMs,
    storedSettings: async () =>
      JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>,
    runMenuCommand: async (id) => {
      await page.evaluate(
        (cmd) => (window as unknown as { __caselineRunCommand(c: string): void }).__caselineRunCommand(cmd),
        id,
      );
    },
    close: async (opts = {}) => {
      await context.close();
      if (ownsData && !opts.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
