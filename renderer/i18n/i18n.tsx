import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/dates';
import { en, type MessageKey } from './en';
import { ru } from './ru';
import { kk } from './kk';
import type { Catalogue } from './catalogue';
import { format } from './plural';

export const CATALOGUES: Record<Language, Catalogue> = { en, ru, kk };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: Language): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) => format(lang, catalogue[key] ?? en[key], params);
}

type I18n = { readonly lang: Language; readonly t: Translate };

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

export function I18nProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and its translate function. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
