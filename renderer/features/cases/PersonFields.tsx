import { memo, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Language } from '../../../shared/dates';
import {
  asksForIin,
  PERSON_LANGUAGES,
  SAFE_CHANNELS,
  type PersonFieldKey,
} from '../../../shared/domain/person';
import { PERSON_ROLES, type PersonRole } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useDateLabels } from '../../ui/dateLabels';
import type { DateInputLabels } from '../../ui/dates/DateInput';
import { DateInput } from '../../ui/dates/DateInput';
import { Field } from '../../ui/Field';
import { personWarnings, type FormProblem, type PersonDraft, type PersonProblems } from './caseForm';
import { IinMatches } from './IinMatches';
import { useIinMatches } from './useIinMatches';

type Props = {
  /** The row's values when it was added; from then on the row keeps its own. */
  readonly initial: PersonDraft;
  /** Position in the form, from 0 (names the group for screen readers). */
  readonly index: number;
  readonly errors: PersonProblems | undefined;
  readonly canRemove: boolean;
  /** Focus the name when the row appears; `onFocused` is then called once. */
  readonly autoFocus: boolean;
  readonly onFocused: () => void;
  /** Tells the form the row's values after each change; stable across renders. */
  readonly onChange: (draft: PersonDraft) => void;
  readonly onRemove: (key: number) => void;
};

type SetField = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) => void;

/**
 * One person of the new-case form. The row keeps its own values, so a keystroke renders this
 * row only (the form holds just the list of rows); within the row every field is memoised, so
 * only the field typed into renders again. A form with hundreds of people types as fast as one
 * with two.
 */
export const PersonFields = memo(function PersonFields({
  initial,
  index,
  errors,
  canRemove,
  autoFocus,
  onFocused,
  onChange,
  onRemove,
}: Props) {
  const { t, lang } = useI18n();
  const dateLabels = useDateLabels();
  const [p, setP] = useState(initial);
  // The values as last set, so a change and the form's copy of it happen in the same event.
  const current = useRef(initial);
  const set: SetField = useCallback(
    (key, value) => {
      const next = { ...current.current, [key]: value };
      current.current = next;
      setP(next);
      onChange(next);
    },
    [onChange],
  );

  // The focus goes to this row once: a row shown again after scrolling does not take it back.
  useEffect(() => {
    if (autoFocus) onFocused();
  }, [autoFocus, onFocused]);

  const iinMatches = useIinMatches(asksForIin(p.role) ? p.iin : '');
  const problem = (f: FormProblem | undefined) => (f ? t(f.key, f.params) : null);
  const err = (k: PersonFieldKey) => problem(errors?.[k]);
  const label = (k: PersonFieldKey) => t(`person.field.${k}`);
  const sensitive = t('person.sensitive');
  const iinWarning: ReactNode =
    iinMatches && iinMatches.length > 0 ? (
      <>
        {t('people.warn.iinOnOtherCase')}
        <IinMatches matches={iinMatches} links={false} />
      </>
    ) : (
      problem(personWarnings(p).iin)
    );

  return (
    <fieldset className="person" aria-label={`${t(`role.${p.role}`)} ${index + 1}`}>
      <div className="person-grid">
        <RoleField value={p.role} set={set} label={t('caseForm.role')} />
        <TextField
          field="name"
          value={p.name}
          set={set}
          label={label('name')}
          error={err('name')}
          autoFocus={autoFocus}
        />
        <TextField
          field="aliases"
          value={p.aliases}
          set={set}
          label={label('aliases')}
          hint={t('person.hint.aliases')}
          error={err('aliases')}
        />
        <BirthDateField
          value={p.birthDate}
          set={set}
          label={label('birthDate')}
          error={err('birthDate')}
          lang={lang}
          labels={dateLabels}
        />
        {asksForIin(p.role) ? (
          <TextField
            field="iin"
            value={p.iin}
            set={set}
            label={label('iin')}
            marker={sensitive}
            hint={t('person.hint.iin')}
            error={err('iin')}
            warning={iinWarning}
            numeric
          />
        ) : (
          <div className="field field-empty" aria-hidden="true" />
        )}
        <ChoiceField
          field="preferredLanguage"
          value={p.preferredLanguage}
          set={set}
          label={label('preferredLanguage')}
          error={err('preferredLanguage')}
        />
        <TextField
          field="phone"
          value={p.phone}
          set={set}
          label={label('phone')}
          marker={sensitive}
          error={err('phone')}
        />
        <ChoiceField
          field="safeChannel"
          value={p.safeChannel}
          set={set}
          label={label('safeChannel')}
          marker={sensitive}
          error={err('safeChannel')}
        />
        <TextField
          field="safeContactTimes"
          value={p.safeContactTimes}
          set={set}
          label={label('safeContactTimes')}
          marker={sensitive}
          hint={t('person.hint.safeContactTimes')}
          error={err('safeContactTimes')}
        />
        <TextField
          field="address"
          value={p.address}
          set={set}
          label={label('address')}
          marker={sensitive}
          error={err('address')}
          className="span-2"
        />
        <FlagField value={p.interpreterNeeded} set={set} label={label('interpreterNeeded')} />
        <NotesField value={p.notes} set={set} label={label('notes')} error={err('notes')} />
      </div>
      {canRemove && (
        <button type="button" className="link danger" onClick={() => onRemove(p.key)}>
          {t('caseForm.removePerson')}
        </button>
      )}
    </fieldset>
  );
});

