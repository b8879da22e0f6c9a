/**
 * The app and the bench page, as the bench scripts load them. A page load starts signed out
 * (case data is encrypted at rest): the app signs in with the administrator the harness made,
 * and the bench page's data layer is set up on the same encrypted database again.
 */
import type { Page } from '@playwright/test';
import { pageCaller } from './pageApi';
import { TEST_PASSPHRASE } from '../pages/session';

const APP_URL = 'https://caseline.test/index.html';
const BENCH_URL = 'https://caseline.test/bench/index.html';

/** Loads the app at `hash` and signs in. */
export async function openApp(page: Page, hash: string): Promise<void> {
  await page.goto(`${APP_URL}${hash}`);
  // Signed out after the load, or locked when the office's session locked meanwhile; a session
  // still open in the host (signed in on an earlier load) goes straight to the app.
  await page
    .locator('html:is([data-app-state="sign-in"], [data-app-state="locked"], [data-app-state="ready"])')
    .waitFor();
  if ((await page.locator('html').getAttribute('data-app-state')) === 'ready') return;
  await page.locator('input[name="passphrase"]').fill(TEST_PASSPHRASE);
  await page.locator('form button[type="submit"]').click();
  await page.locator('html[data-app-state="ready"]').waitFor();
}

/** The bench page's data layer on the app's encrypted database, as signing in sets it up. */
export async function useAppCodec(page: Page): Promise<void> {
  await pageCaller('protectionBench')(page, 'useEncrypted', TEST_PASSPHRASE);
}

/** Loads the bench page again, ready to read and write the encrypted database. */
export async function openBenchPage(page: Page): Promise<void> {
  await page.goto(BENCH_URL);
  await page.waitForFunction(() => document.title === 'bench-ready');
  await useAppCodec(page);
}

/**
 * From the cases list on screen, opens case `caseId` in the app and times it until its header
 * and first timeline rows are on screen.
 */
export async function timeCaseOpen(page: Page, caseId: string): Promise<number> {
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
