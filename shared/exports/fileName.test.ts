import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_FILE_BYTES, safePart } from './fileName';

describe('exportFileName', () => {
  it('keeps Cyrillic and Kazakh letters, the reference and the date', () => {
    expect(exportFileName(['POL-2026-0042', 'сводка'], '2026-03-12', 'pdf')).toBe(
      'POL-2026-0042_сводка_2026-03-12.pdf',
    );
    expect(exportFileName(['жиналыс', 'Қорғау ұйымы'], '2026-03-12', 'PDF')).toBe(
      'жиналыс_Қорғау-ұйымы_2026-03-12.pdf',
    );
  });

  it('turns separators, quotes, dots and control characters into one dash', () => {
    expect(safePart('../../etc/passwd')).toBe('etc-passwd');
    expect(safePart('Кризисный центр «Шаңырақ»')).toBe('Кризисный-центр-Шаңырақ');
    expect(safePart('a:b*c?"d<e>f|g\u0000h\u202Ei')).toBe('a-b-c-d-e-f-g-h-i');
    expect(exportFileName(['.hidden', ''], '2026-01-01', 'csv')).toBe('hidden_2026-01-01.csv');
  });

  it('never gives an empty or reserved name', () => {
    expect(exportFileName(['///'], '2026-01-01', 'ics')).toBe('caseline_2026-01-01.ics');
    expect(exportFileName(['CON'], '2026-01-01', 'csv')).toBe('caseline_CON_2026-01-01.csv');
    expect(exportFileName(['a'], '2026-01-01', '')).toBe('a_2026-01-01.txt');
  });

  it('cuts a long name in its parts, keeping the date and extension', () => {
    const name = exportFileName(['ПОЛ'.repeat(60), 'x'], '2026-01-01', 'pdf');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(new TextEncoder().encode(name).length).toBeGreaterThan(MAX_FILE_BYTES - 2);
    expect(name.endsWith('_2026-01-01.pdf')).toBe(true);
    expect(exportFileName(['😀'.repeat(200)], '2026-01-01', 'pdf')).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/,
    );
  });
});
