import type { Language } from '../../../shared/dates';

const UNITS: Record<Language, readonly string[]> = {
  en: ['B', 'KB', 'MB', 'GB', 'TB'],
  ru: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
  kk: ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'],
};

/**
 * A size as people read it: 1.5 GB, 1,5 ГБ. Written out rather than through Intl, which has no
 * Kazakh data in Chromium.
 */
export function formatBytes(bytes: number, lang: Language): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS[lang].length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = value >= 100 || unit === 0 ? Math.round(value).toString() : value.toFixed(1);
  return `${lang === 'en' ? rounded : rounded.replace('.', ',')} ${UNITS[lang][unit]}`;
}
