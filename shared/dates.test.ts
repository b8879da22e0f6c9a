import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  calendarDateAt,
  calendarDateOf,
  daysBetween,
  formatDate,
  formatDateLong,
  formatDayHeading,
  formatInstant,
  formatTime,
  instantAt,
  instantFromLocal,
  instantMs,
  isCalendarDate,
  isInstant,
  localParts,
  offsetOf,
  parseDate,
  resolveLocal,
  toUtcKey,
  type OffsetAt,
} from './dates';

/** The machine's zone, as the renderer passes it (unit tests run with TZ=Asia/Almaty). */
const machine: OffsetAt = (ms) => -new Date(ms).getTimezoneOffset();

describe('calendar dates', () => {
  it('accepts only real days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-01')).toBe(false);
    expect(isCalendarDate('2024-1-01')).toBe(false);
    expect(isCalendarDate(20240101)).toBe(false);
  });

  it('adds days across month ends and leap days without drifting', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 3)).toBe('2024-04-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('counts whole days', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    // Across the day Kazakhstan moved from UTC+6 to UTC+5: still one day.
    expect(daysBetween('2024-02-29', '2024-03-01')).toBe(1);
  });
});

describe('instants', () => {
  it('reads the milliseconds of an instant in any offset, and nothing from a day that does not exist', () => {
    expect(instantMs('2024-02-29T23:30:00+06:00')).toBe(Date.UTC(2024, 1, 29, 17, 30));
    expect(instantMs('2024-03-01T00:30:00+05:00')).toBe(Date.UTC(2024, 1, 29, 19, 30));
    expect(instantMs('2026-01-10T10:00Z')).toBe(Date.UTC(2026, 0, 10, 10, 0));
    expect(instantMs('2026-01-10T10:00:05.7-03:30')).toBe(Date.UTC(2026, 0, 10, 13, 30, 5, 700));
    for (const bad of [
      '2026-02-30T10:00:00+05:00',
      '2026-13-01T10:00:00Z',
      '2026-00-10T10:00:00Z',
      '2026-01-10T24:00:00Z',
      '2026-01-10T10:00:00+05:99',
      '2026-01-10T10:00:00+15:00',
      '2026-01-10 10:00',
      '',
    ]) {
      expect(instantMs(bad)).toBeNaN();
      expect(isInstant(bad)).toBe(false);
    }
  });

  it('keeps the offset an instant was recorded in', () => {
    expect(isInstant('2024-02-29T23:30:00+06:00')).toBe(true);
    expect(isInstant('2024-02-29T23:30:00')).toBe(false);
    expect(offsetOf('2024-02-29T23:30:00+06:00')).toBe(360);
    expect(offsetOf('2024-03-01T10:00:00Z')).toBe(0);
  });

  it('takes the calendar day from the recorded offset, not from UTC', () => {
    // 23:30 at UTC+6 is 17:30 UTC on the same day; 00:30 at UTC+5 is the previous day in UTC.
    expect(calendarDateOf('2024-02-29T23:30:00+06:00')).toBe('2024-02-29');
    expect(calendarDateOf('2024-03-01T00:30:00+05:00')).toBe('2024-03-01');
    expect(toUtcKey('2024-03-01T00:30:00+05:00')).toBe('2024-02-29T19:30:00.000Z');
  });

  it('writes and reads local parts in a zone', () => {
    const ms = Date.UTC(2026, 10, 28, 19, 5);
    expect(instantAt(ms, 300)).toBe('2026-11-29T00:05:00+05:00');
    expect(calendarDateAt(ms, 300)).toBe('2026-11-29');
    expect(localParts('2026-11-29T00:05:00+05:00')).toEqual({ date: '2026-11-29', time: '00:05' });
    expect(instantFromLocal('2026-11-29', '00:05', 300)).toBe('2026-11-29T00:05:00+05:00');
    expect(instantFromLocal('2026-02-30', '10:00', 300)).toBeNull();
    expect(instantFromLocal('2026-02-10', '25:00', 300)).toBeNull();
  });

  it('sorts instants with different offsets by their UTC key', () => {
    const a = '2024-02-29T23:30:00+06:00'; // 17:30Z
    const b = '2024-02-29T18:00:00+05:00'; // 13:00Z
    expect(toUtcKey(b) < toUtcKey(a)).toBe(true);
  });
});

describe('the zone the tests run in', () => {
  it('is Almaty, and its zone data knows the move from UTC+6 to UTC+5 on 1 March 2024', () => {
    expect(process.env.TZ).toBe('Asia/Almaty');
    // Midnight of 1 March 2024 at +06:00 is 18:00 UTC on 29 February: clocks went back an hour.
    expect(machine(Date.UTC(2024, 1, 29, 17, 59))).toBe(360);
    expect(machine(Date.UTC(2024, 1, 29, 18, 0))).toBe(300);
  });
});

