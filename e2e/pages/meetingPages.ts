import { execFileSync } from 'node:child_process';
import { expect, type Locator, type Page } from '@playwright/test';
import type { RunningApp } from '../harness';
import { SETTINGS_VERSION } from '../../shared/settings';

/**
 * The meeting screens as a user reads them in Russian, written out here (not taken from the
 * catalogues) so that a wrong or missing translation fails the test.
 */
export const RU_MEETINGS = {
  nav: 'Совещания',
  schedule: 'Назначить совещание',
  heldOn: 'Дата',
  place: 'Место',
  create: 'Назначить',
  acceptAll: /Добавить все \d+ предложенн/,
  saved: 'Все изменения сохранены',
  moveHandle: (ref: string) => `Переместить ${ref}`,
  present: (agency: string) => `Присутствует: ${agency}`,
  people: (agency: string) => `Представители: ${agency}`,
  notes: 'Заметки по обсуждению',
  views: 'Мнение пострадавшего лица (со слов)',
  viewsBy: 'Со слов кого',
  addAction: 'Добавить мероприятие',
  actionText: 'Что нужно сделать',
  actionOwner: 'Ответственное ведомство',
  actionPerson: 'Ответственное лицо, если известно',
  actionDue: 'Срок',
  approve: 'Утвердить протокол…',
  approveConfirm: 'Утвердить',
  approved: /Протокол утверждён/,
  pack: 'Материалы к совещанию…',
  minutes: 'Протокол…',
  exportActions: 'Реестр мероприятий (CSV)…',
  exportCalendar: 'Календарь (ICS)…',
  savePdf: 'Сохранить в PDF…',
  save: 'Сохранить…',
  language: 'Язык документа',
  fileLanguage: 'Язык файла',
  forMeeting: 'Для совещания: то, что могут читать все ведомства',
  eachPartner: /Экземпляр для каждого ведомства/,
} as const;

/** A finished first-run setup in Russian, so a spec starts at the shell. */
export function officeSettings(staffName = 'Айгерим Сейткали'): Record<string, unknown> {
  return {
    version: SETTINGS_VERSION,
    language: 'ru',
    agency: {
      id: '01900000-0000-7000-8000-000000000001',
      name: 'УП Алмалинского района',
      kind: 'police',
      region: 'Алматы',
    },
    staffName,
    deadlineWindowDays: 7,
  };
}

/** Loads the demo workspace from Settings and waits until it is written. */
export async function loadDemoCases(app: RunningApp): Promise<void> {
  const { page } = app;
  await page.getByRole('navigation').getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('button', { name: 'Загрузить демо-дела' }).click();
  await expect(page.getByRole('status').filter({ hasText: /создано|создан/ })).toBeVisible({
    timeout: 60_000,
  });
}

/** Types a date into a date field found by its label, digit by digit as a user does (dd.mm.yyyy). */
export async function typeDate(page: Page, scope: Locator, label: string, dotted: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
  await page.keyboard.type(dotted.replaceAll('.', ''));
}

/** The text of a PDF as a reader's search finds it, one entry per page. */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** Every page says "N / M", with M the number of pages. */
export function expectPageNumbers(pages: readonly string[]): void {
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((p, i) => expect(p).toContain(`${i + 1} / ${pages.length}`));
}
