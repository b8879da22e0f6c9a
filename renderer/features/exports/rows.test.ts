import { describe, expect, it } from 'vitest';
import type { AgencyId, EntryId, MeetingId, PersonId } from '../../../shared/ids';
import { agencyFieldValue } from '../../../shared/domain/agencyField';
import { caseFacts } from '../../../shared/domain/caseFacts';
import { testEntry } from '../../../shared/domain/testEntries.testkit';
import { resolveTimeline } from '../../../shared/domain/timeline';
import type { DatedItem, Entry, Person } from '../../../shared/domain/types';
import { chronologyCsv } from '../../../shared/exports/chronologyCsv';
import { calendarIcs } from '../../../shared/exports/calendarIcs';
import { formatDate } from '../../../shared/dates';
import { translator } from '../../i18n/i18n';
import { actionRows, calendarDeadlines, calendarMeeting, chronologyLabels, chronologyRows } from './rows';
import { EMPTY_PERSON_DETAILS } from '../../../shared/domain/person';

const t = translator('ru');
const SHANYRAQ = {
  id: '0190e3a1-0000-7000-8000-0000000000a1' as AgencyId,
  kind: 'crisis-centre' as const,
  name: 'Кризисный центр «Шаңырақ»',
};
const fmt = { date: (d: string) => formatDate(d, 'ru') };
const at = (day: string) => `${day}T10:00:00+05:00`;
const HASH = 'a'.repeat(64);
const e = (
  kind: Entry['kind'],
  id: string,
  fields: Entry['fields'] = {},
  over: Partial<Entry> = {},
): Entry => ({
  ...testEntry(kind, fields, { id, at: at('2026-03-01') }),
  hash: HASH,
  ...over,
});
const victim: Person = {
  ...EMPTY_PERSON_DETAILS,
  id: 'p1' as PersonId,
  caseId: 'c' as Person['caseId'],
  role: 'harm-causer',
  name: 'Руслан Омаров',
  birthDate: null,
  phone: '',
  address: '',
  notes: '',
};

describe('chronologyRows', () => {
  const entries: Entry[] = [
    e('note', 'n1', {}, { narrative: "=cmd|' /C calc'!A0" }),
    e('shelter-admission', 's1', { shelter: 'Убежище «Мейірім»', plannedExitOn: '2026-04-01' }),
    e('note', 'secret', {}, { confidentiality: { level: 'internal' }, narrative: 'Внутреннее' }),
    e('detention', 'd1', { personId: 'p1', hours: 24 }),
    e('note', 'wrong', {}, { narrative: 'Ошибка' }),
    e(
      'note',
      'void',
      {},
      { correction: { supersedes: 'wrong' as EntryId, action: 'void', reason: 'не то дело' } },
    ),
  ];
  const resolved = resolveTimeline(entries);

  it('gives one row per item the audience may read, voided ones marked, sensitive fields left out', () => {
    const rows = chronologyRows(resolved, [victim], { kind: 'meeting' }, t, fmt, () => '—');
    // In timeline order: the same time, then by id.
    expect(rows.map((r) => [r.entryId, r.kind, r.voided])).toEqual([
      ['d1', 'Задержание', false],
      ['n1', 'Заметка', false],
      ['s1', 'Размещение в убежище', false],
      ['wrong', 'Заметка', true],
    ]);
    expect(rows[2]!.fields).toEqual([{ label: 'Плановая дата выбытия', value: '01.04.2026' }]);
    expect(rows[0]!.fields.map((f) => f.value)).toContain('Руслан Омаров');
    const own = chronologyRows(resolved, [victim], { kind: 'own' }, t, fmt, () => '—');
    expect(own.map((r) => r.entryId)).toContain('secret');
  });

  it('writes the formula narrative as inert text', () => {
    const csv = chronologyCsv(
      chronologyRows(resolved, [], { kind: 'own' }, t, fmt, () => '—'),
      chronologyLabels(t),
    );
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
  });
});

