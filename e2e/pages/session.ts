import { expect, type Page } from '@playwright/test';
import type { RunningApp } from '../harness';

/** The passphrase every spec's first administrator gets: strong enough to be accepted. */
export const TEST_PASSPHRASE = 'river lamp orange stone';

/** Screens before the app proper (html[data-app-state]). */
export type AppState = 'setup' | 'account' | 'sign-in' | 'locked' | 'encrypting' | 'identity' | 'ready';

export async function appState(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.appState);
}

/**
 * Signs in on the sign-in screen in any language (the passphrase field and the submit button are
 * found by their kind, not their words), as `account` (its name) or whoever is preselected.
 */
export async function signIn(
  app: RunningApp,
  passphrase = TEST_PASSPHRASE,
  account?: string,
  /** The screen expected after signing in: the app proper, or a step before it. */
  next: AppState = 'ready',
): Promise<void> {
  const { page } = app;
  await page.locator('html[data-app-state="sign-in"]').waitFor();
  if (account) {
    const select = page.locator('form select').first();
    const value = await select.locator('option', { hasText: account }).first().getAttribute('value');
    await select.selectOption(value ?? '');
  }
  await page.locator('input[name="passphrase"]').fill(passphrase);
  await page.locator('form button[type="submit"]').click();
  await page.locator(`html[data-app-state="${next}"]`).waitFor();
}

/** Unlocks the lock screen (any language). */
export async function unlock(app: RunningApp, passphrase = TEST_PASSPHRASE): Promise<void> {
  const { page } = app;
  await page.locator('html[data-app-state="locked"]').waitFor();
  await page.locator('input[name="passphrase"]').fill(passphrase);
  await page.locator('form button[type="submit"]').click();
  await page.locator('html[data-app-state="ready"]').waitFor();
}

/**
 * An installation started from settings written before staff accounts existed (the benchmarks'
 * and screenshots' shortcut past first-run setup): its first administrator is created with the
 * name the settings held and `passphrase`, and any older data encrypted.
 */
export async function createFirstAdministrator(app: RunningApp, passphrase = TEST_PASSPHRASE): Promise<void> {
  const { page } = app;
  await page.locator('html[data-app-state="account"]').waitFor();
  await page.locator('input[name="new-passphrase"]').fill(passphrase);
  await page.locator('input[name="new-passphrase-repeat"]').fill(passphrase);
  await page.locator('form button[type="submit"]').click();
  await page.locator('html[data-app-state="ready"]').waitFor({ timeout: 120_000 });
}

/** Gets past whatever stands before the app proper after a restart: sign-in, or the first administrator. */
export async function enter(app: RunningApp, passphrase = TEST_PASSPHRASE): Promise<void> {
  const { page } = app;
  await expect(page.locator('html[data-app-state]')).toHaveAttribute(
    'data-app-state',
    /^(sign-in|account|ready)$/,
  );
  const state = await appState(page);
  if (state === 'sign-in') await signIn(app, passphrase);
  else if (state === 'account') await createFirstAdministrator(app, passphrase);
}

export type StaffRole = 'Staff' | 'Supervisor' | 'Administrator';

/** An administrator adds a staff member in Settings (English), confirming with their own passphrase. */
export async function addStaff(
  app: RunningApp,
  who: { readonly name: string; readonly role: StaffRole; readonly passphrase: string },
  mine = TEST_PASSPHRASE,
): Promise<void> {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  const staff = page.getByRole('region', { name: 'Staff' });
  await staff.getByRole('button', { name: 'Add a staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'New staff member' });
  await dialog.getByLabel('Name', { exact: true }).fill(who.name);
  await dialog.getByLabel('Role', { exact: true }).selectOption({ label: who.role });
  await dialog.getByLabel('Their passphrase', { exact: true }).fill(who.passphrase);
  await dialog.getByLabel('Repeat the passphrase', { exact: true }).fill(who.passphrase);
  await dialog.getByLabel('Your own passphrase, to confirm it is you').fill(mine);
  await dialog.getByRole('button', { name: 'Add a staff member' }).click();
  await expect(staff.getByRole('status')).toHaveText(`${who.name} was added.`);
}

/** Signs out from the navigation (English). */
export async function signOut(app: RunningApp): Promise<void> {
  await app.page.getByRole('navigation').getByRole('button', { name: 'Sign out' }).click();
  await app.page.locator('html[data-app-state="sign-in"]').waitFor();
}
