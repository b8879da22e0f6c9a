import { useState, type FormEvent } from 'react';
import { isAgencyKind } from '../../../shared/domain/agencies';
import { newId } from '../../../shared/ids';
import {
  agencyProblems,
  LANGUAGES,
  staffNameProblem,
  type AgencyInput,
  type FieldProblem,
} from '../../../shared/settings';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';
import { AgencyFields } from '../settings';

/** First run: language, this office's agency and the staff member's name. */
export function SetupPage() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  const problemText = useProblemText();
  const [agency, setAgency] = useState<AgencyInput>({ name: '', kind: 'police', region: '' });
  const [staffName, setStaffName] = useState('');
  const [problems, setProblems] = useState<{
    agency: ReturnType<typeof agencyProblems>;
    staffName: FieldProblem | null;
  }>({ agency: {}, staffName: null });
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = { agency: agencyProblems(agency), staffName: staffNameProblem(staffName) };
    setProblems(next);
    if (Object.keys(next.agency).length > 0 || next.staffName || !isAgencyKind(agency.kind)) return;
    setSaving(true);
    const result = await update({
      agency: {
        id: newId<'AgencyId'>(),
        name: agency.name.trim(),
        kind: agency.kind,
        region: agency.region.trim(),
      },
      staffName: staffName.trim(),
    });
    setSaving(false);
    setFailure(result.ok ? null : t(`error.${result.error.code}`));
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
        <AgencyFields value={agency} onChange={setAgency} problems={problems.agency} autoFocus />
        <Field
          label={t('setup.staffName')}
          hint={t('setup.staffNameHint')}
          error={problemText(problems.staffName)}
        >
          <input value={staffName} onChange={(e) => setStaffName(e.target.value)} />
        </Field>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
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
