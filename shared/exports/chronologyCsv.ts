/**
 * The chronology of a case as CSV: one row per current entry, for a spreadsheet or another
 * agency's system. The caller has already chosen the entries (current versions only), redacted
 * them for the audience and translated every label; this module owns the columns, their order,
 * the date forms and the escaping.
 */
import { isInstant, type Instant } from '../dates';
import type { EntryId } from '../ids';
import type { BasisKind, ConfidentialityLevel } from '../domain/types';
import { excelCsv, type CsvCell } from './csv';
import { ExportInputError } from './errors';
import { localDateTime } from './localFormat';

/** The columns, in the order they are written. */
export const CHRONOLOGY_COLUMNS = [
  'occurredAt',
  'occurredLocal',
  'kind',
  'agency',
  'author',
  'confidentiality',
  'basis',
  'narrative',
  'fields',
  'corrected',
  'voided',
  'entryId',
  'hash',
] as const;
export type ChronologyColumn = (typeof CHRONOLOGY_COLUMNS)[number];

/** One kind-specific field as a reader sees it, e.g. { label: 'Injuries', value: 'Yes' }. */
export type ChronologyField = { readonly label: string; readonly value: string };

/** One current entry, redacted for the audience and translated. */
export type ChronologyRow = {
  readonly entryId: EntryId;
  /** When it happened, with the offset it was recorded in. */
  readonly occurredAt: Instant;
  /** The entry kind's name in the export language. */
  readonly kind: string;
  /** The authoring agency's name. */
  readonly agency: string;
  readonly author: string;
  readonly confidentiality: ConfidentialityLevel;
  readonly basis: BasisKind;
  /** Who reported it, for a 'reported' basis; '' otherwise or when not known. */
  readonly reportedBy: string;
  readonly narrative: string;
  /** The kind's fields, in display order, with values already written as text. */
  readonly fields: readonly ChronologyField[];
  /** This version corrects an earlier one. */
  readonly corrected: boolean;
  /** The entry was withdrawn as entered in error (it stays on the record). */
  readonly voided: boolean;
  /** The entry's content hash (SHA-256, hex), so a reader can check it against a bundle. */
  readonly hash: string;
};

/** Every text the document needs in the export language. */
export type ChronologyLabels = {
  readonly columns: Readonly<Record<ChronologyColumn, string>>;
  readonly confidentiality: Readonly<Record<ConfidentialityLevel, string>>;
  readonly basis: Readonly<Record<BasisKind, string>>;
  readonly yes: string;
  readonly no: string;
};

const HASH_RE = /^[0-9a-f]{64}$/;

/**
 * The chronology CSV (UTF-8 with BOM, CRLF), rows in the order given. `occurredAt` is written
 * twice: as stored (ISO 8601 with its offset, for machines) and as 'dd.mm.yyyy HH:mm' in that
 * same offset (for people and Excel). Fields are one 'label: value' line each within the cell.
 * Throws ExportInputError for a row whose instant or hash is malformed.
 */
export function chronologyCsv(rows: readonly ChronologyRow[], labels: ChronologyLabels): string {
  const header = CHRONOLOGY_COLUMNS.map((column) => labels.columns[column]);
  return excelCsv(
    header,
    rows.map((row, index) => chronologyCells(row, index, labels)),
  );
}

function chronologyCells(row: ChronologyRow, index: number, labels: ChronologyLabels): CsvCell[] {
  if (!isInstant(row.occurredAt)) {
    throw new ExportInputError(
      `Entry ${row.entryId}: '${String(row.occurredAt)}' is not a date and time with an offset.`,
      index,
      'occurredAt',
    );
  }
  if (!HASH_RE.test(row.hash)) {
    throw new ExportInputError(
      `Entry ${row.entryId}: the content hash is missing or malformed.`,
      index,
      'hash',
    );
  }
  const basis =
    row.basis === 'reported' && row.reportedBy.trim() !== ''
      ? `${labels.basis.reported} (${row.reportedBy.trim()})`
      : labels.basis[row.basis];
  const cells: Record<ChronologyColumn, CsvCell> = {
    occurredAt: row.occurredAt,
    occurredLocal: localDateTime(row.occurredAt),
    kind: row.kind,
    agency: row.agency,
    author: row.author,
    confidentiality: labels.confidentiality[row.confidentiality],
    basis,
    narrative: row.narrative,
    fields: row.fields.map((f) => `${f.label}: ${f.value}`).join('\n'),
    corrected: row.corrected ? labels.yes : labels.no,
    voided: row.voided ? labels.yes : labels.no,
    entryId: row.entryId,
    hash: row.hash,
  };
  return CHRONOLOGY_COLUMNS.map((column) => cells[column]);
}
