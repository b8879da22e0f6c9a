import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { MeetingId } from '../ids';
import {
  calendarIcs,
  calendarUid,
  type CalendarDeadline,
  type CalendarItem,
  type CalendarMeeting,
} from './calendarIcs';
import { ExportInputError } from './errors';

const NOW = '2024-02-20T09:00:00+05:00';
const ORDER = '0190e3a1-0000-7000-8000-00000000000a';
const MEETING = '0190e3a1-0000-7000-8000-00000000000b' as MeetingId;

function deadline(over: Partial<CalendarDeadline> = {}): CalendarDeadline {
  return {
    type: 'deadline',
    kind: 'measure-expires',
    sourceId: ORDER,
    occurrence: '',
    caseReference: 'ҚР-2024/015',
    what: 'Қорғау нұсқамасының мерзімі бітеді',
    agency: 'Полиция',
    date: '2024-02-29',
    ...over,
  };
}

function meeting(over: Partial<CalendarMeeting> = {}): CalendarMeeting {
  return {
    type: 'meeting',
    sourceId: MEETING,
    what: 'Ведомствоаралық кеңес',
    agency: 'Әкімдік',
    place: 'Абай даңғылы 10, 204-бөлме',
    when: { startsAt: '2024-03-12T10:00:00+05:00', durationMinutes: 90 },
    ...over,
  };
}

function component(ics: string): ICAL.Component {
  // ical.js types its jCal output as any; it is an array of arrays.
  const jcal = ICAL.parse(ics) as unknown[];
  return new ICAL.Component(jcal);
}

