import { useState, type FormEvent } from 'react';
import { AGENCY_KINDS, type AgencyKind } from '../../../shared/domain/agencies';
import { newId } from '../../../shared/ids';
import { LANGUAGES, MAX_TEXT } from '../../../shared/settings';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { Field } from '../../ui/Field';

type Errors = Partial<Record<'agencyName' | 'staffName' | 'region' | 'form', string>>;

/** First run: language, this office's agency and the staff member's name. */
export function SetupPage() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  const [agencyName, setAgencyName] = useState('');
  const [kind, setKind] = useState<AgencyKind>('police');
  const [region, setRegion] = useState('');
  const [staffName, setStaffName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saving, setSaving] = useState(false);

  const check = (value: string, required: boolean): string | undefined => {
    if (required && value.trim() === '') return t('setup.required');
    if (value.trim().length > MAX_TEXT) return t('setup.tooLong');
    return undefined;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next: Errors = {
      agencyName: check(agencyName, true),
      staffName: check(staffName, true),
      region: check(region, false),
    };
    setErrors(next);
    if (next.agencyName || next.staffName || next.region) return;
    setSaving(true);
    const result = await update({
      agency: { id: newId<'AgencyId'>(), name: agencyName.trim(), kind, region: region.trim() },
      staffName: staffName.trim(),
    });
    setSaving(false);
    if (!result.ok) setErrors({ form: t(`error.${result.error.code}`) });
  };

  return (
    <main className="setup">
      <form className="setup-card" onSubmit={(e) => void submit(e)} noValidate>
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <fieldset className="segmented">
          <legend>{t('setup.language')}</legend>
          {LANGUAGES.map((lang) => (
            <label key={lang} className={settings.language === lang ? 'selected' : undefined}>
              <input
                type="radio"
                name="language"
                value={lang}
                checked={settings.language === lang}
                onChange={() => void update({ language: lang })}
              />
              {t(`language.${lang}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t('setup.agencyName')} hint={t('setup.agencyNameHint')} error={errors.agencyName}>
          <input value={agencyName} onChange={(e) => setAgencyName(e.target.value)} autoFocus />
        </Field>
        <Field label={t('setup.agencyKind')}>
          <select value={kind} onChange={(e) => setKind(e.target.value as AgencyKind)}>
            {AGENCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`agencyKind.${k}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('setup.region')} error={errors.region}>
          <input value={region} onChange={(e) => setRegion(e.target.value)} />
        </Field>
        <Field label={t('setup.staffName')} hint={t('setup.staffNameHint')} error={errors.staffName}>
          <input value={staffName} onChange={(e) => setStaffName(e.target.value)} />
        </Field>
        {errors.form && (
          <p className="form-error" role="alert">
            {errors.form}
          </p>
        )}
        <p className="muted">{t('setup.storedWhere')}</p>
        <button type="submit" className="primary" disabled={saving}>
          {t('setup.finish')}
        </button>
      </form>
    </main>
  );
}
