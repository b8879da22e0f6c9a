import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { excelCsv, UTF8_BOM } from './csv';
import { ExportInputError } from './errors';

/** Parses a document as Excel would after the BOM, with the trailing CRLF removed. */
function parseBack(csv: string): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  const parsed = Papa.parse<string[]>(csv.slice(UTF8_BOM.length, -2), { newline: '\r\n', delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('excelCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = excelCsv(
      ['a', 'b'],
      [
        ['1', '2'],
        ['3', '4'],
      ],
    );
    expect(csv).toBe(`${UTF8_BOM}a,b\r\n1,2\r\n3,4\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['-2', "'-2"],
    // papaparse's default pattern misses these: its `.*$` stops at the first line break.
    ['=HYPERLINK("http://x")\nsecond line', '\'=HYPERLINK("http://x")\nsecond line'],
    ['+1\r\n+2', "'+1\r\n+2"],
  ])('makes %j inert: it reads back as text starting with an apostrophe', (dangerous, inert) => {
    const csv = excelCsv(['narrative'], [[dangerous]]);
    const [, row] = parseBack(csv);
    expect(row).toEqual([inert]);
    // Quoted, so the apostrophe is part of the cell and not taken for a cell-level prefix.
    expect(csv).toContain(`"'`);
  });

  it('escapes a header label that starts like a formula', () => {
    const [header] = parseBack(excelCsv(['=label', 'ok'], []));
    expect(header).toEqual(["'=label", 'ok']);
  });

  it('round-trips ordinary text, Cyrillic and Kazakh letters, quotes, commas and line breaks exactly', () => {
    const texts = [
      'Ordinary text',
      'Заявление принято; выезд на место',
      'Әйелге қауіп төнді: ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І',
      'He said "leave", then left',
      'a, b, c',
      'line one\nline two\r\nline three',
      ' leading and trailing spaces ',
      'a = b + c - d @ e',
      '2024-02-29',
      '',
      '"',
      "'already quoted'",
    ];
    const [header, ...rows] = parseBack(
      excelCsv(
        ['text'],
        texts.map((t) => [t]),
      ),
    );
    expect(header).toEqual(['text']);
    expect(rows.map((r) => r[0])).toEqual(texts);
  });

  it('writes numbers as numbers, negative ones included, never escaped', () => {
    const csv = excelCsv(['n', 'm', 'k'], [[-2, 3.5, 0]]);
    expect(csv).toBe(`${UTF8_BOM}n,m,k\r\n-2,3.5,0\r\n`);
  });

  it('refuses a number that is not finite, naming the row and column', () => {
    expect(() => excelCsv(['n'], [[1], [Number.NaN]])).toThrow(ExportInputError);
    expect(() => excelCsv(['n'], [[Number.POSITIVE_INFINITY]])).toThrow(/Row 1, column 1/);
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => excelCsv(['a', 'b'], [['1']])).toThrow(/Row 1 has 1 cells; the header has 2/);
  });

  it('writes only the header for no rows', () => {
    expect(excelCsv(['a', 'b'], [])).toBe(`${UTF8_BOM}a,b\r\n`);
  });
});
