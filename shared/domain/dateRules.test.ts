import { describe, expect, it } from 'vitest';
import { DATE_WINDOWS, checkDateWindow } from './dateRules';

describe('checkDateWindow', () => {
  const entryDay = '2024-02-29';
  const today = '2024-03-10';
  it('refuses anything before 1990', () => {
    expect(checkDateWindow('1989-12-31', undefined, entryDay, today)).toEqual({
      limit: 'too-early',
      year: 1990,
    });
    expect(checkDateWindow('1990-01-01', undefined, entryDay, today)).toBeNull();
  });

  it('holds a start to the entry’s day through 31 days after, across the leap day', () => {
    const w = DATE_WINDOWS.startsOn;
    expect(checkDateWindow('2024-02-28', w, entryDay, today)).toEqual({ limit: 'before-entry' });
    expect(checkDateWindow('2024-02-29', w, entryDay, today)).toBeNull();
    expect(checkDateWindow('2024-03-31', w, entryDay, today)).toBeNull();
    expect(checkDateWindow('2024-04-01', w, entryDay, today)).toEqual({ limit: 'too-far-ahead', days: 31 });
    expect(checkDateWindow('2996-03-01', w, entryDay, today)).toEqual({ limit: 'too-far-ahead', days: 31 });
  });

  it('holds an end to today', () => {
    expect(checkDateWindow(today, DATE_WINDOWS.endedOn, entryDay, today)).toBeNull();
    expect(checkDateWindow('2024-03-11', DATE_WINDOWS.endedOn, entryDay, today)).toEqual({
      limit: 'after-today',
    });
  });
});
