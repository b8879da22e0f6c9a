/**
 * The people of a demo case: a woman who was harmed, the man who caused harm (her husband or
 * partner), their children, and now and then a relative or a neighbour who saw it. Every adult
 * has an IIN that agrees with their date of birth and sex; family names agree with each
 * person's gender; a family's language decides the preferred language (and sometimes that an
 * interpreter is needed).
 */
import { addDays, compareCalendar, daysBetween, type CalendarDate } from '../dates';
import { iinCheckDigit, type IinSex } from '../domain/iin';
import { EMPTY_PERSON_DETAILS, type PersonInput } from '../domain/person';
import {
  CHILD_NAMES,
  familyName,
  FAMILIES,
  FIRST_NAMES,
  latinSpelling,
  STREETS,
  type Family,
  type Gender,
} from './names';
import type { Random } from './random';

/**
 * An IIN for a person born on `birthDate` of `sex`: the date, the century-and-sex digit, a
 * random registration number and the check digit (a number that can have none is drawn again).
 */
export function demoIin(rnd: Random, birthDate: CalendarDate, sex: IinSex): string {
  const year = Number(birthDate.slice(0, 4));
  const centuryDigit = (year >= 2000 ? 5 : year >= 1900 ? 3 : 1) + (sex === 'female' ? 1 : 0);
  const head = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${centuryDigit}`;
  for (;;) {
    const first11 = `${head}${String(rnd.int(0, 9999)).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

function phone(rnd: Random): string {
  return `+7 70${rnd.int(1, 8)} ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`;
}

function address(rnd: Random): string {
  return `${rnd.pick(STREETS)}, ${rnd.int(1, 150)}, кв. ${rnd.int(1, 90)}`;
}

const SAFE_TIMES = ['Будни 10:00–13:00, пока он на работе', 'Только до 17:00', 'Утром, до 9:00'] as const;
const VICTIM_NOTES = [
  'Связь через сестру Жанар, номер у кризисного центра.',
  'Просит не звонить вечером: телефон проверяет муж.',
  'Работает в две смены на рынке «Алтын Орда».',
  '',
  '',
] as const;
const HARM_NOTES = [
  'Работает вахтовым методом, 15/15.',
  'Злоупотребляет алкоголем со слов соседей.',
  '',
] as const;

export type DemoFamily = {
  readonly persons: readonly PersonInput[];
  readonly family: Family;
  /** First names of the victim and of the person who caused harm, for narratives. */
  readonly victim: string;
  readonly harmCauser: string;
};

function firstNames(language: string): Readonly<Record<Gender, readonly string[]>> {
  return language === 'uz' ? FIRST_NAMES.uz : language === 'kk' ? FIRST_NAMES.kk : FIRST_NAMES.ru;
}

function childNames(language: string): Readonly<Record<Gender, readonly string[]>> {
  return language === 'uz' ? CHILD_NAMES.uz : language === 'kk' ? CHILD_NAMES.kk : CHILD_NAMES.ru;
}

/** A date between `from` and `to` (inclusive). */
function dateBetween(rnd: Random, from: CalendarDate, to: CalendarDate): CalendarDate {
  return addDays(from, rnd.int(0, Math.max(0, daysBetween(from, to))));
}

/**
 * The people of case `index`. The first cases each get a family of their own (in list order,
 * shifted by the seed); a large workspace repeats families at random.
 */
export function demoFamily(rnd: Random, index: number, seed: number, today: CalendarDate): DemoFamily {
  const family = index < FAMILIES.length ? FAMILIES[(index + seed) % FAMILIES.length]! : rnd.pick(FAMILIES);
  const names = firstNames(family.language);
  const victimFirst = names.female[(index + seed) % names.female.length]!;
  const harmFirst = rnd.pick(names.male);
  const victimBirth = dateBetween(rnd, '1976-01-01', '2002-12-31');
  const harmBirth = dateBetween(rnd, '1970-01-01', '2000-12-31');
  const victimName = `${victimFirst} ${familyName(family.surname, 'female')}`;
  // Some women are known by their maiden name too; and Latin spellings are in passports.
  const maiden =
    index % 4 === 1 ? [`${victimFirst} ${familyName(rnd.pick(FAMILIES).surname, 'female')}`] : [];
  const aliases = [...maiden, ...(index % 3 === 0 ? [latinSpelling(victimName)] : [])].filter(
    (a) => a !== victimName,
  );
  const speaksOther = family.language === 'uz';
  const persons: PersonInput[] = [
    {
      ...EMPTY_PERSON_DETAILS,
      role: 'victim',
      name: victimName,
      aliases,
      birthDate: victimBirth,
      iin: demoIin(rnd, victimBirth, 'female'),
      phone: phone(rnd),
      address: address(rnd),
      safeContactTimes: index % 2 === 0 ? rnd.pick(SAFE_TIMES) : '',
      safeChannel: index % 3 === 0 ? 'via-crisis-centre' : index % 3 === 1 ? 'sms' : 'call',
      preferredLanguage: family.language,
      interpreterNeeded: speaksOther,
      notes: rnd.pick(VICTIM_NOTES),
    },
    {
      ...EMPTY_PERSON_DETAILS,
      role: 'harm-causer',
      name: `${harmFirst} ${familyName(family.surname, 'male')}`,
      birthDate: harmBirth,
      iin: demoIin(rnd, harmBirth, 'male'),
      phone: phone(rnd),
      address: index % 2 === 0 ? address(rnd) : '',
      preferredLanguage: family.language,
      interpreterNeeded: speaksOther,
      notes: rnd.pick(HARM_NOTES),
    },
  ];
  // Children are born after their mother turned 18 and at least a month before today.
  const earliest = addDays(victimBirth, 18 * 366);
  const latest = addDays(today, -30);
  if (compareCalendar(earliest, latest) < 0) {
    for (let c = rnd.int(0, 3); c > 0; c--) {
      const gender: Gender = rnd.chance(0.5) ? 'female' : 'male';
      persons.push({
        ...EMPTY_PERSON_DETAILS,
        role: 'child',
        name: `${rnd.pick(childNames(family.language)[gender])} ${familyName(family.surname, gender)}`,
        birthDate: dateBetween(
          rnd,
          compareCalendar(earliest, '2008-01-01') > 0 ? earliest : '2008-01-01',
          latest,
        ),
        preferredLanguage: family.language,
      });
    }
  }
  // A neighbour who called the police, in some cases.
  if (index % 5 === 2) {
    const birth = dateBetween(rnd, '1955-01-01', '1990-12-31');
    const neighbour = rnd.pick(FAMILIES);
    const gender: Gender = rnd.chance(0.5) ? 'female' : 'male';
    persons.push({
      ...EMPTY_PERSON_DETAILS,
      role: 'witness',
      name: `${rnd.pick(firstNames(neighbour.language)[gender])} ${familyName(neighbour.surname, gender)}`,
      birthDate: birth,
      iin: demoIin(rnd, birth, gender),
      phone: phone(rnd),
      preferredLanguage: neighbour.language,
      notes:
        gender === 'female'
          ? 'Соседка по лестничной площадке, позвонила в 102.'
          : 'Сосед по лестничной площадке, позвонил в 102.',
    });
  }
  return { persons, family, victim: victimFirst, harmCauser: harmFirst };
}
