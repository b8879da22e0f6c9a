import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from '../fixtures';
import { nav, setUpInEnglish } from '../pages/shell';

test('first-run setup in English asks for agency and name, then opens the cases page', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Set up Caseline on this computer' })).toBeVisible();
  await page.getByRole('radio', { name: 'English' }).check();
  await page.getByRole('button', { name: 'Start using Caseline' }).click();
  await expect(page.getByText('Please fill this in.')).toHaveCount(2);

  await setUpInEnglish(app, {
    agency: 'Almaly District Police',
    staff: 'Aigerim Seitkali',
    region: 'Almaty',
  });
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  await expect(nav(page)).toContainText('Almaly District Police');

  // The host wrote the settings file through the real handlers.
  const stored = JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(stored).toMatchObject({
    language: 'en',
    staffName: 'Aigerim Seitkali',
    agency: { name: 'Almaly District Police', kind: 'police', region: 'Almaty' },
  });
});

test('the navigation reaches every page, each with an empty state that says what to do', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await nav(page).getByRole('link', { name: 'Meetings' }).click();
  await expect(page.getByRole('heading', { name: 'No meetings yet' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Deadlines' }).click();
  await expect(page.getByRole('heading', { name: 'Deadlines', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing is due in this period.')).toBeVisible();
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByText(`Data folder: ${app.dataDir}`)).toBeVisible();

  // The same commands the application menu sends.
  await app.runMenuCommand('go-cases');
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { name: 'Deadlines', level: 1 })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Deadlines' })).toHaveAttribute('aria-current', 'page');
});

test('settings survive a restart of the app with the same data folder', async ({ launch }) => {
  const first = await launch();
  await setUpInEnglish(first, { agency: 'Crisis Centre Zhanuya', staff: 'Dana Omarova' });
  await nav(first.page).getByRole('link', { name: 'Settings' }).click();
  await first.page.getByLabel('Deadlines window (days)').fill('14');
  await first.page.getByRole('button', { name: 'Save' }).click();
  await expect(first.page.getByRole('status')).toHaveText('Settings saved.');
  await first.page.getByLabel('Language', { exact: true }).selectOption({ label: 'Русский' });
  await expect(first.page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
  await first.close({ keepData: true });

  const second = await launch({ dataDir: first.dataDir });
  await expect(second.page.locator('html[data-app-state="ready"]')).toBeAttached();
  await expect(nav(second.page)).toContainText('Crisis Centre Zhanuya');
  await expect(nav(second.page).getByRole('link', { name: 'Дела' })).toBeVisible();
  await nav(second.page).getByRole('link', { name: 'Настройки' }).click();
  await expect(second.page.getByLabel(/Окно сроков/)).toHaveValue('14');
});

test('an attempt to navigate the window to an outside URL does nothing', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.org/phish';
  });
  await page.evaluate(() => window.open('https://example.org/popup'));
  await expect.poll(() => app.blocked.some((u) => u.startsWith('https://example.org/phish'))).toBe(true);
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect.poll(() => app.context.pages().length).toBe(1);
});

test('settings the host refuses are reported and nothing stored changes', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Deadlines window (days)').fill('400');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('These settings could not be saved.');
  const stored = JSON.parse(await readFile(join(app.dataDir, 'settings.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(stored.deadlineWindowDays).toBe(7);
});
