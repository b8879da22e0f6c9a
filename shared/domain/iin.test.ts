import { describe, expect, it } from 'vitest';
import { checkIin, iinAgreesWithBirthDate, iinBirthDate, iinCheckDigit, isValidIin } from './iin';

// Numbers worked out by hand from the published algorithm (weights 1…11, then 3…11, 1, 2):
// 9 0 0 1 0 1 3 0 0 0 0 · 1…11 = 9 + 4 + 6 + 21 = 40; 40 mod 11 = 7.
const MAN_1990 = '900101300007';
// 9 0 0 1 0 1 3 0 0 8 1 · 1…11 = 40 + 80 + 11 = 131 ≡ 10, so the second set:
// 9·3 + 1·6 + 1·8 + 3·9 + 8·1 + 1·2 = 78 ≡ 1.
const SECOND_SET = '900101300811';
const WOMAN_1985 = '850315400005';
const BOY_LEAP_DAY_2008 = '080229500002';
const GIRL_2007 = '071231600000';
const MAN_1999 = '991231312007';
const BOY_2000 = '000101512005';

describe('checkIin', () => {
  it('accepts valid numbers, with their birth date and sex', () => {
    expect(checkIin(MAN_1990)).toEqual({ ok: true, iin: MAN_1990, birthDate: '1990-01-01', sex: 'male' });
    expect(checkIin(WOMAN_1985)).toEqual({
      ok: true,
      iin: WOMAN_1985,
      birthDate: '1985-03-15',
      sex: 'female',
    });
    expect(checkIin(BOY_LEAP_DAY_2008)).toMatchObject({ ok: true, birthDate: '2008-02-29', sex: 'male' });
    expect(checkIin(GIRL_2007)).toMatchObject({ ok: true, birthDate: '2007-12-31', sex: 'female' });
    expect(checkIin(MAN_1999)).toMatchObject({ ok: true, birthDate: '1999-12-31' });
    expect(checkIin(BOY_2000)).toMatchObject({ ok: true, birthDate: '2000-01-01' });
  });

  it('uses the second weight set when the first sum gives 10', () => {
    expect(iinCheckDigit('90010130081')).toBe(1);
    expect(isValidIin(SECOND_SET)).toBe(true);
    // With the first set only, the check digit would have been taken as 10 and never match.
    expect(isValidIin('900101300810')).toBe(false);
  });

  it('refuses eleven digits for which both sums give 10: no such number is issued', () => {
    expect(iinCheckDigit('90010130080')).toBeNull();
    for (let d = 0; d <= 9; d++)
      expect(checkIin(`90010130080${d}`)).toEqual({ ok: false, problem: 'check-digit' });
  });

  it('refuses a wrong check digit, a swapped pair of digits and one mistyped digit', () => {
    expect(checkIin('900101300008')).toEqual({ ok: false, problem: 'check-digit' });
    expect(checkIin('900101303007')).toEqual({ ok: false, problem: 'check-digit' });
    expect(checkIin('850315400105')).toEqual({ ok: false, problem: 'check-digit' });
  });

  it('refuses anything that is not 12 digits, and takes spaces between groups', () => {
    for (const bad of ['', '90010130000', '9001013000077', '90010130000a', '９００１０１３０００07'])
      expect(checkIin(bad)).toEqual({ ok: false, problem: 'format' });
    expect(checkIin('900101 300007')).toMatchObject({ ok: true, iin: MAN_1990 });
    expect(checkIin(' 900-101-300-007 ')).toMatchObject({ ok: true, iin: MAN_1990 });
  });

  it('refuses a 7th digit outside 1–6 and a birth date that does not exist', () => {
    expect(checkIin('900101000000')).toEqual({ ok: false, problem: 'century' });
    expect(checkIin('900101700000')).toEqual({ ok: false, problem: 'century' });
    // 29 February 2007 and 30 February 1990 do not exist.
    expect(checkIin('070229500000')).toEqual({ ok: false, problem: 'birth-date' });
    expect(checkIin('900230300000')).toEqual({ ok: false, problem: 'birth-date' });
    expect(checkIin('901301300000')).toEqual({ ok: false, problem: 'birth-date' });
  });

  it('refuses a birth date after today when today is given', () => {
    expect(checkIin(BOY_LEAP_DAY_2008, '2008-02-28')).toEqual({ ok: false, problem: 'birth-date' });
    expect(checkIin(BOY_LEAP_DAY_2008, '2008-02-29')).toMatchObject({ ok: true });
  });
});

describe('iin and a recorded birth date', () => {
  it('agree, disagree, or cannot be compared', () => {
    expect(iinBirthDate(WOMAN_1985)).toBe('1985-03-15');
    expect(iinAgreesWithBirthDate(WOMAN_1985, '1985-03-15')).toBe(true);
    expect(iinAgreesWithBirthDate(WOMAN_1985, '1985-03-16')).toBe(false);
    // Same day and month a century apart: the 7th digit decides.
    expect(iinAgreesWithBirthDate(BOY_2000, '1900-01-01')).toBe(false);
    expect(iinAgreesWithBirthDate(WOMAN_1985, null)).toBeNull();
    expect(iinAgreesWithBirthDate('850315400105', '1985-03-15')).toBeNull();
    expect(iinBirthDate('850315400105')).toBeNull();
  });
});
