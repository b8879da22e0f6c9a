/**
 * The same specs through the real Electron shell, where an Electron binary exists
 * (node_modules/electron/dist). The app runs as built, with its own main process, preload and
 * host; only the file dialogs and the system print dialog are answered by the test, from inside
 * the main process. What the app shows and refuses reaches the test as lines on its output, so
 * `RunningApp` reads the same in both shells and no spec asks which one it runs in:
 * - the app's log (stderr, electron/host/logLine.ts) fills `log.lines`, and its refusals
 *   `blocked`;
 * - the test doubles report each dialog and print on stdout, as one `[caseline-e2e] {json}` line.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { _electron, type ElectronApplication } from '@playwright/test';
import { refusedOrigin } from '../electron/host/logLine';
import { HOST_EVENT_PAYLOADS, type HostEvent, type HostEvents } from '../shared/ipc';
import { readIdentityFile, readKeyringFile, type LaunchOptions, type RunningApp } from './harness';
import { createFirstAdministrator, TEST_PASSPHRASE } from './pages/session';

const ROOT = resolve(import.meta.dirname, '..');
/** electron-store's file in the user-data folder (electron/adapters/electronStoreSettings.ts). */
const STORE_FILE = 'caseline.json';
const REPORT = '[caseline-e2e] ';

type Answers = { save: (string | null)[]; open: (string | null)[] };
type Report = { kind: 'dialog'; title: string } | { kind: 'print' };

declare global {
  // The test's queued dialog answers, kept in the Electron main process (a global is a var).
  var __caselineAnswers: Answers | undefined;
}

export function electronBinaryAvailable(): boolean {
  return existsSync(join(ROOT, 'node_modules/electron/dist'));
}

/** Calls `onLine` for each complete line a stream writes. */
function eachLine(stream: Readable | null, onLine: (line: string) => void): void {
  let pending = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  });
}

/**
 * Replaces, in the main process, the native save/open dialogs (answered from the queue, or
 * cancelled when it is empty, as the Chromium harness does) and the window's system print
 * dialog (answered "printed"). Each reports itself on stdout.
 */
async function installTestDoubles(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ dialog, BrowserWindow }, prefix) => {
    const answers: Answers = { save: [], open: [] };
    globalThis.__caselineAnswers = answers;
    const report = (r: Report) => process.stdout.write(`${prefix}${JSON.stringify(r)}\n`);
    const titleOf = (args: unknown[]) => {
      const options = args.at(-1);
      return typeof options === 'object' && options !== null && 'title' in options
        ? String(options.title)
        : '';
    };
    dialog.showSaveDialog = (...args: unknown[]) => {
      report({ kind: 'dialog', title: titleOf(args) });
      const path = answers.save.shift() ?? null;
      return Promise.resolve({ canceled: path === null, filePath: path ?? '' });
    };
    dialog.showOpenDialog = (...args: unknown[]) => {
      report({ kind: 'dialog', title: titleOf(args) });
      const path = answers.open.shift() ?? null;
      return Promise.resolve({ canceled: path === null, filePaths: path === null ? [] : [path] });
    };
    const contents = BrowserWindow.getAllWindows()[0]?.webContents;
    if (contents) {
      contents.print = (_options, callback) => {
        report({ kind: 'print' });
        callback?.(true, '');
      };
    }
  }, REPORT);
}

export async function launchElectronApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const ownsData = !options.dataDir;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'caseline-electron-')));
  const settingsFile = join(dataDir, STORE_FILE);
  if (options.settingsFileText !== undefined) await writeFile(settingsFile, options.settingsFileText);
  else if (options.settings) await writeFile(settingsFile, JSON.stringify({ settings: options.settings }));

  const started = Date.now();
  const app = await _electron.launch({
    args: [ROOT, `--user-data-dir=${dataDir}`],
    env: { ...process.env, CASELINE_USER_DATA: dataDir },
  });
  const lines: string[] = [];
  const blocked: string[] = [];
  const shown: string[] = [];
  const printed: number[] = [];
  eachLine(app.process().stderr, (line) => {
    lines.push(line);
    const origin = refusedOrigin(line);
    if (origin !== null) blocked.push(origin);
  });
  eachLine(app.process().stdout, (line) => {
    if (!line.startsWith(REPORT)) return;
    const report = JSON.parse(line.slice(REPORT.length)) as Report;
    if (report.kind === 'dialog') shown.push(report.title);
    else printed.push(Date.now());
  });

  const page = await app.firstWindow();
  await installTestDoubles(app);
  await page.locator('html[data-app-state]').waitFor({ state: 'attached' });
  const readyMs = Date.now() - started;

  const answer = async (which: keyof Answers, path: string | null) => {
    await app.evaluate((_electron, a) => globalThis.__caselineAnswers?.[a.which].push(a.path), {
      which,
      path,
    });
  };
  const emit = async <E extends HostEvent>(event: E, payload: HostEvents[E]) => {
    // The lock signal starts where the app's does, at the power monitor, so main.ts's forwarding
    // is part of the test; other events go to the page as the main process sends them.
    const lock =
      event === 'system-lock' && HOST_EVENT_PAYLOADS['system-lock'](payload) ? payload.reason : null;
    await app.evaluate(
      ({ BrowserWindow, powerMonitor }, m) => {
        if (m.lock !== null) powerMonitor.emit(m.lock);
        else BrowserWindow.getAllWindows()[0]?.webContents.send(m.event, m.payload);
      },
      { event, payload, lock },
    );
  };

  const running: RunningApp = {
    shell: 'electron',
    page,
    context: page.context(),
    dataDir,
    settingsFile,
    dialogs: {
      shown,
      nextSave: (path) => answer('save', path),
      nextOpen: (path) => answer('open', path),
    },
    printer: { printed },
    log: { lines },
    blocked,
    readyMs,
    storedIdentity: () => readIdentityFile(dataDir),
    storedKeyring: () => readKeyringFile(dataDir),
    storedSettings: async () =>
      (JSON.parse(await readFile(settingsFile, 'utf8')) as { settings: Record<string, unknown> }).settings,
    emit,
    runMenuCommand: (id) => emit('menu-command', id),
    close: async (opts = {}) => {
      await app.close();
      if (ownsData && !opts.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
  if (options.settings && options.settingsFileText === undefined && options.passphrase !== null)
    await createFirstAdministrator(running, options.passphrase ?? TEST_PASSPHRASE);
  return running;
}
