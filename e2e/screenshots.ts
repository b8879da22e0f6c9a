/**
 * `npm run screenshots`: the pictures in README.md and docs/, made by driving the real app.
 * First-run screen in Kazakh; cases list, a case page and the deadlines page with demo data in
 * Russian; the partner directory and the send and receive previews of sharing, in Russian.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { launchApp } from './harness';
import { benchSettings } from './bench/settings';
import { chooseLanguage } from './pages/shell';
import { sharingScreenshots } from './sharingScreens';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const viewport = { width: 1440, height: 900 };

async function main() {
  const first = await launchApp({ viewport });
  await chooseLanguage(first.page, 'Қазақша');
  await first.page.screenshot({ path: `${OUT}/first-run.png` });
  await first.close();

  const app = await launchApp({ viewport, settings: { ...benchSettings(), staffName: 'Айгерим Сейткали' } });
  const { page } = app;
  await page.goto('https://caseline.test/index.html#/settings');
  await page.getByRole('button', { name: 'Загрузить демо-дела' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /создано|создан/ })
    .waitFor({ timeout: 120_000 });
  await page.goto('https://caseline.test/index.html#/cases');
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
  await page.goto('https://caseline.test/index.html#/deadlines');
  await page.locator('.deadline-group').first().waitFor();
  await page.screenshot({ path: `${OUT}/deadlines.png` });
  await app.close();
  await sharingScreenshots(OUT);
  process.stdout.write(`screenshots written to ${OUT}\n`);
}

await main();
