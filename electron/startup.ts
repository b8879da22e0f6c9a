/**
 * What the main process decides before and around its start: whether the e2e tests' data
 * folder applies, and what a user reads when the app cannot start. Pure (no 'electron' import),
 * so it is unit-tested.
 */
import { isAbsolute } from 'node:path';
import type { Language } from '../shared/dates';

/** The variable the e2e tests set to give every run a fresh data folder. */
export const TEST_USER_DATA_ENV = 'CASELINE_USER_DATA';

/**
 * The data folder the e2e tests asked for, or null. A packaged build never takes one: a
 * variable set by anyone who can start the program must not point the app at other data.
 */
export function testUserDataDir(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean,
): string | null {
  const dir = env[TEST_USER_DATA_ENV];
  return !isPackaged && dir !== undefined && isAbsolute(dir) ? dir : null;
}

/** The app language closest to the system's locale, before the settings could be read. */
export function languageOfLocale(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'kk' || primary === 'en' ? primary : 'ru';
}

const TEXT: Readonly<Record<Language, { title: string; body: (reason: string, log: string) => string }>> = {
  en: {
    title: 'Caseline could not start',
    body: (reason, log) =>
      `Caseline could not start: ${reason}\n\nNo case data was changed. The details are in the log file:\n${log}\n\nIf this happens again, show this message to your administrator.`,
  },
  ru: {
    title: 'Не удалось запустить Caseline',
    body: (reason, log) =>
      `Не удалось запустить Caseline: ${reason}\n\nДанные дел не изменены. Подробности записаны в журнал:\n${log}\n\nЕсли это повторится, покажите это сообщение администратору.`,
  },
  kk: {
    title: 'Caseline іске қосылмады',
    body: (reason, log) =>
      `Caseline іске қосылмады: ${reason}\n\nІс деректері өзгертілмеді. Толығырақ мәлімет журнал файлында:\n${log}\n\nБұл қайталанса, осы хабарды әкімшіге көрсетіңіз.`,
  },
};

/** The native error dialog's title and text: what went wrong and where the log file is. */
export function startupFailureText(
  language: Language,
  error: unknown,
  logFile: string,
): { title: string; content: string } {
  const reason = error instanceof Error ? error.message : String(error);
  const text = TEXT[language];
  return { title: text.title, content: text.body(reason, logFile) };
}