describe('typed local times in a zone whose offset changed', () => {
  it('keeps a time typed before 1 March 2024 at the +06:00 then in force, not today’s +05:00', () => {
    expect(instantFromLocal('2024-02-28', '23:30', machine)).toBe('2024-02-28T23:30:00+06:00');
    expect(instantFromLocal('2024-02-29', '22:59', machine)).toBe('2024-02-29T22:59:00+06:00');
    expect(instantFromLocal('2024-03-01', '00:00', machine)).toBe('2024-03-01T00:00:00+05:00');
    expect(instantFromLocal('2024-03-01', '00:30', machine)).toBe('2024-03-01T00:30:00+05:00');
    expect(instantFromLocal('2026-11-29', '00:05', machine)).toBe('2026-11-29T00:05:00+05:00');
  });

  it('shows the time typed, on the day typed, on both sides of the switch', () => {
    for (const [date, time] of [
      ['2024-02-28', '23:30'],
      ['2024-02-29', '00:30'],
      ['2024-02-29', '23:30'],
      ['2024-03-01', '00:30'],
      ['2024-03-01', '23:30'],
    ] as const) {
      const instant = instantFromLocal(date, time, machine)!;
      const [d, m, y] = [date.slice(8), date.slice(5, 7), date.slice(0, 4)];
      expect(formatInstant(instant, 'ru', machine)).toBe(`${d}.${m}.${y} ${time}`);
      expect(formatTime(instant, machine)).toBe(time);
      expect(localParts(instant)).toEqual({ date, time });
    }
  });

  it('takes the earlier of the two moments of the hour that happened twice, and says so', () => {
    // 23:00–23:59 on 29 February 2024 happened at +06:00 and again at +05:00.
    expect(resolveLocal('2024-02-29', '23:30', machine)).toEqual({
      kind: 'repeated',
      instant: '2024-02-29T23:30:00+06:00',
      later: '2024-02-29T23:30:00+05:00',
    });
    expect(resolveLocal('2024-02-29', '22:59', machine).kind).toBe('exact');
    expect(resolveLocal('2024-02-29', '23:00', machine).kind).toBe('repeated');
    expect(resolveLocal('2024-02-29', '23:59', machine).kind).toBe('repeated');
  });

  it('moves a time that never existed past the gap, with the offset then in force', () => {
    // A zone that jumps from +05:00 to +06:00 at 02:00 local on 2030-03-31 (21:00 UTC the day before).
    const jump = Date.UTC(2030, 2, 30, 21, 0);
    const springForward: OffsetAt = (ms) => (ms < jump ? 300 : 360);
    expect(resolveLocal('2030-03-31', '02:30', springForward)).toEqual({
      kind: 'skipped',
      instant: '2030-03-31T03:30:00+06:00',
    });
    expect(resolveLocal('2030-03-31', '01:59', springForward)).toEqual({
      kind: 'exact',
      instant: '2030-03-31T01:59:00+05:00',
    });
    expect(resolveLocal('2030-03-31', '03:00', springForward)).toEqual({
      kind: 'exact',
      instant: '2030-03-31T03:00:00+06:00',
    });
  });

  it('reads a fixed offset as before, and refuses what is not a date or a time', () => {
    expect(instantFromLocal('2024-02-28', '23:30', 300)).toBe('2024-02-28T23:30:00+05:00');
    expect(resolveLocal('2024-02-30', '10:00', machine)).toEqual({ kind: 'invalid' });
    expect(resolveLocal('2024-02-28', '7:30', machine)).toEqual({ kind: 'invalid' });
    expect(instantFromLocal('2024-02-28', '24:00', machine)).toBeNull();
  });
});

describe('age on a day', () => {
  it('counts completed years: 15 the day before the 16th birthday, 16 on it', () => {
    expect(ageOn('2008-05-10', '2024-05-09')).toBe(15);
    expect(ageOn('2008-05-10', '2024-05-10')).toBe(16);
    expect(ageOn('2008-05-10', '2008-05-10')).toBe(0);
  });

  it('gives someone born on 29 February their birthday on 28 February in other years', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-27')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(17);
  });
});

describe('formatting', () => {
  it('writes dates as dd.mm.yyyy in Russian and Kazakh, with the month in letters in English', () => {
    expect(formatDate('2024-02-29', 'ru')).toBe('29.02.2024');
    expect(formatDate('2024-02-29', 'kk')).toBe('29.02.2024');
    expect(formatDate('2024-03-01', 'ru')).toBe('01.03.2024');
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
  });

  it('writes instants with 24-hour time in every language', () => {
    const evening = '2024-03-05T21:05:00+05:00';
    expect(formatInstant(evening, 'ru', machine)).toBe('05.03.2024 21:05');
    expect(formatInstant(evening, 'kk', machine)).toBe('05.03.2024 21:05');
    expect(formatInstant(evening, 'en', machine)).toBe('5 Mar 2024, 21:05');
  });

  it('keeps a long form for document dates and day headings', () => {
    expect(formatDateLong('2024-02-29', 'ru')).toBe('29 февраля 2024 г.');
    expect(formatDateLong('2024-02-29', 'kk')).toBe('29 ақпан 2024 ж.');
    expect(formatDateLong('2024-02-29', 'en')).toBe('29 February 2024');
    expect(formatDayHeading('2024-02-29', 'ru')).toBe('Четверг, 29 февраля 2024 г.');
    expect(formatDayHeading('2024-02-29', 'kk')).toBe('Бейсенбі, 29 ақпан 2024 ж.');
    expect(formatDayHeading('2024-02-29', 'en')).toBe('Thursday, February 29th, 2024');
  });

  it('shows an instant in the zone it is asked for', () => {
    expect(formatInstant('2024-02-29T23:30:00+06:00', 'ru', 300)).toBe('29.02.2024 22:30');
    expect(formatInstant('2024-02-29T23:30:00+06:00', 'ru', 360)).toBe('29.02.2024 23:30');
  });
});

describe('parseDate', () => {
  it('reads dd.mm.yyyy and ISO dates, and nothing that is not a real day', () => {
    expect(parseDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDate(' 1.3.2024 ')).toBe('2024-03-01');
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('29.02.2023')).toBeNull();
    expect(parseDate('29.02.24')).toBeNull();
    expect(parseDate('02/29/2024')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});
