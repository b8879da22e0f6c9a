/**
 * What the sharing dialogs have in common: checking typed text (required, length, no invisible
 * control characters), the words of their date fields, and the draft of the entry each records.
 */
import { useMemo } from 'react';
import type { Instant } from '../../../shared/dates';
import type { EntryKind } from '../../../shared/domain/entryKinds';
import type { EntryDraft, FieldValue } from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import { invisibleChars } from '../../../shared/text';
import type { Actor } from '../../db/audit';
import { useI18n, type Translate } from '../../i18n/i18n';
import type { DateInputLabels } from '../../ui/dates/DateInput';

/** Longest text a sharing dialog takes in one field (a kind's text field in a bundle: 2,000). */
export const MAX_DIALOG_TEXT = 2_000;

/** The problem with a typed text, in words, or null. */
export function textProblem(
  value: string,
  opts: { readonly required?: boolean; readonly max?: number },
  t: Translate,
): string | null {
  const max = opts.max ?? MAX_DIALOG_TEXT;
  if (opts.required && value.trim() === '') return t('form.required');
  if (value.length > max) return t('form.tooLong', { max });
  const invisible = invisibleChars(value)[0];
  return invisible ? t('sharing.err.invisible', { codePoint: invisible.codePoint }) : null;
}

type Twelve<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];
type Seven<T> = readonly [T, T, T, T, T, T, T];

/** Names listed in one message, comma-separated; a missing one shows as ''. */
function twelve(n: readonly string[]): Twelve<string> {
  const at = (i: number) => n[i] ?? '';
  return [at(0), at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8), at(9), at(10), at(11)];
}

function seven(n: readonly string[]): Seven<string> {
  const at = (i: number) => n[i] ?? '';
  return [at(0), at(1), at(2), at(3), at(4), at(5), at(6)];
}

/** The words a DateInput of the sharing dialogs shows, in the app's language. */
export function useDateLabels(): DateInputLabels {
  const { t } = useI18n();
  return useMemo(
    () => ({
      chooseDate: t('sharing.date.choose'),
      previousMonth: t('sharing.date.previous'),
      nextMonth: t('sharing.date.next'),
      placeholders: { day: t('sharing.date.dd'), month: t('sharing.date.mm'), year: t('sharing.date.yyyy') },
      months: twelve(t('sharing.date.months').split(',')),
      weekdays: seven(t('sharing.date.weekdays').split(',')),
    }),
    [t],
  );
}

/** The entry a sharing dialog records: by this person, now, shared, observed. */
export function sharingDraft(
  caseId: string,
  kind: EntryKind,
  actor: Actor,
  fields: Readonly<Record<string, FieldValue>>,
  narrative: string,
  at: Instant,
  correction: EntryDraft['correction'] = null,
): EntryDraft {
  return {
    caseId: caseId as CaseId,
    kind,
    occurredAt: at,
    author: { name: actor.name, agency: actor.agency },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: narrative.trim(),
    fields,
    correction,
  };
}
