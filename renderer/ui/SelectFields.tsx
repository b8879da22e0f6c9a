/**
 * Choices several dialogs ask for in the same way: a document's language (which may differ from
 * the screen's), and one agency by name (a copy's recipient, a consent's partner).
 */
import type { Language } from '../../shared/dates';
import { LANGUAGES } from '../../shared/settings';
import type { AgencyRef } from '../../shared/domain/agencies';
import { useI18n } from '../i18n/i18n';
import { Field } from './Field';
import { userTextString } from './UserText';

/** The language a document is written in. */
export function DocumentLanguageField({
  label,
  value,
  onChange,
}: {
  readonly label: string;
  readonly value: Language;
  readonly onChange: (lang: Language) => void;
}) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(LANGUAGES.find((l) => l === e.target.value) ?? value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** One agency out of `agencies`, by id; names are typed text, shown with invisible characters marked. */
export function AgencyField({
  label,
  agencies,
  value,
  onChange,
}: {
  readonly label: string;
  readonly agencies: readonly AgencyRef[];
  readonly value: string;
  readonly onChange: (id: string) => void;
}) {
  return (
    <Field label={label}>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {userTextString(a.name)}
          </option>
        ))}
      </select>
    </Field>
  );
}
