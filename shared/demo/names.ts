/**
 * Fictional names and places for demo cases: Kazakh, Russian, Uzbek and Korean families, as in
 * a caseload in Almaty. Family names are kept in their masculine form; `familyName` gives each
 * person the form of their gender (Омаров / Омарова, Новицкий / Новицкая), and names without a
 * gendered ending (Сейткали, Ким, Петренко) stay as they are.
 */
import type { PersonLanguage } from '../domain/person';

export type Gender = 'female' | 'male';

/** A family's name and the language its members speak at home. */
export type Family = { readonly surname: string; readonly language: PersonLanguage };

export const FAMILIES: readonly Family[] = [
  { surname: 'Сейткали', language: 'kk' },
  { surname: 'Омаров', language: 'kk' },
  { surname: 'Жұмабаев', language: 'kk' },
  { surname: 'Ахметов', language: 'kk' },
  { surname: 'Қасымов', language: 'kk' },
  { surname: 'Нұрланов', language: 'kk' },
  { surname: 'Ковалёв', language: 'ru' },
  { surname: 'Смирнов', language: 'ru' },
  { surname: 'Ким', language: 'ru' },
  { surname: 'Петренко', language: 'ru' },
  { surname: 'Төлеуов', language: 'kk' },
  { surname: 'Беков', language: 'kk' },
  { surname: 'Садыков', language: 'kk' },
  { surname: 'Волков', language: 'ru' },
  { surname: 'Мұқанов', language: 'kk' },
  { surname: 'Рахимов', language: 'uz' },
  { surname: 'Лебедев', language: 'ru' },
  { surname: 'Әбдірахманов', language: 'kk' },
  { surname: 'Новицкий', language: 'ru' },
  { surname: 'Оспанов', language: 'kk' },
  { surname: 'Пак', language: 'ru' },
  { surname: 'Серіков', language: 'kk' },
  { surname: 'Юсупов', language: 'uz' },
  { surname: 'Тұрсынбек', language: 'kk' },
];

/** First names by the language of the family and gender. */
export const FIRST_NAMES: Readonly<Record<'kk' | 'ru' | 'uz', Readonly<Record<Gender, readonly string[]>>>> =
  {
    kk: {
      female: [
        'Айгерим',
        'Динара',
        'Гүлназ',
        'Мадина',
        'Сәуле',
        'Жанар',
        'Ақмарал',
        'Әсел',
        'Индира',
        'Ләззат',
        'Алия',
        'Гүлжан',
        'Назира',
        'Айнұр',
        'Жұлдыз',
      ],
      male: [
        'Ерлан',
        'Руслан',
        'Нұрлан',
        'Бауыржан',
        'Дәурен',
        'Асхат',
        'Қайрат',
        'Ержан',
        'Марат',
        'Талғат',
        'Серік',
        'Ғалым',
      ],
    },
    ru: {
      female: ['Елена', 'Ольга', 'Наталья', 'Анна', 'Татьяна', 'Марина', 'Светлана', 'Ирина', 'Юлия'],
      male: ['Сергей', 'Андрей', 'Виктор', 'Олег', 'Дмитрий', 'Игорь', 'Алексей', 'Павел'],
    },
    uz: {
      female: ['Дилноза', 'Гулнора', 'Мохира'],
      male: ['Бахтиёр', 'Шерзод', 'Улугбек'],
    },
  };

/** Children's first names by the language of the family and gender. */
export const CHILD_NAMES: Readonly<Record<'kk' | 'ru' | 'uz', Readonly<Record<Gender, readonly string[]>>>> =
  {
    kk: {
      female: ['Аружан', 'Айсұлу', 'Томирис', 'Інжу', 'Әйгерім'],
      male: ['Әлихан', 'Нұрасыл', 'Ернұр', 'Даниял', 'Ілияс'],
    },
    ru: {
      female: ['София', 'Милана', 'Вероника', 'Алиса'],
      male: ['Артём', 'Максим', 'Тимур', 'Даниил'],
    },
    uz: {
      female: ['Мадина', 'Зарина'],
      male: ['Тимур', 'Азиз'],
    },
  };

/** The first names of either gender in any list (for checks on the generated workspace). */
export function genderOfFirstName(name: string): Gender | null {
  for (const lists of [FIRST_NAMES, CHILD_NAMES])
    for (const byGender of Object.values(lists)) {
      const female = byGender.female.includes(name);
      const male = byGender.male.includes(name);
      if (female !== male) return female ? 'female' : 'male';
    }
  return null;
}

/** Russian-style endings that change with gender: masculine → feminine. */
const GENDERED: readonly (readonly [RegExp, string])[] = [
  [/(ов|ев|ёв|ин|ын)$/, '$1а'],
  [/(ск|цк)ий$/, '$1ая'],
];

/** A family name in the form for `gender`; names without a gendered ending are unchanged. */
export function familyName(surname: string, gender: Gender): string {
  if (gender === 'male') return surname;
  for (const [pattern, feminine] of GENDERED)
    if (pattern.test(surname)) return surname.replace(pattern, feminine);
  return surname;
}

/** The gender a family name's ending says, or null when it says none (Сейткали, Ким). */
export function genderOfFamilyName(surname: string): Gender | null {
  if (/(ова|ева|ёва|ина|ына|ская|цкая)$/.test(surname)) return 'female';
  if (/(ов|ев|ёв|ин|ын|ский|цкий)$/.test(surname)) return 'male';
  return null;
}

/** Latin spellings, as they appear in a passport, for a few other-name entries. */
export function latinSpelling(text: string): string {
  const map: Readonly<Record<string, string>> = {
    а: 'a',
    ә: 'a',
    б: 'b',
    в: 'v',
    г: 'g',
    ғ: 'g',
    д: 'd',
    е: 'e',
    ё: 'e',
    ж: 'zh',
    з: 'z',
    и: 'i',
    й: 'i',
    і: 'i',
    к: 'k',
    қ: 'k',
    л: 'l',
    м: 'm',
    н: 'n',
    ң: 'n',
    о: 'o',
    ө: 'o',
    п: 'p',
    р: 'r',
    с: 's',
    т: 't',
    у: 'u',
    ұ: 'u',
    ү: 'u',
    ф: 'f',
    х: 'kh',
    һ: 'h',
    ц: 'ts',
    ч: 'ch',
    ш: 'sh',
    щ: 'shch',
    ъ: '',
    ы: 'y',
    ь: '',
    э: 'e',
    ю: 'iu',
    я: 'ia',
  };
  return [...text]
    .map((c) => {
      const lower = c.toLowerCase();
      const latin = map[lower];
      if (latin === undefined) return c;
      return c === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

export const STREETS = [
  'ул. Абая',
  'ул. Толе би',
  'мкр. Орбита',
  'ул. Сейфуллина',
  'пр. Республики',
  'ул. Жандосова',
  'мкр. Айнабулак',
  'ул. Майлина',
] as const;

export const SHELTERS = [
  'Кризисный центр «Шаңырақ» (адрес не разглашается)',
  'Убежище «Мейірім» (адрес не разглашается)',
] as const;
