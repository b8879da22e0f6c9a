import { formatDate, type Language } from '../../../shared/dates';
import { isAgencyKind } from '../../../shared/domain/agencies';
import type { Entry } from '../../../shared/domain/types';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n';
import { refLabelOf } from '../../model/caseModel';

/**
 * How an entry another refers to is named in a file in `lang` (an order, an action, a referral),
 * looked up among `byOriginal` only: an export passes what its audience may read, so a reference
 * to a withheld entry reads '—'. The same naming as the screens' (model/useRefLabel.ts).
 */
export function refLabelsIn(
  byOriginal: ReadonlyMap<string, Entry>,
  t: Translate,
  lang: Language,
): (id: string) => string {
  const detail = (e: Entry) => {
    const v = e.fields.measure ?? e.fields.action ?? e.fields.toAgency ?? '';
    if (typeof v !== 'string' || v === '') return '';
    if (isAgencyKind(v)) return t(`agencyKind.${v}`);
    return e.kind === 'action-assigned' ? v : t(`option.${v}` as MessageKey);
  };
  return (id) =>
    refLabelOf(
      byOriginal.get(id),
      (k) => t(`kind.${k}`),
      detail,
      (d) => formatDate(d, lang),
    );
}
