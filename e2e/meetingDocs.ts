/**
 * `node --import tsx e2e/meetingDocs.ts` (after `npm run build`): the pictures of the meeting
 * work in docs/, made by driving the real app with demo data in Russian. The meeting screens in
 * Russian and Kazakh go to docs/screenshots/; the printed case summary, meeting pack and minutes
 * go to docs/prints/ as page images (pdftoppm), every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { kzDottedDate } from './dates';
import { launchApp, type RunningApp } from './harness';
import { loadDemoCases, officeSettings, typeDate } from './pages/meetingPages';
import { dismissBackupReminder, goInApp } from './pages/shell';

const SHOTS = resolve(import.meta.dirname, '../docs/screenshots');
const PRINTS = resolve(import.meta.dirname, '../docs/prints');
/** Cases on the pictured meeting's agenda: a meeting's usual size, and pages a reader can look through. */
const AGENDA = 6;

async function saved(page: Page, text: RegExp | string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 120_000 });
}

/** Every page of a PDF as PNG files named `<name>-<page>.png`. */
async function pageImages(pdf: string, name: string): Promise<void> {
  for (const f of await readdir(PRINTS)) if (f.startsWith(`${name}-`)) await rm(join(PRINTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(PRINTS, name)]);
}

async function scheduleAndRecord(app: RunningApp): Promise<void> {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'Совещания' }).click();
  await page.getByRole('button', { name: 'Назначить совещание' }).click();
  const dialog = page.getByRole('dialog');
  await typeDate(page, dialog, 'Дата', kzDottedDate(0));
  await dialog.getByLabel('Место').fill('Акимат Алмалинского района, каб. 204');
  for (const box of await dialog.getByRole('checkbox').all()) if (await box.isEnabled()) await box.check();
  await page.screenshot({ path: `${SHOTS}/meeting-schedule-ru.png` });
  await dialog.getByRole('button', { name: 'Назначить', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  const accept = page.locator('.suggestion-list li button');
  for (let i = 0; i < AGENDA; i++) await accept.first().click();
  await page.getByText('Все изменения сохранены').waitFor();
  for (const agency of [
    'УП Алмалинского района',
    'Кризисный центр «Шаңырақ»',
    'Отдел занятости и соцпрограмм',
  ])
    await page.getByLabel(`Присутствует: ${agency}`).check();
  await page.getByLabel('Представители: Кризисный центр «Шаңырақ»').fill('психолог Ахметова Д.');
  const one = page.locator('article.discussion').nth(0);
  await one
    .getByLabel('Заметки по обсуждению')
    .fill(
      'Полиция сообщила о нарушении защитного предписания 21.11. Кризисный центр: пострадавшая с детьми, от убежища пока отказывается. Школа сообщает о пропусках занятий старшим ребёнком.',
    );
  await one
    .getByLabel('Мнение пострадавшего лица (со слов)')
    .fill('Хочет, чтобы он не приходил домой; в убежище переезжать не готова, просит помочь с жильём.');
  await one.getByLabel('Со слов кого').fill('Кризисный центр «Шаңырақ»');
  const actions: [number, string, string, string, number][] = [
    [0, 'Проверить условия проживания детей', 'Кризисный центр «Шаңырақ»', 'Ахметова Д.', 7],
    [0, 'Поставить вопрос о продлении мер защиты', 'УП Алмалинского района', 'Жумагалиев Н.', 10],
    [1, 'Оформить адресную социальную помощь', 'Отдел занятости и соцпрограмм', '', 14],
  ];
  for (const [at, text, owner, person, days] of actions) {
    const item = page.locator('article.discussion').nth(at);
    const add = item.locator('details.add-action');
    if ((await add.getAttribute('open')) === null) await add.locator('summary').click();
    const form = item.locator('form.action-form').last();
    await form.getByLabel('Что нужно сделать').fill(text);
    await form.getByLabel('Ответственное ведомство').selectOption({ label: owner });
    if (person) await form.getByLabel('Ответственное лицо, если известно').fill(person);
    await typeDate(page, form, 'Срок', kzDottedDate(days));
    await form.getByRole('button', { name: 'Добавить мероприятие' }).click();
    await item.locator('.agreed-action', { hasText: text }).waitFor();
  }
  await page.getByText('Все изменения сохранены').waitFor();
}

/** Scrolls the page's content (the main area scrolls, not the window) to the top. */
async function toTop(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('main')?.scrollTo(0, 0));
}

