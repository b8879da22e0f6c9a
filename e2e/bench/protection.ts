/**
 * Encryption at rest, measured (issue 9 "Speed"), as part of `npm run bench`: the same work with
 * and without encryption in one run, and what a staff member waits for at sign-in. Printed with
 * budgets and ratios; nothing fails on a slow machine.
 *
 * - unlock: PBKDF2 over the passphrase and opening the database, < 1 s; in the app, from the
 *   passphrase submitted to the unlocked app;
 * - the cases list usable (first rows drawn) < 300 ms from unlock at 1,000 cases, < 1 s at
 *   10,000 (BENCH_CASES=10000);
 * - workspace generation and bundle import with encryption ≥ 0.7× the rate without;
 * - opening the 2,000-entry case < 150 ms in the app with encryption on.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp } from '../harness';
import { benchSettings } from './settings';
import { pageCaller } from './pageApi';
import { reporter } from './report';
import { timeCaseOpen } from './app';

const PASSPHRASE = 'bench river lamp orange stone';
const CASES = Number(process.env.BENCH_CASES ?? 1000);
/** Entries per case: the demo's 100, fewer for the 10,000-case list (the list reads case headers). */
const PER_CASE = CASES > 1000 ? 10 : 100;
const IMPORT_ENTRIES = 5000;
const APP = 'https://caseline.test/index.html';

const call = pageCaller('protectionBench');

const { report, summary } = reporter();

/** Signs in on the sign-in screen and times the unlock and the cases list that follows. */
async function signInTimed(page: Page): Promise<{ unlockMs: number; listMs: number }> {
  // A new page load, which starts signed out (going to the same page with another hash would not).
  await page.goto(`${APP}#/cases`);
  await page.reload();
  await page.locator('html[data-app-state="sign-in"]').waitFor();
  await page.locator('input[name="passphrase"]').fill(PASSPHRASE);
  // Watched by a MutationObserver, which hears each change as the page makes it (not a frame later).
  return page.evaluate(
    () =>
      new Promise<{ unlockMs: number; listMs: number }>((done, fail) => {
        setTimeout(() => fail(new Error('sign-in did not finish')), 120_000);
        let unlockedAt = 0;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const now = performance.now();
          if (!unlockedAt && document.documentElement.dataset.appState === 'ready') unlockedAt = now;
          if (unlockedAt && document.querySelector('.grid-body .grid-row')) {
            observer.disconnect();
            done({ unlockMs: unlockedAt - t0, listMs: now - unlockedAt });
          }
        });
        observer.observe(document.documentElement, { attributes: true, childList: true, subtree: true });
        document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
      }),
  );
}

/** In-app navigation to a case until its header and first timeline rows are on screen. */
async function openCaseInUi(page: Page, caseId: string): Promise<number> {
  await page.evaluate(() => (window.location.hash = '#/cases'));
  return timeCaseOpen(page, caseId);
}

async function main() {
  // Started as an installation from before accounts: its administrator is made with PASSPHRASE.
  const app = await launchApp({
    settings: benchSettings(),
    passphrase: PASSPHRASE,
    extraDirs: { '/bench/': resolve(import.meta.dirname, '../../dist/bench') },
  });
  try {
    const page = app.page;
    page.setDefaultTimeout(900_000);
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto('https://caseline.test/bench/index.html');
    await page.waitForFunction(() => document.title === 'bench-ready');

    process.stdout.write(
      `Encryption at rest: ${CASES} cases × ${PER_CASE} entries, without and with encryption…\n`,
    );
    await call(page, 'usePlain');
    const plainWs = await call(page, 'workspace', CASES, PER_CASE);
    const plainBig = await call(page, 'bigCase', 2000);
    const plainOpen = await call(page, 'openCaseData', plainBig);
    const plainImport = await call(page, 'bundleImport', IMPORT_ENTRIES);

    const unlock = await call(page, 'useEncrypted', PASSPHRASE);
    const sealedWs = await call(page, 'workspace', CASES, PER_CASE);
    const sealedBig = await call(page, 'bigCase', 2000);
    const sealedOpen = await call(page, 'openCaseData', sealedBig);
    const sealedImport = await call(page, 'bundleImport', IMPORT_ENTRIES);

    report('unlock in the data layer: key derivation (PBKDF2-SHA256, 600,000)', unlock.deriveMs, 'ms');
    report('unlock in the data layer: opening the database', unlock.openMs, 'ms');
    report('unlock in the data layer: both', unlock.deriveMs + unlock.openMs, 'ms', {
      value: 1000,
      better: 'lower',
    });
    report('workspace generation, without encryption', plainWs.perSecond, 'entries/s');
    report('workspace generation, with encryption', sealedWs.perSecond, 'entries/s');
    report('  with ÷ without', sealedWs.perSecond / plainWs.perSecond, '×', { value: 0.7, better: 'higher' });
    report(
      `bundle import (${plainImport.entries} entries: read, verify, merge), without`,
      plainImport.perSecond,
      'entries/s',
    );
    report('bundle import, with encryption', sealedImport.perSecond, 'entries/s');
    report('  with ÷ without', sealedImport.perSecond / plainImport.perSecond, '×', {
      value: 0.7,
      better: 'higher',
    });
    report('open the 2,000-entry case, data (read, decode, facts), without', plainOpen, 'ms');
    report('open the 2,000-entry case, data, with encryption', sealedOpen, 'ms');

    // The app itself, with encryption: sign in, the cases list, the big case.
    const signIns: { unlockMs: number; listMs: number }[] = [];
    for (let i = 0; i < 3; i++) signIns.push(await signInTimed(page));
    const mid = <T>(xs: T[], key: (x: T) => number) => xs.map(key).sort((a, b) => a - b)[1]!;
    report(
      'sign in in the app: passphrase submitted → unlocked (median of 3)',
      mid(signIns, (s) => s.unlockMs),
      'ms',
      {
        value: 1000,
        better: 'lower',
      },
    );
    report(
      `cases list usable from unlock, ${CASES + 3} cases (median of 3)`,
      mid(signIns, (s) => s.listMs),
      'ms',
      { value: CASES > 1000 ? 1000 : 300, better: 'lower' },
    );
    const opens: number[] = [];
    for (let i = 0; i < 3; i++) opens.push(await openCaseInUi(page, sealedBig));
    report(
      'open the 2,000-entry case in the app, with encryption (median of 3)',
      mid(opens, (x) => x),
      'ms',
      {
        value: 150,
        better: 'lower',
      },
    );
  } finally {
    await app.close();
  }
  summary('Caseline encryption-at-rest benchmarks');
}

await main();
