import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { EntryId } from '../ids';
import {
  CHRONOLOGY_COLUMNS,
  chronologyCsv,
  type ChronologyLabels,
  type ChronologyRow,
} from './chronologyCsv';
import { UTF8_BOM } from './csv';
import { ExportInputError } from './errors';

const LABELS: ChronologyLabels = {
  columns: {
    occurredAt: 'Когда (ISO)',
    occurredLocal: 'Когда',
    kind: 'Вид записи',
    agency: 'Ведомство',
    author: 'Автор',
    confidentiality: 'Доступ',
    basis: 'Основание',
    narrative: 'Описание',
    fields: 'Поля',
    corrected: 'Исправлено',
    voided: 'Аннулировано',
    entryId: 'ID записи',
    hash: 'Хеш',
  },
  confidentiality: { shared: 'Всем партнёрам', restricted: 'Выбранным ведомствам', internal: 'Только своим' },
  basis: { observed: 'Наблюдал сам', reported: 'Со слов', opinion: 'Мнение специалиста' },
  yes: 'да',
  no: 'нет',
};

const HASH = 'a'.repeat(64);

function row(over: Partial<ChronologyRow> = {}): ChronologyRow {
  return {
    entryId: '0190e3a1-0000-7000-8000-000000000001' as EntryId,
    occurredAt: '2024-02-28T23:30:00+06:00',
    kind: 'Выезд полиции',
    agency: 'ОП Алмалинского района',
    author: 'Сейтқали Ә.',
    confidentiality: 'shared',
    basis: 'observed',
    reportedBy: '',
    narrative: 'Выехали по вызову соседей.',
    fields: [],
    corrected: false,
    voided: false,
    hash: HASH,
    ...over,
  };
}

function parse(csv: string): Record<string, string>[] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(UTF8_BOM.length, -2), {
    header: true,
    newline: '\r\n',
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('chronologyCsv', () => {
  it('writes the columns in their fixed order with the caller’s labels', () => {
    const csv = chronologyCsv([], LABELS);
    expect(csv).toBe(`${UTF8_BOM}${CHRONOLOGY_COLUMNS.map((c) => LABELS.columns[c]).join(',')}\r\n`);
  });

  it('writes the instant as stored and as dd.mm.yyyy HH:mm in its own offset (the time typed)', () => {
    // 23:30 at UTC+6 on 28 February 2024 is 29 February in today's UTC+5; the record keeps the 28th.
    const [out] = parse(chronologyCsv([row()], LABELS));
    expect(out?.['Когда (ISO)']).toBe('2024-02-28T23:30:00+06:00');
    expect(out?.['Когда']).toBe('28.02.2024 23:30');
  });

  it('writes an instant after the 1 March 2024 switch in its UTC+5 offset', () => {
    const [out] = parse(chronologyCsv([row({ occurredAt: '2024-03-01T00:15:00+05:00' })], LABELS));
    expect(out?.['Когда']).toBe('01.03.2024 00:15');
  });

  it('translates confidentiality, basis and flags, and names who reported', () => {
    const rows = [
      row({ confidentiality: 'restricted', basis: 'reported', reportedBy: 'соседка', corrected: true }),
      row({ confidentiality: 'internal', basis: 'opinion', voided: true }),
      row({ basis: 'reported', reportedBy: '  ' }),
    ];
    const out = parse(chronologyCsv(rows, LABELS));
    expect(out.map((r) => [r['Доступ'], r['Основание'], r['Исправлено'], r['Аннулировано']])).toEqual([
      ['Выбранным ведомствам', 'Со слов (соседка)', 'да', 'нет'],
      ['Только своим', 'Мнение специалиста', 'нет', 'да'],
      ['Всем партнёрам', 'Со слов', 'нет', 'нет'],
    ]);
  });

  it('writes the kind’s fields one "label: value" line each, and keeps rows in the given order', () => {
    const rows = [
      row({
        fields: [
          { label: 'Травмы', value: 'да' },
          { label: 'Дети присутствовали', value: 'нет' },
        ],
      }),
      row({ entryId: '0190e3a1-0000-7000-8000-000000000002' as EntryId, fields: [] }),
    ];
    const out = parse(chronologyCsv(rows, LABELS));
    expect(out[0]?.['Поля']).toBe('Травмы: да\nДети присутствовали: нет');
    expect(out.map((r) => r['ID записи'])).toEqual([
      '0190e3a1-0000-7000-8000-000000000001',
      '0190e3a1-0000-7000-8000-000000000002',
    ]);
    expect(out[1]?.['Хеш']).toBe(HASH);
  });

  it('keeps Kazakh text and makes a formula in a narrative inert', () => {
    const out = parse(
      chronologyCsv(
        [row({ narrative: "=cmd|' /C calc'!A0", author: 'Әлия Құрманғазықызы', kind: 'Полицияның шығуы' })],
        LABELS,
      ),
    );
    expect(out[0]?.['Описание']).toBe("'=cmd|' /C calc'!A0");
    expect(out[0]?.['Автор']).toBe('Әлия Құрманғазықызы');
    expect(out[0]?.['Вид записи']).toBe('Полицияның шығуы');
  });

  it('refuses a row whose instant has no offset or is not a real time, naming the row', () => {
    expect(() => chronologyCsv([row(), row({ occurredAt: '2024-02-28T23:30:00' })], LABELS)).toThrow(
      ExportInputError,
    );
    try {
      chronologyCsv([row(), row({ occurredAt: '2023-02-29T10:00:00+06:00' })], LABELS);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ExportInputError);
      expect((e as ExportInputError).row).toBe(1);
      expect((e as ExportInputError).field).toBe('occurredAt');
    }
  });

  it('refuses a row without a well-formed content hash', () => {
    expect(() => chronologyCsv([row({ hash: '' })], LABELS)).toThrow(/content hash/);
    expect(() => chronologyCsv([row({ hash: 'A'.repeat(64) })], LABELS)).toThrow(ExportInputError);
  });
});
