import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  ACTION_REGISTER_COLUMNS,
  actionRegisterCsv,
  type ActionRegisterLabels,
  type ActionRegisterRow,
} from './actionRegisterCsv';
import { UTF8_BOM } from './csv';
import { ExportInputError } from './errors';

const LABELS: ActionRegisterLabels = {
  columns: {
    caseReference: 'Іс',
    action: 'Әрекет',
    ownerAgency: 'Жауапты ұйым',
    ownerPerson: 'Жауапты адам',
    dueOn: 'Мерзімі (ISO)',
    dueLocal: 'Мерзімі',
    status: 'Күйі',
    meeting: 'Кеңес',
  },
  status: { open: 'Ашық', done: 'Орындалды', 'not-possible': 'Мүмкін емес', overdue: 'Мерзімі өтті' },
};

function action(over: Partial<ActionRegisterRow> = {}): ActionRegisterRow {
  return {
    caseReference: 'ҚР-2024/015',
    action: 'Баспана туралы мәселені шешу',
    ownerAgency: 'Әлеуметтік қорғау бөлімі',
    ownerPerson: 'Нұрлан Ғ.',
    dueOn: '2024-02-29',
    status: 'open',
    meeting: { heldOn: '2024-02-14', label: 'Алматы әкімдігі' },
    ...over,
  };
}

function parse(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length, -2), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('actionRegisterCsv', () => {
  it('writes each action under the fixed columns: reference, action, owners, due date twice, status, meeting', () => {
    const [header, first] = parse(actionRegisterCsv([action()], LABELS));
    expect(header).toEqual(ACTION_REGISTER_COLUMNS.map((c) => LABELS.columns[c]));
    expect(first).toEqual([
      'ҚР-2024/015',
      'Баспана туралы мәселені шешу',
      'Әлеуметтік қорғау бөлімі',
      'Нұрлан Ғ.',
      '2024-02-29',
      '29.02.2024',
      'Ашық',
      '14.02.2024 Алматы әкімдігі',
    ]);
  });

  it('writes every status in the export language', () => {
    const rows = (['open', 'done', 'not-possible', 'overdue'] as const).map((status) => action({ status }));
    const [, ...out] = parse(actionRegisterCsv(rows, LABELS));
    expect(out.map((r) => r[6])).toEqual(['Ашық', 'Орындалды', 'Мүмкін емес', 'Мерзімі өтті']);
  });

  it('leaves the date, person and meeting cells empty when there are none', () => {
    const [, out] = parse(
      actionRegisterCsv([action({ dueOn: null, ownerPerson: '', meeting: null })], LABELS),
    );
    expect(out?.slice(3, 6)).toEqual(['', '', '']);
    expect(out?.[7]).toBe('');
  });

  it('writes a meeting without a label as its date alone', () => {
    const [, out] = parse(
      actionRegisterCsv([action({ meeting: { heldOn: '2024-03-01', label: ' ' } })], LABELS),
    );
    expect(out?.[7]).toBe('01.03.2024');
  });

  it('makes an action text that starts like a formula inert', () => {
    const [, out] = parse(actionRegisterCsv([action({ action: '@SUM(1)', ownerPerson: '-2+3' })], LABELS));
    expect(out?.[1]).toBe("'@SUM(1)");
    expect(out?.[3]).toBe("'-2+3");
  });

  it('refuses a due date or meeting date that is not a real date, naming the field', () => {
    expect(() => actionRegisterCsv([action({ dueOn: '2023-02-29' })], LABELS)).toThrow(/not a real date/);
    try {
      actionRegisterCsv([action(), action({ meeting: { heldOn: '14.02.2024', label: '' } })], LABELS);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExportInputError);
      expect((e as ExportInputError).row).toBe(1);
      expect((e as ExportInputError).field).toBe('meeting');
    }
  });
});
