/**
 * `npm run screenshots`: the pictures in README.md and docs/, made by driving the real app.
 * - first-run.png: the first-run screen in Kazakh;
 * - cases.png, case.png, deadlines.png, case-summary.png: demo data in Russian, 1440 px wide
 *   (the README's pictures);
 * - <screen>-<ru|kk>-<1280|1920>.png: the cases list, a case with its people open, the new-case
 *   form with its messages, and Find anything (Ctrl+K), in Russian and Kazakh, at the narrowest
 *   and widest common office screens.
 * - sharing-partners.png, sharing-send.png, sharing-receive.png: the partner directory and the send and
 *   receive previews of sharing, in Russian.
 * - passphrase-meter.png, locked.png, staff.png, audit-log.png, sign-in.png: sign-in, the lock
 *   and staff screens and the audit log (protectionScreens.ts).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchApp, type RunningApp } from './harness';
import { benchSettings } from './bench/settings';
import { chooseLanguage, dismissBackupReminder, goInApp } from './pages/shell';
import { sharingScreenshots } from './sharingScreens';
import { protectionScreenshots } from './protectionScreens';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

/** The words the script clicks and waits for, per language. */
const WORDS = {
  ru: {
    loadDemo: 'Загрузить демо-дела',
    loaded: /создано|создан/,
    newCase: 'Новое дело',
    reference: 'Номер дела',
    name: 'ФИО',
    iin: 'ИИН',
    notes: 'Примечания',
    create: 'Создать дело',
  },
  kk: {
    loadDemo: 'Демо-істерді жүктеу',
    loaded: /жасалды/,
    newCase: 'Жаңа іс',
    reference: 'Іс нөмірі',
    name: 'Аты-жөні',
    iin: 'ЖСН',
    notes: 'Ескертпелер',
    create: 'Іс жасау',
  },
} as const;

type Lang = keyof typeof WORDS;

