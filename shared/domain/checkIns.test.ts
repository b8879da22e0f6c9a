import { describe, expect, it } from 'vitest';
import {
  checkInSchedules,
  checkInSlots,
  checkInStateOn,
  missedCheckIns,
  type CheckInStatus,
} from './checkIns';
import { measureRecords } from './measures';
import { eff, testEntry } from './testEntries.testkit';
import type { Entry, FieldValue } from './types';

const dues = (start: string, last: string, n: number) =>
  checkInSlots('o', start, last, n).map((s) => s.dueOn);

describe('checkInSlots: when each check-in is due', () => {
  it('once a month: by the last day of each month of the term', () => {
    expect(dues('2026-01-10', '2026-04-09', 1)).toEqual(['2026-02-09', '2026-03-09', '2026-04-09']);
  });

  it('four times a month: by the end of each quarter of the month, windows back to back', () => {
    // 10 January to 9 February is 31 days: days ⌈31/4⌉ = 8, ⌈62/4⌉ = 16, ⌈93/4⌉ = 24 and 31.
    const slots = checkInSlots('o', '2026-01-10', '2026-02-09', 4);
    expect(slots.map((s) => [s.opensOn, s.dueOn])).toEqual([
      ['2026-01-10', '2026-01-17'],
      ['2026-01-18', '2026-01-25'],
      ['2026-01-26', '2026-02-02'],
      ['2026-02-03', '2026-02-09'],
    ]);
    // 1 to 30 April is 30 days: days 8, 15, 23, 30.
    expect(dues('2026-04-01', '2026-04-30', 4)).toEqual([
      '2026-04-08',
      '2026-04-15',
      '2026-04-23',
      '2026-04-30',
    ]);
  });

  it('twice and three times a month', () => {
    expect(dues('2026-04-01', '2026-04-30', 2)).toEqual(['2026-04-15', '2026-04-30']);
    expect(dues('2026-02-01', '2026-02-28', 3)).toEqual(['2026-02-10', '2026-02-19', '2026-02-28']);
  });

  it('counts months from the start day, with the 31st held to shorter months and leap day included', () => {
    // Months of a term from 31 January 2024: 31 Jan–28 Feb (29 days), 29 Feb–30 Mar, 31 Mar–29 Apr.
    expect(dues('2024-01-31', '2024-04-29', 1)).toEqual(['2024-02-28', '2024-03-30', '2024-04-29']);
    expect(dues('2023-01-31', '2023-02-27', 1)).toEqual(['2023-02-27']);
    const leap = checkInSlots('o', '2024-02-01', '2024-02-29', 2);
    expect(leap.map((s) => s.dueOn)).toEqual(['2024-02-15', '2024-02-29']);
  });

  it('asks for nothing due after the last day, and nothing for 0 or 5 a month', () => {
    // Ended on 20 January: only check-ins due by the 19th.
    expect(dues('2026-01-10', '2026-01-19', 4)).toEqual(['2026-01-17']);
    expect(dues('2026-01-10', '2026-01-09', 1)).toEqual([]);
    expect(dues('2026-01-10', '2026-04-09', 0)).toEqual([]);
    expect(dues('2026-01-10', '2026-04-09', 5)).toEqual([]);
  });

  it('a 12-month term with 4 a month has 48 check-ins, the last on the term’s last day', () => {
    const all = dues('2026-01-10', '2027-01-09', 4);
    expect(all).toHaveLength(48);
    expect(all.at(-1)).toBe('2027-01-09');
  });
});

const order = (fields: Record<string, FieldValue> = {}) =>
  testEntry(
    'order-issued',
    {
      measure: 'special-requirements',
      startsOn: '2026-01-10',
      durationMonths: 3,
      checkInsPerMonth: 2,
      ...fields,
    },
    { id: 'o', agencyKind: 'prosecutor-court' },
  );
let n = 0;
const checkIn = (day: string, outcome: 'kept' | 'missed', extra: Record<string, FieldValue> = {}) =>
  testEntry(
    'check-in',
    { orderEntryId: 'o', outcome, ...extra },
    { id: `ci${++n}`, at: `${day}T11:00:00+05:00` },
  );

function schedule(entries: readonly Entry[]) {
  const e = eff(entries);
  const [s] = checkInSchedules(e, measureRecords(e));
  return s!;
}
const slot = (entries: readonly Entry[], dueOn: string): CheckInStatus =>
  schedule(entries).slots.find((s) => s.dueOn === dueOn)!;

