/**
 * The Kazakhstan individual identification number (ИИН / ЖСН): 12 digits.
 * - digits 1–6: date of birth, YYMMDD;
 * - digit 7: century of birth and sex — 1 / 2 a man / woman born in the 19th century, 3 / 4 in
 *   the 20th, 5 / 6 in the 21st (any other digit is refused);
 * - digits 8–11: registration number;
 * - digit 12: check digit. The weighted sum of the first eleven digits with weights 1…11, modulo
 *   11; when that is 10, the sum again with the second weight set 3, 4, …, 11, 1, 2, modulo 11;
 *   when that is 10 too, no number is issued with those eleven digits.
 *
 * An IIN is as sensitive as an address (DOMAIN.md "People"): nothing here stores or logs it.
 */
import { compareCalendar, isCalendarDate, type CalendarDate } from '../dates';

export const IIN_LENGTH = 12;

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/** Century of birth by the 7th digit: the first two digits of the year. */
const CENTURY: Readonly<Record<string, { readonly century: number; readonly sex: IinSex }>> = {
  '1': { century: 18, sex: 'male' },
  '2': { century: 18, sex: 'female' },
  '3': { century: 19, sex: 'male' },
  '4': { century: 19, sex: 'female' },
  '5': { century: 20, sex: 'male' },
  '6': { century: 20, sex: 'female' },
};

export type IinSex = 'male' | 'female';

/** Why a number is not an IIN, most basic first. */
export const IIN_PROBLEMS = ['format', 'century', 'birth-date', 'check-digit'] as const;
export type IinProblem = (typeof IIN_PROBLEMS)[number];

/** Message key for each problem (texts in the catalogues). */
export const IIN_PROBLEM_KEYS: Record<IinProblem, string> = {
  format: 'iin.err.format',
  century: 'iin.err.century',
  'birth-date': 'iin.err.birthDate',
  'check-digit': 'iin.err.checkDigit',
};

export type IinCheck =
  | { readonly ok: true; readonly iin: string; readonly birthDate: CalendarDate; readonly sex: IinSex }
  | { readonly ok: false; readonly problem: IinProblem };

/** The digits of a typed IIN: spaces and hyphens that people type between groups removed. */
export function normaliseIin(text: string): string {
  return text.replace(/[\s-]/g, '');
}

function weighted(digits: readonly number[], weights: readonly number[]): number {
  return digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
}

/**
 * The check digit for the first eleven digits of an IIN, or null when no number can be issued
 * with them (both weighted sums give 10) or the input is not eleven digits.
 */
export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  const first = weighted(digits, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(digits, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/** The birth date written in an IIN's first seven digits, or null when they do not make one. */
function birthDateOf(iin: string): CalendarDate | null {
  const c = CENTURY[iin.charAt(6)];
  if (!c) return null;
  const date = `${c.century}${iin.slice(0, 2)}-${iin.slice(2, 4)}-${iin.slice(4, 6)}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * Checks a typed IIN (spaces and hyphens allowed between digits). `today`, when given, also
 * refuses a birth date after it. On success gives the digits, the birth date and the sex.
 */
export function checkIin(text: string, today?: CalendarDate): IinCheck {
  const iin = normaliseIin(text);
  if (!/^\d{12}$/.test(iin)) return { ok: false, problem: 'format' };
  const c = CENTURY[iin.charAt(6)];
  if (!c) return { ok: false, problem: 'century' };
  const birthDate = birthDateOf(iin);
  if (birthDate === null || (today !== undefined && compareCalendar(birthDate, today) > 0))
    return { ok: false, problem: 'birth-date' };
  if (iinCheckDigit(iin.slice(0, 11)) !== Number(iin.charAt(11)))
    return { ok: false, problem: 'check-digit' };
  return { ok: true, iin, birthDate, sex: c.sex };
}

/** True for a well-formed IIN with a correct check digit. */
export function isValidIin(text: string): boolean {
  return checkIin(text).ok;
}

/** The birth date in a valid IIN; null for an invalid one. */
export function iinBirthDate(text: string): CalendarDate | null {
  const c = checkIin(text);
  return c.ok ? c.birthDate : null;
}

/**
 * Whether a valid IIN's birth date is `birthDate`: true or false; null when there is nothing to
 * compare (the IIN is not valid, or no birth date is recorded). A false is a warning for the
 * form: one of the two was typed wrong.
 */
export function iinAgreesWithBirthDate(text: string, birthDate: CalendarDate | null): boolean | null {
  const c = checkIin(text);
  if (!c.ok || birthDate === null || !isCalendarDate(birthDate)) return null;
  return c.birthDate === birthDate;
}
