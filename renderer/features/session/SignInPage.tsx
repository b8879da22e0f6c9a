import { useEffect, useState, type FormEvent } from 'react';
import type { AccountKey } from '../../../shared/keyring';
import { useI18n } from '../../i18n/i18n';
import { invoke } from '../../host';
import { Field } from '../../ui/Field';
import { LanguageChoice } from './LanguageChoice';
import { PassphraseInput } from './PassphraseFields';
import { signIn, type SignInFailure } from './session';
import { useFailureText } from './useFailureText';

/** Most recently signed in first, so the usual person is already chosen. */
function byLastSignIn(a: AccountKey, b: AccountKey): number {
  return (b.lastSignInAt ?? '').localeCompare(a.lastSignInAt ?? '') || a.name.localeCompare(b.name);
}

/** Sign-in: choose who you are, type your passphrase. */
export function SignInPage() {
  const { t } = useI18n();
  const [accounts, setAccounts] = useState<readonly AccountKey[] | null>(null);
  const [accountId, setAccountId] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const failureText = useFailureText(failure);

  useEffect(() => {
    void invoke('keyring-get', undefined).then((r) => {
      const list = r.ok ? [...(r.value?.accounts ?? [])].filter((a) => a.active).sort(byLastSignIn) : [];
      setAccounts(list);
      setAccountId((id) => id || (list[0]?.id ?? ''));
    });
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const account = accounts?.find((a) => a.id === accountId);
    if (!account || busy) return;
    setBusy(true);
    setFailure(null);
    const r = await signIn(account, passphrase);
    // On success this page is replaced; on failure it stays with the reason.
    if (!r.ok) {
      setFailure(r.failure);
      setPassphrase('');
      setBusy(false);
    }
  };

  if (accounts === null) return null;
  return (
    <main className="setup">
      <form
        className="setup-card session-card"
        onSubmit={(e) => void submit(e)}
        noValidate
        autoComplete="off"
      >
        <h1>{t('session.signIn.title')}</h1>
        <p className="lead">{t('session.signIn.lead')}</p>
        <LanguageChoice />
        {accounts.length === 0 ? (
          <p className="form-error" role="alert">
            {t('session.signIn.none')}
          </p>
        ) : (
          <>
            <Field label={t('session.signIn.account')}>
              <select value={accountId} onChange={(e) => setAccountId(e.target.value)}>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name} · {t(`account.role.${a.role}`)}
                  </option>
                ))}
              </select>
            </Field>
            <PassphraseInput
              label={t('session.passphrase')}
              value={passphrase}
              onChange={setPassphrase}
              error={failureText}
              autoFocus
            />
            <button type="submit" className="primary" disabled={busy || passphrase === ''}>
              {busy ? t('session.signIn.opening') : t('session.signIn.submit')}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
