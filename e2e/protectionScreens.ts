/**
 * Screenshots of protection (part of `npm run screenshots`): the passphrase meter explaining a
 * weak choice, the lock screen, staff management, the audit log after Verify, and sign-in.
 */
import type { Page } from '@playwright/test';
import { launchApp } from './harness';
import { benchSettings } from './bench/settings';
import { chooseLanguage, dismissBackupReminder } from './pages/shell';
import { addStaff, signIn, TEST_PASSPHRASE } from './pages/session';

const viewport = { width: 1440, height: 900 };

/** In-app navigation (a page load would start signed out). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

export async function protectionScreenshots(out: string): Promise<void> {
  const first = await launchApp({ viewport });
  await chooseLanguage(first.page, 'English');
  await first.page.getByLabel('Your agency', { exact: true }).fill('Almaly District Police');
  await first.page.getByLabel('Your name', { exact: true }).fill('Aigerim Seitkali');
  await first.page.getByLabel('Passphrase', { exact: true }).fill('Aigerim2024');
  await first.page.locator('.strength').scrollIntoViewIfNeeded();
  await first.page.screenshot({ path: `${out}/passphrase-meter.png` });
  await first.close();

  const app = await launchApp({ viewport, settings: { ...benchSettings(), language: 'en' } });
  const { page } = app;
  await dismissBackupReminder(page);
  // Locked: nothing of any case on screen.
  await page.keyboard.press('Control+l');
  await page.locator('html[data-app-state="locked"]').waitFor();
  await page.screenshot({ path: `${out}/locked.png` });
  await page.locator('input[name="passphrase"]').fill(TEST_PASSPHRASE);
  await page.locator('form button[type="submit"]').click();
  await page.locator('html[data-app-state="ready"]').waitFor();

  await go(page, '#/settings');
  await addStaff(app, { name: 'Dana Omarova', role: 'Staff', passphrase: 'harbour violet kettle summer' });
  await addStaff(app, {
    name: 'Bolat Serikov',
    role: 'Supervisor',
    passphrase: 'granite meadow lantern echo',
  });
  await page.getByRole('region', { name: 'Staff' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/staff.png` });
  await go(page, '#/audit');
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.getByRole('status').filter({ hasText: 'intact' }).waitFor();
  await page.screenshot({ path: `${out}/audit-log.png` });

  // Signing in again, as the next person at the computer sees it.
  await page.getByRole('navigation').getByRole('button', { name: 'Sign out' }).click();
  await page.locator('html[data-app-state="sign-in"]').waitFor();
  await page.screenshot({ path: `${out}/sign-in.png` });
  await signIn(app, 'harbour violet kettle summer', 'Dana Omarova');
  await app.close();
}