function parse(ics: string): ICAL.Event[] {
  const calendar = component(ics);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('calendarIcs', () => {
  it('is a calendar a real parser reads, with CRLF lines of at most 75 octets', () => {
    const ics = calendarIcs([deadline(), meeting()], { name: 'Caseline — мерзімдер', now: NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.slice(0, -2).split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const calendar = component(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Caseline — мерзімдер');
    expect(parse(ics)).toHaveLength(2);
  });

  it('writes a deadline as an all-day event on its own date: 29 February stays 29 February', () => {
    const [event] = parse(calendarIcs([deadline()], { name: 'c', now: NOW }));
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2024-02-29');
    expect(event?.endDate.isDate).toBe(true);
    expect(event?.endDate.toString()).toBe('2024-03-01');
    // A DATE value carries no zone, so no app can move it across midnight.
    expect(event?.startDate.zone?.tzid).toBe('floating');
  });

  it('keeps an all-day event right across a year end', () => {
    const [event] = parse(calendarIcs([deadline({ date: '2024-12-31' })], { name: 'c', now: NOW }));
    expect(event?.startDate.toString()).toBe('2024-12-31');
    expect(event?.endDate.toString()).toBe('2025-01-01');
  });

  it('writes a meeting at its UTC moment with its duration and place', () => {
    const [event] = parse(calendarIcs([meeting()], { name: 'c', now: NOW }));
    expect(event?.startDate.isDate).toBe(false);
    expect(event?.startDate.zone?.tzid).toBe('UTC');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2024-03-12T05:00:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2024-03-12T06:30:00.000Z');
    expect(event?.location).toBe('Абай даңғылы 10, 204-бөлме');
  });

  it('keeps a meeting recorded at UTC+6 before the 2024 switch at the moment it was set', () => {
    const [event] = parse(
      calendarIcs([meeting({ when: { startsAt: '2024-02-29T23:30:00+06:00', durationMinutes: 60 } })], {
        name: 'c',
        now: NOW,
      }),
    );
    expect(event?.startDate.toJSDate().toISOString()).toBe('2024-02-29T17:30:00.000Z');
  });

  it('writes a meeting without a time as an all-day event', () => {
    const [event] = parse(
      calendarIcs([meeting({ when: { date: '2024-03-12' }, place: '' })], { name: 'c', now: NOW }),
    );
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2024-03-12');
    expect(event?.location).toBeNull();
  });

  it('gives each item a UID from its source, the same in every export, so a re-import updates', () => {
    const items: CalendarItem[] = [
      deadline(),
      deadline({ kind: 'check-in', occurrence: '1', date: '2024-03-05' }),
      deadline({ kind: 'check-in', occurrence: '2', date: '2024-03-19' }),
      meeting(),
    ];
    const first = parse(calendarIcs(items, { name: 'c', now: NOW }));
    const moved = items.map((i) => (i.type === 'deadline' ? { ...i, date: '2024-04-01' } : i));
    const later = parse(calendarIcs(moved, { name: 'c', now: '2024-02-21T09:00:00+05:00' }));
    const uids = first.map((e) => e.uid);
    expect(uids).toEqual([
      `measure-expires-${ORDER}@caseline`,
      `check-in-${ORDER}-1@caseline`,
      `check-in-${ORDER}-2@caseline`,
      `meeting-${MEETING}@caseline`,
    ]);
    expect(new Set(uids).size).toBe(4);
    expect(later.map((e) => e.uid)).toEqual(uids);
    expect(items.map(calendarUid)).toEqual(uids);
    // The later export is the newer revision of each event.
    expect(later[0]?.sequence).toBeGreaterThan(first[0]?.sequence ?? Infinity);
  });

  it('stamps every event with the export time and marks it private', () => {
    const ics = calendarIcs([deadline()], { name: 'c', now: NOW });
    const calendar = component(ics);
    const vevent = calendar.getFirstSubcomponent('vevent');
    const stamp = vevent?.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time ? stamp.toJSDate().toISOString() : null).toBe(
      '2024-02-20T04:00:00.000Z',
    );
    expect(vevent?.getFirstPropertyValue('class')).toBe('PRIVATE');
    expect(vevent?.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('titles a deadline with the case reference, what is due and the agency, Kazakh letters intact', () => {
    const [event] = parse(
      calendarIcs([deadline({ what: 'Тексеру: ә ғ қ ң ө ұ ү һ і, Ә Ғ Қ Ң Ө Ұ Ү Һ І; соңы' })], {
        name: 'c',
        now: NOW,
      }),
    );
    expect(event?.summary).toBe(
      'ҚР-2024/015 · Тексеру: ә ғ қ ң ө ұ ү һ і, Ә Ғ Қ Ң Ө Ұ Ү Һ І; соңы · Полиция',
    );
  });

  it('carries nothing but the fields it knows: extra properties on an item never reach the file', () => {
    const leaky = {
      ...deadline(),
      victimName: 'Айгүл Серікқызы',
      address: 'Сейфуллин көшесі 5',
      narrative: 'Ол ұрып-соқты',
    } as CalendarDeadline;
    const ics = calendarIcs([leaky, { ...meeting(), notes: 'Айгүл' } as CalendarMeeting], {
      name: 'c',
      now: NOW,
    });
    const unfolded = ics.replace(/\r\n /g, '');
    for (const secret of ['Айгүл', 'Сейфуллин', 'ұрып-соқты']) expect(unfolded).not.toContain(secret);
    const vevent = component(ics).getFirstSubcomponent('vevent');
    expect(vevent?.getFirstProperty('description')).toBeNull();
  });

  it('puts a title on one line: line breaks and bidi overrides in a text are removed', () => {
    const [event] = parse(
      calendarIcs([deadline({ what: 'Line one\r\nline two\u2028three', agency: 'Пол\u202eиция' })], {
        name: 'c',
        now: NOW,
      }),
    );
    expect(event?.summary).toBe('ҚР-2024/015 · Line one line two three · Полиция');
  });

  it('writes an empty calendar for no items', () => {
    const ics = calendarIcs([], { name: 'c', now: NOW });
    expect(parse(ics)).toEqual([]);
  });

  it.each<[string, CalendarItem, string]>([
    ['an impossible date', deadline({ date: '2023-02-29' }), 'date'],
    ['an empty reference', deadline({ caseReference: ' \n ' }), 'caseReference'],
    ['an empty agency', deadline({ agency: '' }), 'agency'],
    ['a source id with a line break', deadline({ sourceId: 'abc\r\nX-EVIL:1' }), 'sourceId'],
    ['an occurrence with a space', deadline({ occurrence: '1 2' }), 'occurrence'],
    [
      'a meeting time without offset',
      meeting({ when: { startsAt: '2024-03-12T10:00:00', durationMinutes: 60 } }),
      'when',
    ],
    [
      'a meeting of no minutes',
      meeting({ when: { startsAt: '2024-03-12T10:00:00+05:00', durationMinutes: 0 } }),
      'when',
    ],
    [
      'a meeting of a day and more',
      meeting({ when: { startsAt: '2024-03-12T10:00:00+05:00', durationMinutes: 1441 } }),
      'when',
    ],
    [
      'a meeting of 1.5 minutes',
      meeting({ when: { startsAt: '2024-03-12T10:00:00+05:00', durationMinutes: 1.5 } }),
      'when',
    ],
  ])('refuses %s, naming the field', (_name, item, field) => {
    try {
      calendarIcs([deadline({ sourceId: '0190e3a1-0000-7000-8000-0000000000ff' }), item], {
        name: 'c',
        now: NOW,
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExportInputError);
      expect((e as ExportInputError).row).toBe(1);
      expect((e as ExportInputError).field).toBe(field);
    }
  });

  it('refuses two items that would be the same event', () => {
    expect(() =>
      calendarIcs([deadline(), deadline({ date: '2024-03-01' })], { name: 'c', now: NOW }),
    ).toThrow(/Items 1 and 2 would be the same event/);
  });

  it('refuses an export time without an offset', () => {
    expect(() => calendarIcs([deadline()], { name: 'c', now: '2024-02-20T09:00:00' })).toThrow(
      ExportInputError,
    );
  });
});
