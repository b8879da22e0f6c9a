import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Language } from '../../shared/dates';
import { CATALOGUES, type MessageKey } from './catalogue';
import { format } from './plural';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function translator(lang: Language): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) => format(lang, catalogue[key] ?? CATALOGUES.en[key], params);
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
