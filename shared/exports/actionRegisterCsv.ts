/**
 * The action register as CSV: every agreed action with its owner, due date and status, so each
 * agency can track its own in a spreadsheet. The caller works out the status (one home for case
 * facts: a closed case's action is never "overdue"), redacts and translates; this module owns
 * the columns, their order, the date forms and the escaping.
 */
import { isCalendarDate, type CalendarDate } from '../dates';
import { excelCsv, type CsvCell } from './csv';
import { ExportInputError } from './errors';
import { localDate } from './localFormat';

export const ACTION_REGISTER_COLUMNS = [
  'caseReference',
  'action',
  'ownerAgency',
  'ownerPerson',
  'dueOn',
  'dueLocal',
  'status',
  'meeting',
] as const;
export type ActionRegisterColumn = (typeof ACTION_REGISTER_COLUMNS)[number];

export const ACTION_REGISTER_STATUSES = ['open', 'done', 'not-possible', 'overdue'] as const;
export type ActionRegisterStatus = (typeof ACTION_REGISTER_STATUSES)[number];

/** One action, redacted for the audience and translated. */
export type ActionRegisterRow = {
  readonly caseReference: string;
  /** What is to be done, as agreed. */
  readonly action: string;
  readonly ownerAgency: string;
  /** The named person responsible, '' when none was named. */
  readonly ownerPerson: string;
  /** null for an action agreed without a date (both date columns stay empty). */
  readonly dueOn: CalendarDate | null;
  readonly status: ActionRegisterStatus;
  /** The meeting that agreed it, or null for an action assigned outside a meeting. */
  readonly meeting: { readonly heldOn: CalendarDate; readonly label: string } | null;
};

export type ActionRegisterLabels = {
  readonly columns: Readonly<Record<ActionRegisterColumn, string>>;
  readonly status: Readonly<Record<ActionRegisterStatus, string>>;
};

/**
 * The action register CSV (UTF-8 with BOM, CRLF), rows in the order given. The due date is
 * written as 'yyyy-MM-dd' and as 'dd.mm.yyyy'; the meeting as 'dd.mm.yyyy' followed by its
 * label. Throws ExportInputError for a row whose dates are not real calendar dates.
 */
export function actionRegisterCsv(rows: readonly ActionRegisterRow[], labels: ActionRegisterLabels): string {
  const header = ACTION_REGISTER_COLUMNS.map((column) => labels.columns[column]);
  return excelCsv(
    header,
    rows.map((row, index) => actionCells(row, index, labels)),
  );
}

function actionCells(row: ActionRegisterRow, index: number, labels: ActionRegisterLabels): CsvCell[] {
  if (row.dueOn !== null && !isCalendarDate(row.dueOn)) {
    throw new ExportInputError(
      `Action ${index + 1} of case ${row.caseReference}: due date '${String(row.dueOn)}' is not a real date.`,
      index,
      'dueOn',
    );
  }
  if (row.meeting !== null && !isCalendarDate(row.meeting.heldOn)) {
    throw new ExportInputError(
      `Action ${index + 1} of case ${row.caseReference}: meeting date '${String(row.meeting.heldOn)}' is not a real date.`,
      index,
      'meeting',
    );
  }
  const meeting =
    row.meeting === null
      ? ''
      : [localDate(row.meeting.heldOn), row.meeting.label.trim()].filter((part) => part !== '').join(' ');
  const cells: Record<ActionRegisterColumn, CsvCell> = {
    caseReference: row.caseReference,
    action: row.action,
    ownerAgency: row.ownerAgency,
    ownerPerson: row.ownerPerson,
    dueOn: row.dueOn ?? '',
    dueLocal: row.dueOn === null ? '' : localDate(row.dueOn),
    status: labels.status[row.status],
    meeting,
  };
  return ACTION_REGISTER_COLUMNS.map((column) => cells[column]);
}
