import { useState, type FormEvent } from 'react';
import { accountNameProblem } from '../../../shared/keyring';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';
import { createFirstAdministrator } from './firstAccount';
import { LanguageChoice } from './LanguageChoice';
import {
  EMPTY_PASSPHRASE,
  newPassphraseProblems,
  PassphraseFields,
  type NewPassphrase,
} from './PassphraseFields';

/**
 * An installation from before staff accounts: its one staff member (the name Settings held is
 * offered) becomes the administrator, with a passphrase; the case data already here is then
 * encrypted.
 */
export function AdministratorPage({
  suggestedName,
  agencyName,
}: {
  suggestedName: string;
  agencyName: string;
}) {
  const { t } = useI18n();
  const problemText = useProblemText();
  const [name, setName] = useState(suggestedName);
  const [passphrase, setPassphrase] = useState<NewPassphrase>(EMPTY_PASSPHRASE);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const nameProblem = attempted ? accountNameProblem(name) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    const p = newPassphraseProblems(passphrase, [name, agencyName]);
    if (accountNameProblem(name) || p.weak || p.mismatch || busy) return;
    setBusy(true);
    setFailure(null);
    const r = await createFirstAdministrator(name, passphrase.passphrase, 'pending');
    if (!r.ok) {
      setFailure(t(`error.${r.error.code}`));
      setBusy(false);
    }
  };

  return (
    <main className="setup">
      <form
        className="setup-card session-card"
        onSubmit={(e) => void submit(e)}
        noValidate
        autoComplete="off"
      >
        <h1>{t('session.admin.title')}</h1>
        <p className="lead">{t('session.admin.upgradeLead')}</p>
        <LanguageChoice />
        <Field
          label={t('session.admin.name')}
          hint={t('session.admin.nameHint')}
          error={problemText(nameProblem)}
        >
          <input
            name="account-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
            autoFocus
          />
        </Field>
        <PassphraseFields
          value={passphrase}
          onChange={setPassphrase}
          personal={[name, agencyName]}
          attempted={attempted}
        />
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('session.admin.creating') : t('session.admin.submit')}
        </button>
      </form>
    </main>
  );
}
