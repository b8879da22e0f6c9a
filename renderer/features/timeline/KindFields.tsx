import { memo } from 'react';
import {
  shownFields,
  type EntryKind,
  type FieldKey,
  type FieldOption,
  type KindFieldSpec,
} from '../../../shared/domain/entryKinds';
import type { FieldValue, PersonRole } from '../../../shared/domain/types';
import { visibleParts, withoutInvisibleChars } from '../../../shared/text';
import { useI18n } from '../../i18n/i18n';
import { DateInput } from '../../ui/dates/DateInput';
import { useDateLabels } from '../../ui/dateLabels';
import { EntryField } from '../../ui/entry/EntryField';
import { useDomainLabels } from '../../ui/entry/labels';
import type { FormProblem } from '../../ui/entry/textChecks';

export type RefOption = { readonly id: string; readonly label: string };

/** A person on the case as the form offers them. */
export type PersonChoice = { readonly id: string; readonly name: string; readonly role: PersonRole };

/** A field naming an earlier entry of the case. */
export type RefSpec = Extract<KindFieldSpec<FieldKey, FieldOption>, { type: 'entry-ref' }>;

type Props = {
  readonly kind: EntryKind;
  readonly values: Readonly<Record<string, FieldValue>>;
  readonly problems: ReadonlyMap<string, readonly FormProblem[]>;
  readonly persons: readonly PersonChoice[];
  readonly refOptions: (kind: EntryKind, spec: RefSpec) => readonly RefOption[];
  readonly onChange: (key: FieldKey, value: FieldValue | undefined) => void;
};

/** Text for an <option>, which cannot hold markup: invisible characters shown as ⟨U+202E⟩. */
export function optionText(text: string): string {
  return visibleParts(text)
    .map((p) => ('text' in p ? p.text : `⟨${p.invisible}⟩`))
    .join('');
}

const isList = (v: FieldValue | undefined): v is readonly string[] => Array.isArray(v);

/** A typed number: a whole number when it reads as one, else the text (which validation refuses). */
function numberValue(text: string): FieldValue | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * The kind-specific part of the entry form, generated from KIND_FIELDS: only the fields that
 * apply to the values so far (a court's months, prohibitions and reporting schedule appear once
 * the measure is special requirements), in the table's order, which is the Tab order.
 */
export const KindFields = memo(function KindFields({
  kind,
  values,
  problems,
  persons,
  refOptions,
  onChange,
}: Props) {
  const { t, lang } = useI18n();
  const names = useDomainLabels();
  const dateLabels = useDateLabels();
  const specs = shownFields(kind, values);
  if (specs.length === 0) return null;
  return (
    <div className="kind-fields form-grid">
      {specs.map((spec) => {
        const fieldProblems = problems.get(`field.${spec.key}`) ?? [];
        const value = values[spec.key];
        const label = names.field(spec.key);
        switch (spec.type) {
          case 'boolean':
            return (
              <div key={spec.key} className="field entry-field check-field">
                <span aria-hidden="true" />
                <label className="check">
                  <input
                    type="checkbox"
                    checked={value === true}
                    onChange={(e) => onChange(spec.key, e.target.checked)}
                  />
                  {label}
                </label>
              </div>
            );
          case 'multiselect': {
            const list: readonly string[] = isList(value) ? value : [];
            return (
              <fieldset key={spec.key} className="checks wide-field">
                <legend>{label}</legend>
                {spec.options.map((o) => (
                  <label key={o} className="check">
                    <input
                      type="checkbox"
                      checked={list.includes(o)}
                      onChange={(e) =>
                        onChange(spec.key, e.target.checked ? [...list, o] : list.filter((x) => x !== o))
                      }
                    />
                    {names.option(o)}
                  </label>
                ))}
              </fieldset>
            );
          }
          case 'select':
            return (
              <EntryField key={spec.key} label={label} problems={fieldProblems}>
                <select
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value || undefined)}
                >
                  <option value="">{spec.required ? t('entryForm.choose') : '—'}</option>
                  {spec.options.map((o) => (
                    <option key={o} value={o}>
                      {names.option(o)}
                    </option>
                  ))}
                </select>
              </EntryField>
            );
          case 'person-ref': {
            const preferred = persons.filter((p) => spec.roles.includes(p.role));
            const others = persons.filter((p) => !spec.roles.includes(p.role));
            const option = (p: PersonChoice) => (
              <option key={p.id} value={p.id}>
                {t('entryForm.personLabel', { name: optionText(p.name), role: names.role(p.role) })}
              </option>
            );
            return (
              <EntryField
                key={spec.key}
                label={label}
                problems={fieldProblems}
                hint={persons.length === 0 ? t('entryForm.noPersons') : undefined}
              >
                <select
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value || undefined)}
                >
                  <option value="">{t('entryForm.choosePerson')}</option>
                  {preferred.map(option)}
                  {others.length > 0 && (
                    <optgroup label={t('entryForm.otherPersons')}>{others.map(option)}</optgroup>
                  )}
                </select>
              </EntryField>
            );
          }
          case 'entry-ref': {
            const options = refOptions(kind, spec);
            return (
              <EntryField
                key={spec.key}
                label={label}
                problems={fieldProblems}
                hint={options.length === 0 ? t('entryForm.noRefs') : undefined}
              >
                <select
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => onChange(spec.key, e.target.value || undefined)}
                >
                  <option value="">{t('entry.chooseEntry')}</option>
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {optionText(o.label)}
                    </option>
                  ))}
                </select>
              </EntryField>
            );
          }
          case 'number':
            return (
              <EntryField key={spec.key} label={label} problems={fieldProblems}>
                <input
                  inputMode="numeric"
                  className="number-input"
                  value={value === undefined ? '' : String(value)}
                  onChange={(e) => onChange(spec.key, numberValue(e.target.value))}
                />
              </EntryField>
            );
          case 'date':
            return (
              <EntryField key={spec.key} label={label} problems={fieldProblems}>
                <DateInput
                  value={typeof value === 'string' ? value : ''}
                  onChange={(d) => onChange(spec.key, d || undefined)}
                  lang={lang}
                  labels={dateLabels}
                />
              </EntryField>
            );
          case 'text': {
            const text = typeof value === 'string' ? value : '';
            return (
              <EntryField
                key={spec.key}
                label={label}
                problems={fieldProblems}
                hint={spec.sensitive ? t('common.sensitive') : undefined}
                extra={
                  fieldProblems.some((p) => p.codePoints) && (
                    <button
                      type="button"
                      className="link"
                      onClick={(e) => {
                        onChange(spec.key, withoutInvisibleChars(text));
                        // The button goes with the message: the field keeps the focus.
                        e.currentTarget.closest('.entry-field')?.querySelector('input')?.focus();
                      }}
                    >
                      {t('entryForm.removeInvisible')}
                    </button>
                  )
                }
              >
                <input
                  className={spec.sensitive ? 'sensitive' : undefined}
                  value={text}
                  onChange={(e) => onChange(spec.key, e.target.value)}
                />
              </EntryField>
            );
          }
        }
      })}
    </div>
  );
});
