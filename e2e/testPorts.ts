import type { Page } from '@playwright/test';
import type { DialogPort, LogPort, PrinterPort } from '../electron/host/ports';

/** File dialogs answered by the test: queue the path the "user" will choose next. */
export type TestDialogs = DialogPort & {
  nextSave(path: string | null): void;
  nextOpen(path: string | null): void;
  /** Titles of the dialogs shown so far, oldest first. */
  readonly shown: string[];
};

export function testDialogs(): TestDialogs {
  const saves: (string | null)[] = [];
  const opens: (string | null)[] = [];
  const shown: string[] = [];
  return {
    shown,
    nextSave: (path) => saves.push(path),
    nextOpen: (path) => opens.push(path),
    chooseSavePath: ({ title }) => {
      shown.push(title);
      return Promise.resolve(saves.length ? (saves.shift() ?? null) : null);
    },
    chooseOpenPath: ({ title }) => {
      shown.push(title);
      return Promise.resolve(opens.length ? (opens.shift() ?? null) : null);
    },
  };
}

/** Playwright's page.pdf is the same Chromium print engine as Electron's printToPDF. */
export function testPrinter(page: () => Page): PrinterPort & { readonly printed: number[] } {
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

export function testLog(): LogPort & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    warn: (m, d) => lines.push(`warn ${m} ${describe(d)}`),
    error: (m, d) => lines.push(`error ${m} ${describe(d)}`),
  };
}

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  return detail instanceof Error ? detail.message : JSON.stringify(detail);
}
