import { CalendarDate, Time } from '@internationalized/date';
import { describe, expect, it } from 'vitest';
import { fromDateValue, fromTimeValue, toDateValue, toTimeValue } from './dateValues';

describe('toDateValue / fromDateValue', () => {
  it.each(['2024-02-29', '2024-03-01', '2023-12-31', '1999-01-01', '2026-03-02'])(
    'round-trips %s',
    (value) => {
      expect(fromDateValue(toDateValue(value))).toBe(value);
    },
  );

  it('reads the parts as calendar fields, with no time zone to shift them', () => {
    const date = toDateValue('2024-02-29');
    expect([date?.year, date?.month, date?.day]).toEqual([2024, 2, 29]);
  });

  it.each([
    '',
    '2023-02-29',
    '2024-02-30',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '24-02-29',
    '29.02.2024',
    ' 2024-02-29',
    '2024-02-29T10:00',
    '2024-2-9',
  ])('reads %j as no date', (value) => {
    expect(toDateValue(value)).toBeNull();
  });

  it('writes an empty field as an empty string', () => {
    expect(fromDateValue(null)).toBe('');
  });

  it('writes a year still being typed with four digits', () => {
    expect(fromDateValue(new CalendarDate(20, 2, 29))).toBe('0020-02-29');
  });

  it('writes a date before the common era as no date', () => {
    expect(fromDateValue(new CalendarDate('BC', 5, 1, 1))).toBe('');
  });
});

describe('toTimeValue / fromTimeValue', () => {
  it.each(['00:00', '07:05', '12:30', '23:59'])('round-trips %s', (value) => {
    expect(fromTimeValue(toTimeValue(value))).toBe(value);
  });

  it.each(['', '24:00', '23:60', '7:05', '07:5', '07:05:00', '7 pm', '07.05'])(
    'reads %j as no time',
    (value) => {
      expect(toTimeValue(value)).toBeNull();
    },
  );

  it('writes an empty field as an empty string and drops seconds', () => {
    expect(fromTimeValue(null)).toBe('');
    expect(fromTimeValue(new Time(9, 4, 59))).toBe('09:04');
  });
});
