import { expect, type Page } from '@playwright/test';
import type { RunningApp } from '../harness';
import { signIn, TEST_PASSPHRASE } from './session';

export type Language = 'English' | 'Русский' | 'Қазақша';

export type Identity = {
  agency: string;
  staff: string;
  district?: string;
  kind?: string;
  /** The administrator's passphrase; TEST_PASSPHRASE unless a spec needs its own. */
  passphrase?: string;
};

/**
 * The first-run labels as a user reads them on screen, written out here rather than taken from
 * the catalogues so that a wrong or missing translation fails the test.
 */
export const SETUP_LABELS = {
  English: {
    title: 'Set up Caseline on this computer',
    agency: 'Your agency',
    kind: 'Kind of agency',
    district: 'District or city',
    staff: 'Your name',
    passphrase: 'Passphrase',
    repeat: 'Repeat the passphrase',
    finish: 'Start using Caseline',
    required: 'Please fill this in.',
  },
  Русский: {
    title: 'Настройка Caseline на этом компьютере',
    agency: 'Ваше ведомство',
    kind: 'Тип ведомства',
    district: 'Район или город',
    staff: 'Ваше имя',
    passphrase: 'Парольная фраза',
    repeat: 'Повторите парольную фразу',
    finish: 'Начать работу в Caseline',
    required: 'Заполните это поле.',
  },
  Қазақша: {
    title: 'Caseline-ды осы компьютерде баптау',
    agency: 'Сіздің ведомствоңыз',
    kind: 'Ведомство түрі',
    district: 'Аудан немесе қала',
    staff: 'Сіздің атыңыз',
    passphrase: 'Құпия сөз тіркесі',
    repeat: 'Құпия сөз тіркесін қайталаңыз',
    finish: 'Caseline-мен жұмысты бастау',
    required: 'Осы өрісті толтырыңыз.',
  },
} as const;

const HTML_LANG: Record<Language, string> = { English: 'en', Русский: 'ru', Қазақша: 'kk' };

/** Picks the interface language on the first-run screen; the screen switches at once. */
export async function chooseLanguage(page: Page, language: Language): Promise<void> {
  const radio = page.getByRole('radio', { name: language });
  await radio.click();
  await expect(radio).toBeChecked();
  await expect(page.locator(`html[lang="${HTML_LANG[language]}"]`)).toBeAttached();
}

/**
 * Completes first-run setup in the given language and waits for the shell: the agency, and its
 * administrator with a passphrase (TEST_PASSPHRASE unless `who` gives one).
 */
export async function setUp(app: RunningApp, language: Language, who: Identity): Promise<void> {
  const page = app.page;
  const labels = SETUP_LABELS[language];
  await chooseLanguage(page, language);
  await page.getByLabel(labels.agency, { exact: true }).fill(who.agency);
  if (who.kind) await page.getByLabel(labels.kind).selectOption({ label: who.kind });
  if (who.district) await page.getByLabel(labels.district).fill(who.district);
  await page.getByLabel(labels.staff, { exact: true }).fill(who.staff);
  await page.getByLabel(labels.passphrase, { exact: true }).fill(who.passphrase ?? TEST_PASSPHRASE);
  await page.getByLabel(labels.repeat, { exact: true }).fill(who.passphrase ?? TEST_PASSPHRASE);
  await page.getByRole('button', { name: labels.finish }).click();
  await page.locator('html[data-app-state="ready"]').waitFor();
}

/** Completes first-run setup in English, the language most specs are written in. */
export function setUpInEnglish(
  app: RunningApp,
  who: Identity = { agency: 'Almaly District Police', staff: 'Aigerim Seitkali' },
): Promise<void> {
  return setUp(app, 'English', who);
}

export function nav(page: Page) {
  return page.getByRole('navigation');
}

/**
 * Goes to `url`'s screen inside the running app, as a link would: a page load would start the
 * app again at its sign-in screen.
 */
export async function goInApp(page: Page, url: string): Promise<void> {
  const hash = new URL(url, 'https://caseline.test/').hash;
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** Loads the page again (as a restart of the window would) and signs back in. */
export async function reloadAndSignIn(app: RunningApp): Promise<void> {
  await app.page.reload();
  await signIn(app);
}

/**
 * Closes the reminder that this office has no backup yet (it floats over the corner of every
 * screen of a fresh installation), for pictures of the screens underneath.
 */
export async function dismissBackupReminder(page: Page): Promise<void> {
  const close = page.locator('.backup-reminder button').last();
  try {
    await close.waitFor({ timeout: 5_000 });
  } catch {
    return; // no reminder on this installation
  }
  await close.click();
}
