/**
 * `npm run bench`: Caseline's speed figures, measured in Chromium in one run, printed with
 * their targets and ratios. Not a test: nothing here fails on a slow machine.
 *
 * Workspace: 1,000 demo cases × 100 entries (100,000 entries), plus one case of 2,000 entries.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp } from '../harness';
import { benchSettings } from './settings';
import { TEST_PASSPHRASE } from '../pages/session';

type Bench = {
  workspace(
    cases: number,
    perCase: number,
  ): Promise<{ records: number; ms: number; writeMs: number; perSecond: number; writePerSecond: number }>;
  rawPut(): Promise<{ records: number; ms: number; perSecond: number }>;
  bigCase(n: number): Promise<{ id: string; reference: string }>;
  listFilterSort(): Promise<{ cases: number; loadMs: number; filterMs: number; sortMs: number }>;
  saveEntry(
    caseId: string,
    times: number,
    fromStorage: boolean,
  ): Promise<{ medianMs: number; p95Ms: number }>;
  openCaseData(caseId: string): Promise<{ entries: number; ms: number }>;
};

const rows: string[][] = [];
function report(
  what: string,
  value: number,
  unit: string,
  target?: { value: number; better: 'lower' | 'higher' },
) {
  const ratio = target ? (target.better === 'lower' ? value / target.value : target.value / value) : null;
  rows.push([
    what,
    `${value.toFixed(value >= 100 ? 0 : 1)} ${unit}`,
    target ? `${target.better === 'lower' ? '<' : '≥'} ${target.value} ${unit}` : '',
    ratio === null ? '' : `${ratio.toFixed(2)} of budget${ratio <= 1 ? ' (met)' : ' (MISSED)'}`,
  ]);
  process.stdout.write(`  ${what}: ${rows[rows.length - 1]!.slice(1).filter(Boolean).join(' · ')}\n`);
}

async function call<K extends keyof Bench>(
  page: Page,
  name: K,
  ...args: Parameters<Bench[K]>
): Promise<Awaited<ReturnType<Bench[K]>>> {
  return page.evaluate(
    ([n, a]) =>
      (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }).bench[
        n as string
      ]!(...(a as unknown[])),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<Bench[K]>>>;
}

/**
 * Opens the app at `hash`. A page load starts signed out (case data is encrypted at rest), so
 * it signs in with the administrator the harness made.
 */
async function openApp(page: Page, hash: string): Promise<void> {
  await page.goto(`https://caseline.test/index.html${hash}`);
  await page.locator('html[data-app-state="sign-in"]').waitFor();
  await page.locator('input[name="passphrase"]').fill(TEST_PASSPHRASE);
  await page.locator('form button[type="submit"]').click();
  await page.locator('html[data-app-state="ready"]').waitFor();
}

/** The bench page's data layer on the app's encrypted database, as signing in sets it up. */
async function useAppCodec(page: Page): Promise<void> {
  await page.evaluate(
    (p) =>
      (
        window as unknown as { protectionBench: { useEncrypted(p: string): Promise<unknown> } }
      ).protectionBench.useEncrypted(p),
    TEST_PASSPHRASE,
  );
}

