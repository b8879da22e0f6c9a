import { isCalendarDate } from '../../../shared/dates';
import {
  KIND_FIELDS,
  type FieldKey,
  type FieldOption,
  type KindFieldSpec,
} from '../../../shared/domain/entryKinds';
import { agencyOfField } from '../../../shared/domain/agencyField';
import type { Entry, FieldValue } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../format';
import { UserText } from '../UserText';
import { isOneOf, useDomainLabels } from './labels';
import { groupThousands } from './numbers';
import { RiskSummary } from './RiskSummary';

type Spec = KindFieldSpec<FieldKey, FieldOption>;

function FieldValueText({
  spec,
  value,
  refLabel,
  personLabel,
}: {
  spec: Spec;
  value: FieldValue;
  refLabel: (id: string) => string;
  personLabel: (id: string) => string | null;
}) {
  const { t } = useI18n();
  const fmt = useFormat();
  const names = useDomainLabels();
  // A stored or imported value outside the options is shown as it is, never as a missing message.
  const option = (v: string) =>
    isOneOf(spec.type === 'select' || spec.type === 'multiselect' ? spec.options : [], v)
      ? names.option(v)
      : v;
  switch (spec.type) {
    case 'boolean':
      return <>{value === true ? t('common.yes') : t('common.no')}</>;
    case 'date':
      return <>{typeof value === 'string' && isCalendarDate(value) ? fmt.date(value) : String(value)}</>;
    case 'select':
      return <UserText text={typeof value === 'string' ? option(value) : String(value)} />;
    case 'multiselect':
      return <UserText text={Array.isArray(value) ? value.map(option).join(', ') : String(value)} />;
    case 'entry-ref':
      return <UserText text={typeof value === 'string' ? refLabel(value) : ''} />;
    case 'person-ref':
      return <UserText text={(typeof value === 'string' && personLabel(value)) || '—'} />;
    case 'agency-ref':
      // The agency's name travels with its id (a consent's or a referral's partner).
      return <UserText text={agencyOfField(value)?.name ?? '—'} />;
    case 'number':
      // Sums of money in groups of three (45 000), as Russian and Kazakh write them.
      return (
        <>{spec.key === 'amountKzt' && typeof value === 'number' ? groupThousands(value) : String(value)}</>
      );
    case 'text':
      return <UserText text={String(value)} />;
  }
}

const isFilled = (v: FieldValue | undefined) =>
  v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0);

type Props = {
  readonly entry: Entry;
  readonly refLabel: (id: string) => string;
  /**
   * The name of a person on the case by id, or null when unknown. Without it, fields naming a
   * person are left out (a print for an audience that may not read names passes none).
   */
  readonly personLabel?: (id: string) => string | null;
};

/** An entry's kind-specific fields as label and value, shared by the timeline and print views. */
export function EntryFields({ entry, refLabel, personLabel }: Props) {
  const names = useDomainLabels();
  if (entry.kind === 'risk-assessment') return <RiskSummary fields={entry.fields} />;
  const shown = KIND_FIELDS[entry.kind].filter(
    (s) => isFilled(entry.fields[s.key]) && (s.type !== 'person-ref' || personLabel !== undefined),
  );
  if (shown.length === 0) return null;
  return (
    <dl className="entry-fields">
      {shown.map((s) => (
        <div key={s.key}>
          <dt>{names.field(s.key)}</dt>
          <dd className={s.type === 'text' && s.sensitive ? 'sensitive' : undefined}>
            <FieldValueText
              spec={s}
              value={entry.fields[s.key]!}
              refLabel={refLabel}
              personLabel={personLabel ?? (() => null)}
            />
          </dd>
        </div>
      ))}
    </dl>
  );
}
