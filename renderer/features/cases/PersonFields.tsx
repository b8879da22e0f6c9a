import { memo } from 'react';
import {
  asksForIin,
  PERSON_LANGUAGES,
  SAFE_CHANNELS,
  type PersonFieldKey,
} from '../../../shared/domain/person';
import { PERSON_ROLES, type PersonRole } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useDateLabels } from '../../ui/dateLabels';
import { DateInput } from '../../ui/dates/DateInput';
import { Field } from '../../ui/Field';
import { personWarnings, type FormProblem, type PersonDraft, type PersonProblems } from './caseForm';
import { IinMatches } from './IinMatches';
import { useIinMatches } from './useIinMatches';

type Props = {
  readonly draft: PersonDraft;
  /** Position in the form, from 0 (names the group for screen readers). */
  readonly index: number;
  readonly errors: PersonProblems | undefined;
  readonly canRemove: boolean;
  readonly autoFocus: boolean;
  /** Stable across renders: the form passes one function for every row. */
  readonly onChange: (key: number, patch: Partial<PersonDraft>) => void;
  readonly onRemove: (key: number) => void;
};

/**
 * One person of the new-case form. Memoised, and told apart by a stable key with stable
 * callbacks, so typing into one row renders that row only, however many the form holds.
 */
export const PersonFields = memo(function PersonFields({
  draft: p,
  index,
  errors,
  canRemove,
  autoFocus,
  onChange,
  onRemove,
}: Props) {
  const { t, lang } = useI18n();
  const dateLabels = useDateLabels();
  const iinMatches = useIinMatches(asksForIin(p.role) ? p.iin : '');
  const problem = (f: FormProblem | undefined) => (f ? t(f.key, f.params) : null);
  const err = (k: PersonFieldKey) => problem(errors?.[k]);
  const set = (patch: Partial<PersonDraft>) => onChange(p.key, patch);
  const label = (k: PersonFieldKey) => t(`person.field.${k}`);
  const sensitive = t('person.sensitive');
  const iinWarning =
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
        <Field label={t('caseForm.role')}>
          <select value={p.role} onChange={(e) => set({ role: e.target.value as PersonRole })}>
            {PERSON_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={label('name')} error={err('name')}>
          <input value={p.name} onChange={(e) => set({ name: e.target.value })} autoFocus={autoFocus} />
        </Field>
        <Field label={label('aliases')} hint={t('person.hint.aliases')} error={err('aliases')}>
          <input value={p.aliases} onChange={(e) => set({ aliases: e.target.value })} />
        </Field>
        <Field label={label('birthDate')} error={err('birthDate')}>
          <DateInput
            value={p.birthDate}
            onChange={(birthDate) => set({ birthDate })}
            lang={lang}
            labels={dateLabels}
          />
        </Field>
        {asksForIin(p.role) ? (
          <Field
            label={label('iin')}
            marker={sensitive}
            hint={t('person.hint.iin')}
            error={err('iin')}
            warning={iinWarning}
          >
            <input
              value={p.iin}
              onChange={(e) => set({ iin: e.target.value })}
              className="sensitive"
              inputMode="numeric"
              autoComplete="off"
            />
          </Field>
        ) : (
          <div className="field field-empty" aria-hidden="true" />
        )}
        <Field label={label('preferredLanguage')} error={err('preferredLanguage')}>
          <select value={p.preferredLanguage} onChange={(e) => set({ preferredLanguage: e.target.value })}>
            <option value="">{t('person.notRecorded')}</option>
            {PERSON_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`person.language.${l}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={label('phone')} marker={sensitive} error={err('phone')}>
          <input
            value={p.phone}
            onChange={(e) => set({ phone: e.target.value })}
            className="sensitive"
            autoComplete="off"
          />
        </Field>
        <Field label={label('safeChannel')} marker={sensitive} error={err('safeChannel')}>
          <select
            value={p.safeChannel}
            onChange={(e) => set({ safeChannel: e.target.value })}
            className="sensitive"
          >
            <option value="">{t('person.notRecorded')}</option>
            {SAFE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`person.safeChannel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={label('safeContactTimes')}
          marker={sensitive}
          hint={t('person.hint.safeContactTimes')}
          error={err('safeContactTimes')}
        >
          <input
            value={p.safeContactTimes}
            onChange={(e) => set({ safeContactTimes: e.target.value })}
            className="sensitive"
          />
        </Field>
        <Field label={label('address')} marker={sensitive} error={err('address')} className="span-2">
          <input
            value={p.address}
            onChange={(e) => set({ address: e.target.value })}
            className="sensitive"
            autoComplete="off"
          />
        </Field>
        <Field label={label('interpreterNeeded')} className="field-flag">
          <input
            type="checkbox"
            checked={p.interpreterNeeded}
            onChange={(e) => set({ interpreterNeeded: e.target.checked })}
          />
        </Field>
        <Field label={label('notes')} error={err('notes')} className="span-3">
          <textarea value={p.notes} onChange={(e) => set({ notes: e.target.value })} rows={2} />
        </Field>
      </div>
      {canRemove && (
        <button type="button" className="link danger" onClick={() => onRemove(p.key)}>
          {t('caseForm.removePerson')}
        </button>
      )}
    </fieldset>
  );
});