/** In-app navigation to a case until its header and first timeline rows are on screen. */
async function openCaseInUi(page: Page, caseId: string): Promise<number> {
  await openApp(page, '#/cases');
  await page.locator('.grid-body .grid-row').first().waitFor();
  return page.evaluate(
    (id) =>
      new Promise<number>((done, fail) => {
        setTimeout(() => fail(new Error('the case did not open')), 30_000);
        const t0 = performance.now();
        const check = () => {
          if (document.querySelector('.case-title h1') && document.querySelector('.timeline .entry'))
            done(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        window.location.hash = `#/cases/${id}`;
        requestAnimationFrame(check);
      }),
    caseId,
  );
}

/** Typing a case's reference into the cases search until the list shows only that case. */
async function filterInUi(page: Page, reference: string): Promise<number> {
  // Through another page, so the list starts again with no search typed.
  await openApp(page, '#/settings');
  await page.evaluate(() => (window.location.hash = '#/cases'));
  await page.locator('.grid-body .grid-row').first().waitFor();
  return page.evaluate(
    (text) =>
      new Promise<number>((done, fail) => {
        setTimeout(() => fail(new Error('the cases list did not update')), 30_000);
        const input = document.querySelector<HTMLInputElement>('input.search')!;
        const before = document.querySelector('.page-header .muted')?.textContent;
        const t0 = performance.now();
        // React listens for the native input event after the value setter runs.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          if (document.querySelector('.page-header .muted')?.textContent !== before)
            done(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    reference,
  );
}

async function main() {
  const app = await launchApp({
    settings: benchSettings(),
    extraDirs: { '/bench/': resolve(import.meta.dirname, '../../dist/bench') },
  });
  try {
    const page = app.page;
    page.setDefaultTimeout(600_000);
    // tsx keeps function names by wrapping them in __name(); functions sent to the page need it.
    await page.addInitScript('window.__name = (f) => f;');
    report('app start to interactive shell (empty workspace)', app.readyMs, 'ms');
    await page.goto('https://caseline.test/bench/index.html');
    await page.waitForFunction(() => document.title === 'bench-ready');
    await useAppCodec(page);

    process.stdout.write('Generating 1,000 cases × 100 entries…\n');
    const ws = await call(page, 'workspace', Number(process.env.BENCH_CASES ?? 1000), 100);
    report('workspace: whole demo loader (generate, hash, seal, write)', ws.perSecond, 'entries/s');
    report('workspace: write phase (chunked Dexie transactions)', ws.writePerSecond, 'entries/s');
    const raw = await call(page, 'rawPut');
    report('plain IndexedDB put, same rows, one transaction', raw.perSecond, 'entries/s');
    report('workspace write rate ÷ plain put rate', ws.writePerSecond / raw.perSecond, '×', {
      value: 0.5,
      better: 'higher',
    });
    report('whole loader rate ÷ plain put rate', ws.perSecond / raw.perSecond, '×');

    const { id: big, reference: bigRef } = await call(page, 'bigCase', 2000);
    const list = await call(page, 'listFilterSort');
    report(`cases list: read + decode ${list.cases} case headers`, list.loadMs, 'ms');
    report('cases list: filter (text + risk + deadline)', list.filterMs, 'ms', {
      value: 100,
      better: 'lower',
    });
    report('cases list: sort', list.sortMs, 'ms', { value: 100, better: 'lower' });
    const save = await call(page, 'saveEntry', big, 30, false);
    report('save a new entry on the 2,000-entry case, from the case page (median)', save.medianMs, 'ms', {
      value: 50,
      better: 'lower',
    });
    report('save a new entry, from the case page (p95)', save.p95Ms, 'ms', { value: 50, better: 'lower' });
    const cold = await call(page, 'saveEntry', big, 10, true);
    report('save a new entry, reading the summary entries from storage (median)', cold.medianMs, 'ms');

    const uiFilter = [];
    for (let i = 0; i < 3; i++) uiFilter.push(await filterInUi(page, bigRef));
    report(
      'cases list in the UI: type a search until rows update (median of 3)',
      uiFilter.sort((a, b) => a - b)[1]!,
      'ms',
      { value: 100, better: 'lower' },
    );
    const uiOpen = [];
    for (let i = 0; i < 3; i++) uiOpen.push(await openCaseInUi(page, big));
    report(
      'open the 2,000-entry case in the UI: header + first rows (median of 3)',
      uiOpen.sort((a, b) => a - b)[1]!,
      'ms',
      { value: 150, better: 'lower' },
    );
    // Last, when the storage has settled after the bulk writes: the data part of opening a case.
    await page.goto('https://caseline.test/bench/index.html');
    await page.waitForFunction(() => document.title === 'bench-ready');
    await useAppCodec(page);
    const open = await call(page, 'openCaseData', big);
    report(`open case data only: read, decode, resolve ${open.entries} entries`, open.ms, 'ms');
  } finally {
    await app.close();
  }
  const width = Math.max(...rows.map((r) => r[0]!.length));
  process.stdout.write(`\nCaseline benchmarks (${new Date().toISOString()})\n`);
  for (const r of rows)
    process.stdout.write(`${r[0]!.padEnd(width)}  ${r[1]!.padStart(16)}  ${r[2]!.padEnd(14)}  ${r[3]}\n`);
}

await main();
