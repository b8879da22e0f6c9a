import type { Language } from '../../../shared/dates';
import type { Audience } from '../../../shared/domain/audience';
import { ExportInputError } from '../../../shared/exports/errors';
import type { ExportKind } from '../../../shared/ipc';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import { recordExport } from '../../db/exportLog';
import { invoke } from '../../host';
import type { Translate } from '../../i18n/i18n';

/** A text file to save: what it is, for whom, and the content already built. */
export type TextExport = {
  readonly kind: ExportKind;
  readonly format: 'csv' | 'ics';
  /** The save dialog's title. */
  readonly title: string;
  readonly fileName: string;
  /** Builds the content; may throw ExportInputError (nothing is written then). */
  readonly build: () => string;
  /** The cases whose data it holds (one audit row each). */
  readonly caseIds: readonly string[];
  readonly audience: Audience;
  readonly language: Language;
  readonly meetingId?: string;
};

/** What the user is told afterwards; null when the save dialog was cancelled. */
export type ExportNotice = { readonly ok: boolean; readonly text: string } | null;

const FILTERS = {
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  ics: [{ name: 'iCalendar', extensions: ['ics'] }],
} as const;

/**
 * Builds the file, asks the host where to save it (the folder of the last file of its kind) and
 * writes the audit rows once it is written. A builder's refusal writes nothing and says why.
 */
export async function saveTextExport(x: TextExport, actor: Actor, t: Translate): Promise<ExportNotice> {
  let content: string;
  try {
    content = x.build();
  } catch (e) {
    if (e instanceof ExportInputError) return { ok: false, text: t('export.failed', { reason: e.message }) };
    throw e;
  }
  const r = await invoke('file-save', {
    kind: x.kind,
    title: x.title,
    suggestedName: x.fileName,
    filters: FILTERS[x.format],
    content,
    encoding: 'utf8',
  });
  if (!r.ok) return { ok: false, text: t('export.failed', { reason: t(`error.${r.error.code}`) }) };
  if (r.value === null) return null;
  await recordExport(
    x.caseIds,
    {
      what: x.kind,
      format: x.format,
      audience: x.audience,
      language: x.language,
      file: r.value.path,
      ...(x.meetingId ? { meetingId: x.meetingId } : {}),
    },
    now().instant,
    actor,
  );
  return { ok: true, text: t('export.saved', { path: r.value.path }) };
}
