import { useState, type FormEvent } from 'react';
import { agencyProblems, type AgencyIdentity, type AgencyInput } from '../../../shared/identity';
import { isAgencyKind } from '../../../shared/domain/agencies';
import { LANGUAGES, staffNameProblem, type FieldProblem } from '../../../shared/settings';
import { now } from '../../app/clock';
import { useSettings } from '../../app/settingsContext';
import { recordWorkspace } from '../../db/workspaceRepo';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';
import { AgencyFields } from '../settings';

type Props = {
  /** The office's identity when it exists already: then only the person is asked for. */
  readonly identity?: AgencyIdentity;
  readonly onDone: (identity: AgencyIdentity) => void;
};

/** First run: language, this office's agency (its identity and signing key) and the staff member. */
export function SetupPage({ identity, onDone }: Props) {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  const problemText = useProblemText();
  const [agency, setAgency] = useState<AgencyInput>({ name: '', kind: 'police', district: '' });
  const [staffName, setStaffName] = useState('');
  const [problems, setProblems] = useState<{
    agency: ReturnType<typeof agencyProblems>;
    staffName: FieldProblem | null;
  }>({ agency: {}, staffName: null });
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const next = { agency: identity ? {} : agencyProblems(agency), staffName: staffNameProblem(staffName) };
    setProblems(next);
    if (Object.keys(next.agency).length > 0 || next.staffName || !isAgencyKind(agency.kind)) return;
    setSaving(true);
    const created =
      identity !== undefined
        ? { ok: true as const, value: identity }
        : await invoke('identity-create', {
            details: { name: agency.name.trim(), kind: agency.kind, district: agency.district.trim() },
          });
    if (!created.ok) {
      setSaving(false);
      setFailure(t(`error.${created.error.code}`));
      return;
    }
    await recordWorkspace(created.value, now().instant);
    const person = await update({ staffName: staffName.trim() });
    setSaving(false);
    if (!person.ok) {
      setFailure(t(`error.${person.error.code}`));
      return;
    }
    onDone(created.value);
  };

  return (
    <main className="setup">
      <form className="setup-card" onSubmit={(e) => void submit(e)} noValidate>
        <h1>{t('setup.title')}</h1>
        <p className="lead">
          {identity ? t('setup.forAgency', { agency: identity.agency.name }) : t('setup.intro')}
        </p>
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
        {!identity && (
          <AgencyFields value={agency} onChange={setAgency} problems={problems.agency} autoFocus />
        )}
        <Field
          label={t('setup.staffName')}
          hint={t('setup.staffNameHint')}
          error={problemText(problems.staffName)}
        >
          <input value={staffName} onChange={(e) => setStaffName(e.target.value)} autoFocus={!!identity} />
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