describe('calendar items', () => {
  const items: DatedItem[] = [
    {
      date: '2026-03-20',
      kind: 'measure-expires',
      label: 'protective-order',
      sourceEntryId: '0190e3a1-0000-7000-8000-00000000000a',
    },
    {
      date: '2026-03-09',
      kind: 'check-in-due',
      label: 'special-requirements',
      sourceEntryId: '0190e3a1-0000-7000-8000-00000000000b',
    },
    {
      date: '2026-04-09',
      kind: 'check-in-due',
      label: 'special-requirements',
      sourceEntryId: '0190e3a1-0000-7000-8000-00000000000b',
    },
    {
      date: '2026-03-15',
      kind: 'action-due',
      label: 'crisis-centre',
      sourceEntryId: '0190e3a1-0000-7000-8000-00000000000c',
    },
    {
      date: '2026-03-15',
      kind: 'something-new',
      label: '',
      sourceEntryId: '0190e3a1-0000-7000-8000-00000000000d',
    },
    { date: '2026-03-15', kind: 'hearing', label: '', sourceEntryId: 'not an id' },
  ];

  it('say what is due and who is responsible; check-ins of one schedule stay apart; unknown kinds are left out', () => {
    const d = calendarDeadlines({ reference: 'POL-1', ownerAgency: 'УП Алмалинского района' }, items, t);
    expect(d.map((x) => [x.kind, x.occurrence, x.what, x.agency])).toEqual([
      ['measure-expires', '', 'Истекает мера · Защитное предписание', 'УП Алмалинского района'],
      [
        'check-in-due',
        '20260309',
        'Явка на профилактическую беседу · Особые требования к поведению',
        'УП Алмалинского района',
      ],
      [
        'check-in-due',
        '20260409',
        'Явка на профилактическую беседу · Особые требования к поведению',
        'УП Алмалинского района',
      ],
      ['action-due', '', 'Срок мероприятия', 'Кризисный центр'],
    ]);
    const meeting = calendarMeeting(
      {
        id: '0190e3a1-0000-7000-8000-0000000000ff' as MeetingId,
        heldOn: '2026-03-12',
        startsAt: '',
        place: 'Акимат',
      },
      'УП',
      at('2026-03-12'),
      t,
    );
    expect(() => calendarIcs([...d, meeting], { name: 'x', now: at('2026-03-01') })).not.toThrow();
  });

  it('name an action’s owner agency when its entry names it', () => {
    const d = calendarDeadlines({ reference: 'POL-1', ownerAgency: 'УП' }, items, t, (id) =>
      id === '0190e3a1-0000-7000-8000-00000000000c' ? SHANYRAQ : null,
    );
    expect(d.find((x) => x.kind === 'action-due')?.agency).toBe('Кризисный центр «Шаңырақ»');
  });
});

describe('actionRows', () => {
  it('name the owner agency as the entry names it, and an older entry’s by its kind', () => {
    const named = e('action-assigned', 'a', {
      action: 'Разместить',
      ownerAgency: 'crisis-centre',
      ownerAgencyRef: agencyFieldValue(SHANYRAQ),
      dueOn: '2026-03-20',
    });
    const older = e('action-assigned', 'b', {
      action: 'Посетить',
      ownerAgency: 'crisis-centre',
      dueOn: '2026-03-21',
    });
    const facts = caseFacts(
      [
        { originalId: 'a', entry: named },
        { originalId: 'b', entry: older },
      ],
      { today: '2026-03-10', now: at('2026-03-10'), soonDays: 7 },
    );
    const rows = actionRows({ reference: 'R', status: 'open' }, facts.actions, '2026-03-10', t, () => null);
    expect(rows.map((r) => r.ownerAgency)).toEqual(['Кризисный центр «Шаңырақ»', 'Кризисный центр']);
  });

  it('never marks an action on a closed case overdue', () => {
    const a = e('action-assigned', 'a', {
      action: 'Проверить',
      ownerAgency: 'police',
      dueOn: '2026-03-02',
      ownerPerson: 'Нурланов',
    });
    const facts = caseFacts([{ originalId: 'a', entry: a }], {
      today: '2026-03-10',
      now: at('2026-03-10'),
      soonDays: 7,
    });
    const open = actionRows({ reference: 'R', status: 'open' }, facts.actions, '2026-03-10', t, () => null);
    expect(open[0]).toMatchObject({ status: 'overdue', ownerAgency: 'Полиция', ownerPerson: 'Нурланов' });
    const closed = actionRows(
      { reference: 'R', status: 'closed' },
      facts.actions,
      '2026-03-10',
      t,
      () => null,
    );
    expect(closed[0]!.status).toBe('open');
  });
});
