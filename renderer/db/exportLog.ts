/**
 * Every document that leaves the case — printed, saved as PDF, exported as CSV or ICS — is
 * written to the audit log: who, what, for which audience, in which language, to which file,
 * when, and for each case it holds (DESIGN.md §5). The detail names no person and quotes no case
 * text: kinds, an agency's name, a file name.
 */
import type { Instant, Language } from '../../shared/dates';
import type { Audience } from '../../shared/domain/audience';
import type { ExportKind } from '../../shared/ipc';
import { appendAudit, auditRow, type Actor } from './audit';

export type ExportRecord = {
  readonly what: ExportKind;
  readonly format: 'pdf' | 'printer' | 'csv' | 'ics';
  readonly audience: Audience;
  readonly language: Language;
  /** The file's name (not its folder); null when printed. */
  readonly file: string | null;
  /** The meeting the document is of, if any. */
  readonly meetingId?: string;
};

/** The audit detail of an export, e.g. 'what=meeting-pack; format=pdf; audience=agency:…; language=kk; file=…'. */
export function exportDetail(r: ExportRecord): string {
  const audience = r.audience.kind === 'agency' ? `agency:${r.audience.agency.name}` : r.audience.kind;
  const parts = [`what=${r.what}`, `format=${r.format}`, `audience=${audience}`, `language=${r.language}`];
  if (r.file !== null) parts.push(`file=${r.file.replace(/^.*[\\/]/, '')}`);
  if (r.meetingId) parts.push(`meeting=${r.meetingId}`);
  return parts.join('; ');
}

/**
 * Writes the audit rows of one export: one per case it holds (so each case's log shows its data
 * left), or one without a case. The case summary keeps its own action name, 'case-printed'.
 */
export async function recordExport(
  caseIds: readonly string[],
  record: ExportRecord,
  at: Instant,
  actor: Actor,
): Promise<void> {
  const action = record.what === 'case-summary' ? 'case-printed' : 'export';
  const detail = exportDetail(record);
  await appendAudit(
    (caseIds.length === 0 ? [null] : caseIds).map((id) => auditRow(actor, at, action, id, detail)),
  );
}
