import type { Language } from '../../shared/dates';

/** A message with a form per plural category of its language (CLDR: ru one/few/many/other). */
export type PluralMessage = {
  readonly one: string;
  readonly other: string;
  readonly few?: string;
  readonly many?: string;
};
export type Message = string | PluralMessage;

/** Plural categories each language's catalogue must give, checked by the catalogue test. */
export const REQUIRED_PLURAL_FORMS: Record<Language, readonly (keyof PluralMessage)[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
  kk: ['one', 'other'],
};

const rulesCache = new Map<Language, Intl.PluralRules>();

export function pluralForm(lang: Language, count: number): keyof PluralMessage {
  let rules = rulesCache.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    rulesCache.set(lang, rules);
  }
  const category = rules.select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than blank. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

export function format(
  lang: Language,
  message: Message,
  params: Readonly<Record<string, string | number>> = {},
): string {
  if (typeof message === 'string') return interpolate(message, params);
  const count = typeof params.count === 'number' ? params.count : 0;
  const form = pluralForm(lang, count);
  return interpolate(message[form] ?? message.other, params);
}
