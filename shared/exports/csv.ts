/**
 * CSV that Excel opens as it should: UTF-8 with a byte-order mark (without it Excel reads
 * Cyrillic as Windows-1251 mojibake), CRLF between rows, quoting by papaparse, and no cell a
 * spreadsheet could run as a formula (CSV injection, "exports that allow CSV formula injection"
 * in DOMAIN.md).
 */
import Papa from 'papaparse';
import { ExportInputError } from './errors';

/** The byte-order mark Excel needs to read the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell that starts with one of these is prefixed with an apostrophe and quoted, so that a
 * spreadsheet shows it as text. The list is OWASP's: `=`, `+`, `-`, `@`, tab and carriage
 * return. papaparse's own default (`/^[=+\-@\t\r].*$/`) only matches single-line text, because
 * `.` stops at a line break and `$` needs the end of the text: `=1+1` followed by a new line
 * and more text would go out unescaped. Narratives have line breaks, so the pattern here looks
 * at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. Text is the normal case. A number is written as a number and never escaped: it is
 * finite (checked), so its text is digits with at most a sign, a point and an exponent, which
 * a spreadsheet reads as a value, never as a formula; `-2` stays the number −2. Text that
 * looks like a negative number ('-2') is escaped like any other text starting with `-`, because
 * text is whatever a user typed, and '-2+3' is a formula.
 */
export type CsvCell = string | number;

/**
 * A whole CSV document for Excel: BOM, a header row, then one line per row, CRLF line ends.
 * Line breaks inside a cell are kept (the cell is quoted). Throws ExportInputError when a row
 * has a different number of cells than the header or holds a number that is not finite.
 */
export function excelCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  rows.forEach((row, index) => {
    if (row.length !== header.length) {
      throw new ExportInputError(
        `Row ${index + 1} has ${row.length} cells; the header has ${header.length}.`,
        index,
        'cells',
      );
    }
    row.forEach((cell, column) => {
      if (typeof cell === 'number' && !Number.isFinite(cell)) {
        throw new ExportInputError(
          `Row ${index + 1}, column ${column + 1} holds ${String(cell)}, which is not a number a spreadsheet can hold.`,
          index,
          header[column] ?? String(column),
        );
      }
    });
  });
  // The header goes in as the first row of an array of arrays: papaparse's { fields, data }
  // form turns an empty `data` into one empty row.
  const body = Papa.unparse([[...header], ...rows.map((row) => [...row])], {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  // A trailing CRLF ends the last record as RFC 4180 allows; Excel and papaparse both accept it,
  // and it keeps the file well formed when someone appends to it.
  return `${UTF8_BOM}${body}\r\n`;
}