/** Switches the interface language in Settings. */
async function language(page: Page, label: string, option: string, lang: string): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: label === 'Язык' ? 'Настройки' : 'Баптаулар' })
    .click();
  await page.getByLabel(label, { exact: true }).selectOption({ label: option });
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

async function main() {
  await mkdir(PRINTS, { recursive: true });
  const viewport = { width: 1440, height: 1000 };
  const app = await launchApp({ settings: officeSettings(), viewport });
  await dismissBackupReminder(app.page);
  const { page } = app;
  try {
    await loadDemoCases(app);
    await scheduleAndRecord(app);
    const meetingUrl = page.url();
    await toTop(page);
    await page.screenshot({ path: `${SHOTS}/meeting-ru.png` });
    await page.locator('article.discussion').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/meeting-discussion-ru.png` });

    // The same meeting, still being prepared, in Kazakh.
    await language(page, 'Язык', 'Қазақша', 'kk');
    await goInApp(page, meetingUrl);
    await page.locator('.agenda-list .agenda-row').first().waitFor();
    await toTop(page);
    await page.screenshot({ path: `${SHOTS}/meeting-kk.png` });
    await page.locator('article.discussion').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/meeting-discussion-kk.png` });
    await language(page, 'Тіл', 'Русский', 'ru');
    await goInApp(page, meetingUrl);
    await page.locator('.agenda-list .agenda-row').first().waitFor();

    // The pack before the meeting, then the minutes once approved.
    const pack = join(app.dataDir, 'pack.pdf');
    await app.dialogs.nextSave(pack);
    await page.getByRole('button', { name: 'Материалы к совещанию…', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Сохранить в PDF…' }).click();
    await saved(page, 'Сохранён 1 файл');
    await pageImages(pack, 'meeting-pack');

    await page.getByRole('button', { name: 'Утвердить протокол…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Утвердить', exact: true }).click();
    await saved(page, /Протокол утверждён/);
    const minutes = join(app.dataDir, 'minutes.pdf');
    await app.dialogs.nextSave(minutes);
    await page.getByRole('button', { name: 'Протокол…', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Сохранить в PDF…' }).click();
    await saved(page, 'Сохранён 1 файл');
    await pageImages(minutes, 'minutes');

    // The case summary of the first case on the agenda, as the meeting may read it.
    await page.locator('.agenda-list .agenda-row').first().getByRole('link').click();
    await page.locator('.timeline .entry').first().waitFor();
    const summary = join(app.dataDir, 'summary.pdf');
    await app.dialogs.nextSave(summary);
    await page.getByRole('button', { name: 'Печать сводки' }).click();
    await page.screenshot({ path: `${SHOTS}/case-summary-options-ru.png` });
    await page.getByRole('dialog').getByRole('button', { name: 'Сохранить в PDF…' }).click();
    await saved(page, 'Сохранено');
    await pageImages(summary, 'case-summary');

    await page.getByRole('navigation').getByRole('link', { name: 'Сроки' }).click();
    await page.getByLabel('Показать ближайшие').selectOption({ label: '30 дней' });
    await page.getByLabel('Где согласовано').selectOption({ label: `Совещание ${kzDottedDate(0)}` });
    await page.locator('.deadline-row').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/deadlines-actions-ru.png` });

    // The approved meeting, the list of meetings and the deadlines in Kazakh.
    await language(page, 'Язык', 'Қазақша', 'kk');
    await goInApp(page, meetingUrl);
    await page.locator('.agenda-list .agenda-row').first().waitFor();
    await toTop(page);
    await page.screenshot({ path: `${SHOTS}/meeting-approved-kk.png` });
    await page.getByRole('navigation').getByRole('link', { name: 'Жиналыстар' }).click();
    await page.locator('.meeting-row').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/meetings-kk.png` });
    await page.getByRole('navigation').getByRole('link', { name: 'Мерзімдер' }).click();
    await page.getByLabel('Алдағы кезең').selectOption({ index: 3 });
    await page.locator('.deadline-row').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/deadlines-kk.png` });
  } finally {
    await app.close();
  }
  process.stdout.write(`pictures written to ${SHOTS} and ${PRINTS}\n`);
}

await main();
