import { describe, expect, it } from 'vitest';
import { CATALOGUES as TYPED, MESSAGE_MODULES } from './catalogue';
import { format, REQUIRED_PLURAL_FORMS, type Message } from './plural';
import type { Language } from '../../shared/dates';

const CATALOGUES: Record<Language, Record<string, Message>> = TYPED;
const { en, ru, kk } = CATALOGUES;
const placeholders = (m: Message) =>
  [...new Set((typeof m === 'string' ? m : Object.values(m).join(' ')).match(/\{\w+\}/g) ?? [])].sort();

describe('message catalogues', () => {
  it('defines every key in one module only', () => {
    const seen = new Map<string, number>();
    MESSAGE_MODULES.forEach((m, i) => {
      for (const key of Object.keys(m.en)) {
        expect({ key, alsoIn: seen.get(key) }).toEqual({ key, alsoIn: undefined });
        seen.set(key, i);
      }
    });
  });

  for (const [lang, catalogue] of Object.entries(CATALOGUES) as [Language, Record<string, Message>][]) {
    it(`${lang} has exactly the keys of every other catalogue`, () => {
      for (const other of Object.values(CATALOGUES)) {
        expect(Object.keys(catalogue).filter((k) => !(k in other))).toEqual([]);
        expect(Object.keys(other).filter((k) => !(k in catalogue))).toEqual([]);
      }
    });

    it(`${lang} keeps every placeholder of the English text`, () => {
      for (const [key, message] of Object.entries(en)) {
        expect({ key, placeholders: placeholders(catalogue[key]!) }).toEqual({
          key,
          placeholders: placeholders(message),
        });
      }
    });

    it(`${lang} gives every plural form its language needs`, () => {
      for (const [key, message] of Object.entries(catalogue)) {
        if (typeof message === 'string') continue;
        for (const form of REQUIRED_PLURAL_FORMS[lang])
          expect({ key, form, has: typeof message[form] === 'string' }).toEqual({ key, form, has: true });
      }
    });
  }

  it('Russian and Kazakh are translations, not English copies', () => {
    const same = (cat: Record<string, Message>) =>
      Object.entries(en).filter(
        ([k, v]) =>
          typeof v === 'string' &&
          /[a-z]{4,}/i.test(v.replace(/\{\w+\}/g, '')) &&
          cat[k] === v &&
          !k.startsWith('language.') &&
          k !== 'app.name',
      );
    expect(same(ru)).toEqual([]);
    expect(same(kk)).toEqual([]);
  });

  it('Kazakh uses Kazakh letters', () => {
    expect(JSON.stringify(kk)).toMatch(/[әғқңөұүһі]/);
  });
});

describe('plural formatting', () => {
  const cases = { one: '{count} дело', few: '{count} дела', many: '{count} дел', other: '{count} дела' };
  it('chooses Russian forms by CLDR rules', () => {
    expect(format('ru', cases, { count: 1 })).toBe('1 дело');
    expect(format('ru', cases, { count: 3 })).toBe('3 дела');
    expect(format('ru', cases, { count: 5 })).toBe('5 дел');
    expect(format('ru', cases, { count: 21 })).toBe('21 дело');
    expect(format('ru', cases, { count: 111 })).toBe('111 дел');
  });

  it('leaves a missing placeholder visible', () => {
    expect(format('en', 'Hello {name}', {})).toBe('Hello {name}');
  });
});
