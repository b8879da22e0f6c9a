import type { FieldSpec } from '../../../shared/domain/entryKinds';
import { isAgencyKind } from '../../../shared/domain/agencies';
import type { FieldValue } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { Field } from '../../ui/Field';
import type { EntryFormErrors } from './entryForm';

export type RefOption = { readonly id: string; readonly label: string };

type Props = {
  readonly specs: readonly FieldSpec[];
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly errors: EntryFormErrors;
  readonly refOptions: (spec: Extract<FieldSpec, { type: 'entry-ref' }>) => readonly RefOption[];
  readonly onChange: (key: string, value: FieldValue | undefined) => void;
};

/** The kind-specific part of the entry form, generated from ENTRY_FIELDS. */
export function KindFields({ specs, values, errors, refOptions, onChange }: Props) {
  const { t } = useI18n();
  const label = (key: string) => t(`field.${key}` as MessageKey);
  // Agency choices (referral target, responsible agency) use the agency-kind names.
  const option = (value: string) =>
    t((isAgencyKind(value) ? `agencyKind.${value}` : `option.${value}`) as MessageKey);
  return (
    <div className="kind-fields">
      {specs.map((spec) => {
        const err = errors[`field.${spec.key}`];
        const error = err ? t(err.key, err.params) : null;
        const value = values[spec.key];
        switch (spec.type) {
          case 'boolean':
            return (
              <label key={spec.key} className="check">
                <input
                  type="checkbox"
                  checked={value === true}
                  onChange={(e) => onChange(spec.key, e.target.checked)}
                />
                {label(spec.key)}
              </label>
            );
          case 'multiselect':
            return (
              <fieldset key={spec.key} className="checks">
                <legend>{label(spec.key)}</legend>
                {spec.options.map((o) => {
                  const list = Array.isArray(value) ? (value as readonly string[]) : [];
                  return (
                    <label key={o} className="check">
                      <input
                        type="checkbox"
                        checked={list.includes(o)}
                        onChange={(e) =>
                          onChange(spec.key, e.target.checked ? [...list, o] : list.filter((x) => x !== o))
                        }
                      />
                      {option(o)}
                    </label>
                  );
                })}
              </fieldset>
            );
          case 'select':
            return (
              <Field key={spec.key} label={label(spec.key)} error={error}>
                <select
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value || undefined)}
                >
                  {!spec.required && <option value="">—</option>}
                  {spec.options.map((o) => (
                    <option key={o} value={o}>
                      {option(o)}
                    </option>
                  ))}
                </select>
              </Field>
            );
          case 'entry-ref': {
            const options = refOptions(spec);
            return (
              <Field key={spec.key} label={label(spec.key)} error={error}>
                <select
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value || undefined)}
                >
                  <option value="">{t('entry.chooseEntry')}</option>
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </Field>
            );
          }
          case 'number':
            return (
              <Field key={spec.key} label={label(spec.key)} error={error}>
                <input
                  type="number"
                  min={spec.min}
                  max={spec.max}
                  value={typeof value === 'number' ? value : ''}
                  onChange={(e) =>
                    onChange(spec.key, e.target.value === '' ? undefined : Number(e.target.value))
                  }
                />
              </Field>
            );
          case 'date':
            return (
              <Field key={spec.key} label={label(spec.key)} error={error}>
                <input
                  type="date"
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value || undefined)}
                />
              </Field>
            );
          case 'text':
            return (
              <Field
                key={spec.key}
                label={label(spec.key)}
                error={error}
                hint={spec.sensitive ? t('common.sensitive') : undefined}
              >
                <input
                  className={spec.sensitive ? 'sensitive' : undefined}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value)}
                />
              </Field>
            );
        }
      })}
    </div>
  );
}
