/**
 * What an export builder throws when the rows it was given cannot make a correct document: the
 * caller shows the message (or its own, keyed on `field`) and writes no file, so a half-written
 * or wrong export never leaves the machine.
 */
export class ExportInputError extends Error {
  /** Index of the offending row or item in the input (0-based), or -1 for the input as a whole. */
  readonly row: number;
  /** The field or column that is wrong. */
  readonly field: string;

  constructor(message: string, row: number, field: string) {
    super(message);
    this.name = 'ExportInputError';
    this.row = row;
    this.field = field;
  }
}
