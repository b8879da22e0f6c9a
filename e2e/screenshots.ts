/**
 * `npm run screenshots`: the pictures in README.md and docs/, made by driving the real app.
 * First-run screen in Kazakh; cases list, a case page and the deadlines page with demo data in
 * Russian.
 */
import { resolve } from 'node:path';
import { launchApp } from './harness';
import { benchSettings } from './bench/settings';
import { chooseLanguage } from './pages/shell';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const viewport = { width: 1440, height: 900 };

async function main() {
  const first = await launchApp({ viewport });
  await chooseLanguage(first.page, 'Қазақша');
  await first.page.screenshot({ path: `${OUT}/first-run.png` });
  await first.close();

  const app = await launchApp({ viewport, settings: benchSettings() });
  const { page } = app;
  await page.goto('https://caseline.test/index.html#/settings');
  await page.getByRole('button', { name: 'Загрузить демо-дела' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /создано|создан/ })
    .waitFor({ timeout: 120_000 });
  await page.goto('https://caseline.test/index.html#/cases');
  await page.locator('.grid-row[role="row"]').first().waitFor();
  await page.screenshot({ path: `${OUT}/cases.png` });
  await page.locator('.grid-row[role="row"]').nth(0).click();
  await page.locator('.timeline .entry').first().waitFor();
  await page.screenshot({ path: `${OUT}/case.png` });
  await page.goto('https://caseline.test/index.html#/deadlines');
  await page.locator('.deadline-group').first().waitFor();
  await page.screenshot({ path: `${OUT}/deadlines.png` });
  await app.close();
  process.stdout.write(`screenshots written to ${OUT}\n`);
}

await main();