/** Each width in turn: the page is laid out again and waits for its fonts before the picture. */
async function shootWidths(page: Page, name: string, lang: Lang): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${OUT}/${name}-${lang}-${size.width}.png` });
  }
}

async function loadDemo(app: RunningApp, lang: Lang): Promise<void> {
  const { page } = app;
  await goInApp(page, 'https://caseline.test/index.html#/settings');
  await page.getByRole('button', { name: WORDS[lang].loadDemo }).click();
  await page.getByRole('status').filter({ hasText: WORDS[lang].loaded }).waitFor({ timeout: 120_000 });
}

/** The screens this line of work changed, in one language, at both widths. */
async function screensIn(lang: Lang): Promise<void> {
  const w = WORDS[lang];
  const app = await launchApp({
    viewport: WIDTHS[0],
    settings: { ...benchSettings(), language: lang, staffName: 'Айгерим Сейткали' },
  });
  await dismissBackupReminder(app.page);
  const { page } = app;
  await loadDemo(app, lang);

  await goInApp(page, 'https://caseline.test/index.html#/cases');
  await page.locator('.grid-body .grid-row').first().waitFor();
  await shootWidths(page, 'cases', lang);

  // A case with its people open: every field, the sensitive ones marked.
  await page.locator('.grid-body .grid-row').nth(0).click();
  await page.locator('.timeline .entry').first().waitFor();
  await page.locator('details.people-panel summary').click();
  const iin =
    (await page.locator('.person-card').nth(0).locator('.person-field.sensitive dd').first().textContent()) ??
    '';
  await shootWidths(page, 'case', lang);

  // The new-case form: a reference that is too long, and an IIN already on a demo case.
  await goInApp(page, 'https://caseline.test/index.html#/cases/new');
  const rows = page.locator('fieldset.person');
  await page.getByLabel(w.reference).fill('POL-2026-'.padEnd(47, '0'));
  await rows.nth(0).getByLabel(w.name, { exact: true }).fill('Гүлжан Әбдірахманова');
  await rows.nth(0).getByLabel(w.notes).fill('Сіңлісі Інжу арқылы хабарласу; кешке қоңырау шалмау.');
  await rows.nth(1).getByLabel(w.name, { exact: true }).fill('Серік Әбдірахманов');
  await rows.nth(0).getByLabel(w.iin, { exact: true }).fill(iin);
  await rows.nth(0).locator('.field-warning').waitFor();
  await page.getByRole('button', { name: w.create }).click();
  await page.locator('.field-error').first().waitFor();
  await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
  await shootWidths(page, 'new-case', lang);

  // Find anything: a first name, found on several cases, a child's among them.
  await goInApp(page, 'https://caseline.test/index.html#/cases');
  await page.locator('.grid-body .grid-row').first().waitFor();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('мадина');
  await page.getByRole('dialog').getByRole('option').first().waitFor();
  await shootWidths(page, 'search', lang);
  await app.close();
}

/** The README's pictures, in Russian at 1440 px: cases, a case, its printed summary, deadlines. */
async function readmeScreens(): Promise<void> {
  const app = await launchApp({
    viewport: { width: 1440, height: 900 },
    settings: { ...benchSettings(), staffName: 'Айгерим Сейткали' },
  });
  await dismissBackupReminder(app.page);
  const { page } = app;
  await loadDemo(app, 'ru');
  await goInApp(page, 'https://caseline.test/index.html#/cases');
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
  await goInApp(page, 'https://caseline.test/index.html#/deadlines');
  await page.locator('.deadline-group').first().waitFor();
  await page.screenshot({ path: `${OUT}/deadlines.png` });
  await app.close();
}

/**
 * Kazakh letters at the sizes the app uses (13–15 px), magnified eight times pixel for pixel, so
 * one can see that the dot of і stays apart from its stem (base.css text-rendering).
 */
async function kazakhLetters(): Promise<void> {
  const app = await launchApp({
    viewport: { width: 900, height: 400 },
    settings: { ...benchSettings(), language: 'kk' },
  });
  await dismissBackupReminder(app.page);
  const { page } = app;
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'probe';
    probe.style.cssText =
      'position:fixed;left:0;top:0;background:#fff;color:#1d2530;padding:4px 8px;z-index:10';
    for (const weight of [400, 600])
      for (const size of [13, 14, 15]) {
        const line = document.createElement('div');
        line.style.cssText = `font-size:${size}px;font-weight:${weight};white-space:nowrap`;
        line.textContent = `${size}px: Іс ішінен іздеу · Інжу`;
        probe.append(line);
      }
    document.body.append(probe);
  });
  await page.evaluate(() => document.fonts.ready);
  const shot = await page.locator('#probe').screenshot();
  const box = await page.locator('#probe').boundingBox();
  await page.evaluate(
    ({ png, width, height }) => {
      document.getElementById('probe')?.remove();
      const img = document.createElement('img');
      img.id = 'zoom';
      img.src = `data:image/png;base64,${png}`;
      // Each pixel drawn as an 8×8 square: what the screen shows, only larger.
      img.style.cssText = `position:fixed;left:0;top:0;z-index:10;image-rendering:pixelated;width:${width * 8}px;height:${height * 8}px`;
      document.body.append(img);
    },
    { png: shot.toString('base64'), width: Math.round(box!.width), height: Math.round(box!.height) },
  );
  await page.setViewportSize({ width: Math.round(box!.width) * 8, height: Math.round(box!.height) * 8 });
  await page.locator('#zoom').screenshot({ path: `${OUT}/kazakh-i-13-15px.png` });
  await app.close();
}

async function main() {
  const first = await launchApp({ viewport: { width: 1440, height: 900 } });
  await chooseLanguage(first.page, 'Қазақша');
  await first.page.screenshot({ path: `${OUT}/first-run.png` });
  await first.close();

  await kazakhLetters();
  await readmeScreens();
  for (const lang of ['ru', 'kk'] as const) await screensIn(lang);
  await sharingScreenshots(OUT);
  await protectionScreenshots(OUT);
  process.stdout.write(`screenshots written to ${OUT}\n`);
}

await main();
