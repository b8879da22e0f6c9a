import type { Page } from '@playwright/test';
import type { RunningApp } from '../harness';

export type Identity = { agency: string; staff: string; region?: string };

/** Completes first-run setup in English (the specs for Russian and Kazakh do it by hand). */
export async function setUpInEnglish(
  app: RunningApp,
  who: Identity = { agency: 'Almaly District Police', staff: 'Aigerim Seitkali' },
): Promise<void> {
  const page = app.page;
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByLabel('Your agency', { exact: true }).fill(who.agency);
  await page.getByLabel('Your name', { exact: true }).fill(who.staff);
  if (who.region) await page.getByLabel('Region or city').fill(who.region);
  await page.getByRole('button', { name: 'Start using Caseline' }).click();
  await page.locator('html[data-app-state="ready"]').waitFor();
}

export function nav(page: Page) {
  return page.getByRole('navigation');
}
