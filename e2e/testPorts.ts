import type { Page } from '@playwright/test';
import type { DialogPort, LogPort, PrinterPort } from '../electron/host/ports';
import { formatLogLine } from '../electron/host/logLine';

/** The file dialogs as a spec sees them, in either shell. */
export type AppDialogs = {
  /** Answers the next save dialog (null: the user cancels); resolves once the answer is in place. */
  nextSave(path: string | null): Promise<void>;
  /** Answers the next open dialog (null: the user cancels); resolves once the answer is in place. */
  nextOpen(path: string | null): Promise<void>;
  /** Titles of the dialogs shown so far, oldest first. A dialog with no answer queued is cancelled. */
  readonly shown: readonly string[];
};

/** The system print dialog as a spec sees it: when it was asked for (it answers "printed"). */
export type AppPrinter = { readonly printed: readonly number[] };

/** The host's log lines, formatted as the app writes them (electron/host/logLine.ts). */
export type AppLog = { readonly lines: readonly string[] };

/** File dialogs answered by the test: queue the path the "user" will choose next. */
export function testDialogs(): DialogPort & AppDialogs {
  const saves: (string | null)[] = [];
  const opens: (string | null)[] = [];
  const shown: string[] = [];
  return {
    shown,
    nextSave: (path) => {
      saves.push(path);
      return Promise.resolve();
    },
    nextOpen: (path) => {
      opens.push(path);
      return Promise.resolve();
    },
    chooseSavePath: ({ title }) => {
      shown.push(title);
      return Promise.resolve(saves.shift() ?? null);
    },
    chooseOpenPath: ({ title }) => {
      shown.push(title);
      return Promise.resolve(opens.shift() ?? null);
    },
  };
}

/** Playwright's page.pdf is the same Chromium print engine as Electron's printToPDF. */
export function testPrinter(page: () => Page): PrinterPort & AppPrinter {
  const printed: number[] = [];
  return {
    printed,
    toPdf: async ({ landscape }) => {
      await page().emulateMedia({ media: 'print' });
      try {
        return await page().pdf({ format: 'A4', landscape, printBackground: true, preferCSSPageSize: true });
      } finally {
        await page().emulateMedia({ media: 'screen' });
      }
    },
    print: () => {
      printed.push(Date.now());
      return Promise.resolve(true);
    },
  };
}

export function testLog(): LogPort & AppLog {
  const lines: string[] = [];
  return {
    lines,
    warn: (m, d) => lines.push(formatLogLine(new Date(), 'warn', m, d)),
    error: (m, d) => lines.push(formatLogLine(new Date(), 'error', m, d)),
  };
}
