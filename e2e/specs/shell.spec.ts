import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { test, expect } from '../fixtures';
import { signIn } from '../pages/session';
import { chooseLanguage, nav, setUp, setUpInEnglish, SETUP_LABELS } from '../pages/shell';

test('first-run setup in English asks for agency and name, then opens the cases page', async ({ app }) => {
  const { page } = app;
  await chooseLanguage(page, 'English');
  await expect(page.getByRole('heading', { name: 'Set up Caseline on this computer' })).toBeVisible();
  await page.getByRole('button', { name: 'Start using Caseline' }).click();
  await expect(page.getByText('Please fill this in.')).toHaveCount(2);

  await setUpInEnglish(app, {
    agency: 'Almaly District Police',
    staff: 'Aigerim Seitkali',
    district: 'Almaty',
  });
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  await expect(nav(page)).toContainText('Almaly District Police');

  // The host wrote the settings, the office's identity and its staff accounts through the real
  // handlers: the agency and its signing key live in the identity file, the person in the staff
  // accounts, neither among the settings.
  const stored = await app.storedSettings();
  expect(stored).toMatchObject({ language: 'en', staffName: '' });
  expect(stored).not.toHaveProperty('agency');
  expect(await app.storedKeyring()).toMatchObject({
    accounts: [{ name: 'Aigerim Seitkali', role: 'administrator', active: true }],
  });
  expect(await app.storedIdentity()).toMatchObject({
    agency: { name: 'Almaly District Police', kind: 'police', district: 'Almaty' },
  });
});

const IN_OTHER_LANGUAGES = [
  {
    language: 'Русский',
    who: { agency: 'УП Алмалинского района', staff: 'Айгерим Сейткали', kind: 'Полиция' },
    casesHeading: 'Дела',
    empty: 'Дел пока нет',
    settings: 'Настройки',
    stored: { language: 'ru', agencyKind: 'police' },
  },
  {
    language: 'Қазақша',
    who: { agency: 'Жанұя дағдарыс орталығы', staff: 'Дана Омарова', kind: 'Дағдарыс орталығы' },
    casesHeading: 'Істер',
    empty: 'Әзірге іс жоқ',
    settings: 'Баптаулар',
    stored: { language: 'kk', agencyKind: 'crisis-centre' },
  },
] as const;

for (const lang of IN_OTHER_LANGUAGES) {
  test(`first-run setup in ${lang.language}: every label in that language, then the cases page`, async ({
    app,
  }) => {
    const { page } = app;
    const labels = SETUP_LABELS[lang.language];
    await chooseLanguage(page, lang.language);
    await expect(page.getByRole('heading', { name: labels.title })).toBeVisible();
    await page.getByRole('button', { name: labels.finish }).click();
    await expect(page.getByText(labels.required)).toHaveCount(2);

    await setUp(app, lang.language, lang.who);
    await expect(page.getByRole('heading', { name: lang.casesHeading, level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: lang.empty })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: lang.settings })).toBeVisible();
    await expect(nav(page)).toContainText(lang.who.agency);
    const stored = await app.storedSettings();
    expect(stored.language).toBe(lang.stored.language);
    expect(await app.storedKeyring()).toMatchObject({ accounts: [{ name: lang.who.staff }] });
    expect(await app.storedIdentity()).toMatchObject({
      agency: { name: lang.who.agency, kind: lang.stored.agencyKind },
    });
  });
}

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
  await first.page
    .locator('form')
    .filter({ hasText: 'Deadlines window (days)' })
    .getByRole('button', { name: 'Save' })
    .click();
  await expect(first.page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await first.page.getByLabel('Language', { exact: true }).selectOption({ label: 'Русский' });
  await expect(first.page.getByRole('heading', { name: 'Настройки', level: 1 })).toBeVisible();
  await first.close({ keepData: true });

  const second = await launch({ dataDir: first.dataDir });
  await signIn(second);
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
  await expect.poll(() => app.blocked).toContain('https://example.org');
  expect(page.url()).toBe(before);
  await expect(page.getByRole('heading', { name: 'Cases', level: 1 })).toBeVisible();
  await expect.poll(() => app.context.pages().length).toBe(1);
});

test('settings out of range are explained next to their field and nothing stored changes', async ({
  app,
}) => {
  const { page } = app;
  await setUpInEnglish(app);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const general = page.locator('form').filter({ hasText: 'Deadlines window (days)' });
  await general.getByLabel('Deadlines window (days)').fill('400');
  await general.getByRole('button', { name: 'Save' }).click();
  await expect(general.getByRole('status').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(general.getByText('Enter a whole number from 1 to 90.')).toBeVisible();

  const agency = page.getByRole('form', { name: 'Agency' });
  await agency.getByLabel('Your agency').fill('');
  await agency.getByRole('button', { name: 'Save' }).click();
  await expect(agency.getByText('Please fill this in.')).toBeVisible();

  expect((await app.storedSettings()).deadlineWindowDays).toBe(7);
  expect(await app.storedIdentity()).toMatchObject({ agency: { name: 'Almaly District Police' } });
});

test('an unreadable settings file is kept aside untouched, and the app starts fresh', async ({ launch }) => {
  // Half a file, as a crash during a write on an older build could leave it.
  const text = '{"language": "en", "staffName": "Aigerim Seitkali", "agency": {"name": "Almaly';
  const app = await launch({ settingsFileText: text });
  const { page } = app;
  await expect(page.getByRole('heading', { name: SETUP_LABELS.Русский.title })).toBeVisible();

  const kept = (await readdir(app.dataDir)).filter((f) =>
    f.startsWith(`${basename(app.settingsFile)}.corrupt-`),
  );
  expect(kept).toHaveLength(1);
  const movedTo = join(app.dataDir, kept[0]!);
  expect(await readFile(movedTo, 'utf8')).toBe(text);
  // The host tells the app, so it can say where the old file went.
  const info = await page.evaluate(() => window.caseline?.invoke('app-info', undefined));
  expect(info).toMatchObject({ ok: true, value: { settingsRecovered: { movedTo } } });

  // Setting up again writes a new file and leaves the old one as it was.
  await setUpInEnglish(app);
  expect(await app.storedSettings()).toMatchObject({ language: 'en' });
  expect(await readFile(movedTo, 'utf8')).toBe(text);
  // And the app says so where the user works.
  await expect(
    page.getByRole('status').filter({ hasText: 'The settings file could not be read' }),
  ).toContainText(movedTo);
});

test('the page hears the system lock the host sends when the computer sleeps or locks', async ({ app }) => {
  const { page } = app;
  await setUpInEnglish(app);
  await page.evaluate(() => {
    window.caseline?.on('system-lock', (lock) => {
      document.body.dataset.locks = `${document.body.dataset.locks ?? ''}${lock.reason};`;
    });
  });
  await app.emit('system-lock', { reason: 'lock-screen' });
  await app.emit('system-lock', { reason: 'suspend' });
  await expect(page.locator('body')).toHaveAttribute('data-locks', 'lock-screen;suspend;');
});
