import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateAt,
  calendarDateOf,
  daysBetween,
  formatDate,
  formatDayHeading,
  formatInstant,
  instantAt,
  instantFromLocal,
  instantMs,
  isCalendarDate,
  isInstant,
  localParts,
  offsetOf,
  toUtcKey,
} from './dates';

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

describe('formatting', () => {
  it('formats dates in each language', () => {
    expect(formatDate('2024-02-29', 'en')).toBe('Feb 29, 2024');
    expect(formatDate('2024-02-29', 'ru')).toMatch(/^29 февр?\. 2024/);
    expect(formatDate('2024-02-29', 'kk')).toMatch(/2024/);
  });

  it('writes day headings with only the first letter raised', () => {
    expect(formatDayHeading('2024-02-29', 'ru')).toBe('Четверг, 29 февраля 2024 г.');
    expect(formatDayHeading('2024-02-29', 'en')).toBe('Thursday, February 29th, 2024');
    const kk = formatDayHeading('2024-02-29', 'kk');
    expect(kk.charAt(0)).toBe(kk.charAt(0).toLocaleUpperCase('kk'));
    expect(kk.slice(1)).toBe(kk.slice(1).toLocaleLowerCase('kk'));
  });

  it('shows an instant in the zone it is asked for', () => {
    expect(formatInstant('2024-02-29T23:30:00+06:00', 'ru', 300)).toContain('22:30');
    expect(formatInstant('2024-02-29T23:30:00+06:00', 'ru', 360)).toContain('23:30');
  });
});
