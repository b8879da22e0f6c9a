/**
 * `npm run screenshots`: the pictures in README.md and docs/, made by driving the real app.
 * First-run screen in Kazakh; cases list, a case page and the deadlines page with demo data in
 * Russian; the passphrase meter, the sign-in and lock screens, staff management and the audit
 * log.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp } from './harness';
import { benchSettings } from './bench/settings';
import { chooseLanguage } from './pages/shell';
import { addStaff, signIn, TEST_PASSPHRASE } from './pages/session';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const viewport = { width: 1440, height: 900 };

/** In-app navigation (a page load would start signed out). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

async function main() {
  const first = await launchApp({ viewport });
  await chooseLanguage(first.page, 'Қазақша');
  await first.page.screenshot({ path: `${OUT}/first-run.png` });
  // The passphrase meter explaining a weak choice (in English for the documentation).
  await chooseLanguage(first.page, 'English');
  await first.page.getByLabel('Your agency', { exact: true }).fill('Almaly District Police');
  await first.page.getByLabel('Your name', { exact: true }).fill('Aigerim Seitkali');
  await first.page.getByLabel('Passphrase', { exact: true }).fill('Aigerim2024');
  await first.page.locator('.strength').scrollIntoViewIfNeeded();
  await first.page.screenshot({ path: `${OUT}/passphrase-meter.png` });
  await first.close();

  const app = await launchApp({ viewport, settings: { ...benchSettings(), staffName: 'Айгерим Сейткали' } });
  const { page } = app;
  // The reminder that no backup exists yet would float over every picture.
  await page
    .getByRole('status')
    .filter({ hasText: 'Резервной копии' })
    .getByRole('button', { name: 'Закрыть' })
    .click();
  await go(page, '#/settings');
  await page.getByRole('button', { name: 'Загрузить демо-дела' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /создано|создан/ })
    .waitFor({ timeout: 120_000 });
  await go(page, '#/cases');
  await page.locator('.grid-body .grid-row').first().waitFor();
  await page.screenshot({ path: `${OUT}/cases.png` });
  await page.locator('.grid-body .grid-row').nth(0).click();
  await page.locator('.timeline .entry').first().waitFor();
  await page.screenshot({ path: `${OUT}/case.png` });

  // The case summary for the meeting, as printed: its first page.
  const pdf = join(app.dataDir, 'summary.pdf');
  await app.dialogs.nextSave(pdf);
  await page.getByRole('button', { name: 'Печать сводки' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Сохранить в PDF…' }).click();
  await page.getByRole('status').filter({ hasText: 'Сохранено' }).waitFor();
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    pdf,
    `${OUT}/case-summary`,
  ]);
  await go(page, '#/deadlines');
  await page.locator('.deadline-group').first().waitFor();
  await page.screenshot({ path: `${OUT}/deadlines.png` });

  // Locked: nothing of any case on screen.
  await page.keyboard.press('Control+l');
  await page.locator('html[data-app-state="locked"]').waitFor();
  await page.screenshot({ path: `${OUT}/locked.png` });
  await page.locator('input[name="passphrase"]').fill(TEST_PASSPHRASE);
  await page.locator('form button[type="submit"]').click();
  await page.locator('html[data-app-state="ready"]').waitFor();

  // Staff and the audit log, in English.
  await go(page, '#/settings');
  await page.getByLabel('Язык', { exact: true }).selectOption({ label: 'English' });
  await addStaff(app, { name: 'Dana Omarova', role: 'Staff', passphrase: 'harbour violet kettle summer' });
  await addStaff(app, {
    name: 'Bolat Serikov',
    role: 'Supervisor',
    passphrase: 'granite meadow lantern echo',
  });
  await page.getByRole('region', { name: 'Staff' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/staff.png` });
  await go(page, '#/audit');
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('status').filter({ hasText: 'intact' }).waitFor();
  await page.screenshot({ path: `${OUT}/audit-log.png` });

  // Signing in again, as the next person at the computer sees it.
  await page.getByRole('navigation').getByRole('button', { name: 'Sign out' }).click();
  await page.locator('html[data-app-state="sign-in"]').waitFor();
  await page.screenshot({ path: `${OUT}/sign-in.png` });
  await signIn(app, 'harbour violet kettle summer', 'Dana Omarova');
  await app.close();
  process.stdout.write(`screenshots written to ${OUT}\n`);
}

await main();
