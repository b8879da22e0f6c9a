import { useCallback } from 'react';
import { isAgencyKind } from '../../shared/domain/agencies';
import { MEASURE_TYPES } from '../../shared/domain/entryKinds';
import type { Entry } from '../../shared/domain/types';
import { useI18n } from '../i18n/i18n';
import { isOneOf } from '../ui/entry/labels';
import { useFormat } from '../ui/format';
import { refLabelOf } from './caseModel';

/**
 * How an entry that another one refers to is named (an order, an action, a referral), looked up
 * in `byOriginal` only: a printed summary passes its redacted entries, so a reference to an
 * entry its audience may not read prints '—' rather than what that entry says.
 */
export function useRefLabel(byOriginal: ReadonlyMap<string, Entry> | undefined): (id: string) => string {
  const { t } = useI18n();
  const fmt = useFormat();
  const detail = useCallback(
    (e: Entry) => {
      const v = e.fields.measure ?? e.fields.action ?? e.fields.toAgency ?? '';
      if (typeof v !== 'string' || v === '') return '';
      if (isAgencyKind(v)) return t(`agencyKind.${v}`);
      if (e.kind === 'action-assigned') return v;
      // A stored measure outside the known ones is named as stored, never as a missing message.
      return isOneOf(MEASURE_TYPES, v) ? t(`option.${v}`) : v;
    },
    [t],
  );
  return useCallback(
    (id: string) => refLabelOf(byOriginal?.get(id), (k) => t(`kind.${k}`), detail, fmt.date),
    [byOriginal, t, detail, fmt.date],
  );
}