type TextKey = 'name' | 'aliases' | 'iin' | 'phone' | 'address' | 'safeContactTimes';

const TextField = memo(function TextField(props: {
  field: TextKey;
  value: string;
  set: SetField;
  label: string;
  hint?: string;
  error: string | null;
  warning?: ReactNode;
  marker?: string;
  className?: string;
  autoFocus?: boolean;
  numeric?: boolean;
}) {
  const { field, set } = props;
  const sensitive = props.marker !== undefined;
  return (
    <Field
      label={props.label}
      hint={props.hint}
      error={props.error}
      warning={props.warning}
      marker={props.marker}
      className={props.className}
    >
      <input
        value={props.value}
        onChange={(e) => set(field, e.target.value)}
        className={sensitive ? 'sensitive' : undefined}
        autoFocus={props.autoFocus}
        inputMode={props.numeric ? 'numeric' : undefined}
        autoComplete="off"
      />
    </Field>
  );
});

const RoleField = memo(function RoleField({
  value,
  set,
  label,
}: {
  value: PersonRole;
  set: SetField;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => set('role', e.target.value as PersonRole)}>
        {PERSON_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
    </Field>
  );
});

const BirthDateField = memo(function BirthDateField(props: {
  value: string;
  set: SetField;
  label: string;
  error: string | null;
  lang: Language;
  labels: DateInputLabels;
}) {
  const { set } = props;
  const onChange = useCallback((birthDate: string) => set('birthDate', birthDate), [set]);
  return (
    <Field label={props.label} error={props.error}>
      <DateInput value={props.value} onChange={onChange} lang={props.lang} labels={props.labels} />
    </Field>
  );
});

/** A choice from one of the person lists: languages or safe ways to contact. */
const ChoiceField = memo(function ChoiceField(props: {
  field: 'preferredLanguage' | 'safeChannel';
  value: string;
  set: SetField;
  label: string;
  marker?: string;
  error: string | null;
}) {
  const { t } = useI18n();
  const { field, set } = props;
  const options =
    field === 'preferredLanguage'
      ? PERSON_LANGUAGES.map((l) => ({ value: l, label: t(`person.language.${l}`) }))
      : SAFE_CHANNELS.map((c) => ({ value: c, label: t(`person.safeChannel.${c}`) }));
  return (
    <Field label={props.label} marker={props.marker} error={props.error}>
      <select
        value={props.value}
        onChange={(e) => set(field, e.target.value)}
        className={props.marker !== undefined ? 'sensitive' : undefined}
      >
        <option value="">{t('person.notRecorded')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
});

const FlagField = memo(function FlagField({
  value,
  set,
  label,
}: {
  value: boolean;
  set: SetField;
  label: string;
}) {
  return (
    <Field label={label} className="field-flag">
      <input type="checkbox" checked={value} onChange={(e) => set('interpreterNeeded', e.target.checked)} />
    </Field>
  );
});

const NotesField = memo(function NotesField(props: {
  value: string;
  set: SetField;
  label: string;
  error: string | null;
}) {
  const { set } = props;
  return (
    <Field label={props.label} error={props.error} className="span-3">
      <textarea value={props.value} onChange={(e) => set('notes', e.target.value)} rows={2} />
    </Field>
  );
});
