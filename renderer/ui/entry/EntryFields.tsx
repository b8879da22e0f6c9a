import { isCalendarDate } from '../../../shared/dates';
import { ENTRY_FIELDS, KIND_FIELDS, type FieldSpec } from '../../../shared/domain/entryKinds';
import { agencyOfField } from '../../../shared/domain/agencyField';
import { isAgencyKind } from '../../../shared/domain/agencies';
import type { Entry, FieldValue } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { useFormat } from '../format';
import { RiskSummary } from './RiskSummary';
import { UserText } from '../UserText';

function FieldValueText({
  spec,
  value,
  refLabel,
}: {
  spec: FieldSpec;
  value: FieldValue;
  refLabel: (id: string) => string;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  const option = (v: string) => t((isAgencyKind(v) ? `agencyKind.${v}` : `option.${v}`) as MessageKey);
  switch (spec.type) {
    case 'boolean':
      return <>{value === true ? t('common.yes') : t('common.no')}</>;
    case 'date':
      return <>{typeof value === 'string' && isCalendarDate(value) ? fmt.date(value) : String(value)}</>;
    case 'select':
      return <>{typeof value === 'string' ? option(value) : ''}</>;
    case 'multiselect':
      return <>{Array.isArray(value) ? (value as readonly string[]).map(option).join(', ') : ''}</>;
    case 'entry-ref':
      return <>{typeof value === 'string' ? refLabel(value) : ''}</>;
    default:
      return <>{String(value)}</>;
  }
}

const isFilled = (v: FieldValue | undefined) =>
  v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0);

/** An entry's kind-specific fields as label and value, shared by the timeline and print views. */
export function EntryFields({ entry, refLabel }: { entry: Entry; refLabel: (id: string) => string }) {
  const { t } = useI18n();
  if (entry.kind === 'risk-assessment') return <RiskSummary fields={entry.fields} />;
  const shown = ENTRY_FIELDS[entry.kind].filter((s) => isFilled(entry.fields[s.key]));
  // Agencies an entry names (a consent's partner, a referral's partner): their name travels with them.
  const agencies = KIND_FIELDS[entry.kind].flatMap((s) => {
    const agency = s.type === 'agency-ref' ? agencyOfField(entry.fields[s.key]) : null;
    return agency ? [{ key: s.key, name: agency.name }] : [];
  });
  if (shown.length === 0 && agencies.length === 0) return null;
  return (
    <dl className="entry-fields">
      {agencies.map((a) => (
        <div key={a.key}>
          <dt>{t(`field.${a.key}` as MessageKey)}</dt>
          <dd>
            <UserText text={a.name} />
          </dd>
        </div>
      ))}
      {shown.map((s) => (
        <div key={s.key}>
          <dt>{t(`field.${s.key}` as MessageKey)}</dt>
          <dd className={'sensitive' in s && s.sensitive ? 'sensitive' : undefined}>
            <FieldValueText spec={s} value={entry.fields[s.key]!} refLabel={refLabel} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
