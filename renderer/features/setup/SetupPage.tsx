import { useState, type FormEvent } from 'react';
import { agencyProblems, type AgencyIdentity, type AgencyInput } from '../../../shared/identity';
import { isAgencyKind } from '../../../shared/domain/agencies';
import { accountNameProblem } from '../../../shared/keyring';
import { now } from '../../app/clock';
import { recordWorkspace } from '../../db/workspaceRepo';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';
import {
  createFirstAdministrator,
  EMPTY_PASSPHRASE,
  LanguageChoice,
  newPassphraseProblems,
  PassphraseFields,
  type NewPassphrase,
} from '../session';
import { AgencyFields } from '../settings';

type Props = {
  readonly onDone: (identity: AgencyIdentity) => void;
  /** First run only: restore a backup instead of starting a new office. */
  readonly onRestore?: () => void;
  /**
   * The office has staff accounts (an administrator is signed in) but neither its identity nor
   * any case data: only the agency is asked for.
   */
  readonly agencyOnly?: boolean;
};

/**
 * First run: language, this office's agency (its identity and signing key) and its first staff
 * member, the administrator, with a passphrase that encrypts everything stored here.
 */
export function SetupPage({ onDone, onRestore, agencyOnly = false }: Props) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const [agency, setAgency] = useState<AgencyInput>({ name: '', kind: 'police', district: '' });
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState<NewPassphrase>(EMPTY_PASSPHRASE);
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const agencyProblemsNow = attempted ? agencyProblems(agency) : {};
  const personal = [name, agency.name];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    const p = newPassphraseProblems(passphrase, personal);
    const accountOk = agencyOnly || (!accountNameProblem(name) && !p.weak && !p.mismatch);
    if (Object.keys(agencyProblems(agency)).length > 0 || !isAgencyKind(agency.kind) || !accountOk || saving)
      return;
    setSaving(true);
    setFailure(null);
    const created = await invoke('identity-create', {
      details: { name: agency.name.trim(), kind: agency.kind, district: agency.district.trim() },
    });
    if (!created.ok) {
      setSaving(false);
      setFailure(t(`error.${created.error.code}`));
      return;
    }
    await recordWorkspace(created.value, now().instant);
    if (!agencyOnly) {
      const admin = await createFirstAdministrator(name, passphrase.passphrase, 'complete');
      if (!admin.ok) {
        setSaving(false);
        setFailure(t(`error.${admin.error.code}`));
        return;
      }
    }
    onDone(created.value);
  };

  return (
    <main className="setup">
      <form className="setup-card" onSubmit={(e) => void submit(e)} noValidate autoComplete="off">
        <h1>{t('setup.title')}</h1>
        <p className="lead">{t('setup.intro')}</p>
        <LanguageChoice />
        <AgencyFields value={agency} onChange={setAgency} problems={agencyProblemsNow} autoFocus />
        {!agencyOnly && (
          <>
            <h2>{t('setup.administrator')}</h2>
            <p className="muted">{t('setup.administratorLead')}</p>
            <Field
              label={t('setup.staffName')}
              hint={t('setup.staffNameHint')}
              error={problemText(attempted ? accountNameProblem(name) : null)}
            >
              <input
                name="account-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
                autoComplete="off"
              />
            </Field>
            <PassphraseFields
              value={passphrase}
              onChange={setPassphrase}
              personal={personal}
              attempted={attempted}
            />
          </>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <p className="muted">{t('setup.storedWhere')}</p>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('session.admin.creating') : t('setup.finish')}
          </button>
          {onRestore && (
            <button type="button" className="link" onClick={onRestore}>
              {t('setup.restore')}
            </button>
          )}
        </div>
      </form>
    </main>
  );
}