describe('checkInSchedules: records matched to scheduled check-ins', () => {
  it('schedules the term of the order: halves of 31-, 28- and 31-day months', () => {
    // 10 Jan–9 Feb (31 days): by day 16 and 31; 10 Feb–9 Mar (28): 14 and 28; 10 Mar–9 Apr (31).
    expect(schedule([order()]).slots.map((s) => s.dueOn)).toEqual([
      '2026-01-25',
      '2026-02-09',
      '2026-02-23',
      '2026-03-09',
      '2026-03-25',
      '2026-04-09',
    ]);
    expect(schedule([order()]).perMonth).toBe(2);
  });

  it('takes a kept check-in for the window it falls in: the due day yes, the day after no', () => {
    expect(slot([order(), checkIn('2026-01-25', 'kept')], '2026-01-25').outcome).toBe('kept');
    const late = [order(), checkIn('2026-01-26', 'kept')];
    expect(slot(late, '2026-01-25').outcome).toBeNull();
    expect(slot(late, '2026-02-09').outcome).toBe('kept');
  });

  it('takes a missed record for the latest check-in due before it, and one naming its due day for that one', () => {
    const miss = checkIn('2026-01-26', 'missed');
    const recordedNextDay = [order(), miss];
    expect(slot(recordedNextDay, '2026-01-25')).toMatchObject({ outcome: 'missed', recordId: miss.id });
    expect(slot(recordedNextDay, '2026-02-09').outcome).toBeNull();
    const named = [order(), checkIn('2026-02-12', 'missed', { scheduledOn: '2026-01-25' })];
    expect(slot(named, '2026-01-25').outcome).toBe('missed');
    expect(slot(named, '2026-02-09').outcome).toBeNull();
  });

  it('reports a second report in one window as extra, not as the next check-in', () => {
    const s = schedule([order(), checkIn('2026-01-12', 'kept'), checkIn('2026-01-20', 'kept')]);
    expect(s.slots.filter((x) => x.outcome === 'kept')).toHaveLength(1);
    expect(s.extra).toHaveLength(1);
  });

  it('stops at an early end, and runs a term not recorded up to the rule’s longest term', () => {
    const ended = testEntry(
      'order-ended',
      { orderEntryId: 'o', endedOn: '2026-02-10' },
      { at: '2026-02-10T09:00:00+05:00' },
    );
    expect(schedule([order(), ended]).slots.map((s) => s.dueOn)).toEqual(['2026-01-25', '2026-02-09']);
    const noTerm = schedule([order({ durationMonths: '' })]);
    expect(noTerm.slots).toHaveLength(24);
    expect(noTerm.slots.at(-1)!.dueOn).toBe('2027-01-09');
  });

  it('has no schedule for an order without reports', () => {
    const e = eff([order({ checkInsPerMonth: '' })]);
    expect(checkInSchedules(e, measureRecords(e))).toEqual([]);
  });
});

describe('checkInStateOn', () => {
  const s = (entries: readonly Entry[]) => slot(entries, '2026-02-09');
  it('is upcoming before its window, due in it, overdue the day after, or what was recorded', () => {
    expect(checkInStateOn(s([order()]), '2026-01-25')).toBe('upcoming');
    expect(checkInStateOn(s([order()]), '2026-01-26')).toBe('due');
    expect(checkInStateOn(s([order()]), '2026-02-09')).toBe('due');
    expect(checkInStateOn(s([order()]), '2026-02-10')).toBe('overdue');
    expect(checkInStateOn(s([order(), checkIn('2026-02-01', 'kept')]), '2026-03-01')).toBe('kept');
    expect(checkInStateOn(s([order(), checkIn('2026-02-10', 'missed')]), '2026-03-01')).toBe('missed');
  });
});

describe('missedCheckIns', () => {
  const missed = (entries: readonly Entry[]) => {
    const e = eff(entries);
    return missedCheckIns(e, checkInSchedules(e, measureRecords(e)));
  };

  it('lists a missed check-in as a fact that stays open until a later kept check-in or a breach', () => {
    const miss = checkIn('2026-01-26', 'missed');
    expect(missed([order(), miss])).toEqual([
      {
        orderEntryId: 'o',
        dueOn: '2026-01-25',
        recordId: miss.id,
        recordedAt: miss.occurredAt,
        answered: false,
      },
    ]);
    expect(missed([order(), miss, checkIn('2026-02-05', 'kept')])[0]!.answered).toBe(true);
    const breach = testEntry('order-breached', { orderEntryId: 'o' }, { at: '2026-01-26T15:00:00+05:00' });
    expect(missed([order(), miss, breach])[0]!.answered).toBe(true);
    const earlierBreach = testEntry(
      'order-breached',
      { orderEntryId: 'o' },
      { at: '2026-01-20T15:00:00+05:00' },
    );
    expect(missed([order(), miss, earlierBreach])[0]!.answered).toBe(false);
  });
});
