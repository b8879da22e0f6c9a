import { useState, type FormEvent } from 'react';
import type { Account } from '../../../shared/keyring';
import { useI18n } from '../../i18n/i18n';
import { UserText } from '../../ui/UserText';
import { LanguageChoice } from './LanguageChoice';
import { PassphraseInput } from './PassphraseFields';
import { signOut, unlock, type LockReason, type SignInFailure } from './session';
import { useFailureText } from './useFailureText';

/**
 * The locked app: nothing of any case, only who it is locked for and the passphrase. Unlocking
 * returns to the same page with what was being typed; someone else signing in discards it.
 */
export function LockScreen({ account, reason }: { account: Account; reason: LockReason }) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const failureText = useFailureText(failure);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    const r = await unlock(passphrase);
    if (!r.ok) {
      setFailure(r.failure);
      setPassphrase('');
      setBusy(false);
    }
  };

  const [before, after] = t('session.locked.body', { name: '\u0000' }).split('\u0000');
  return (
    <main className="setup locked">
      <form
        className="setup-card session-card"
        onSubmit={(e) => void submit(e)}
        noValidate
        autoComplete="off"
      >
        <h1>{t('session.locked.title')}</h1>
        <p className="lead">
          {before}
          <UserText text={account.name} />
          {after}
        </p>
        <p className="muted">{t(`session.locked.${reason}`)}</p>
        <PassphraseInput
          label={t('session.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          error={failureText}
          autoFocus
        />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || passphrase === ''}>
            {busy ? t('session.signIn.opening') : t('session.unlock')}
          </button>
          <button
            type="button"
            className="link"
            onClick={() => void signOut()}
            title={t('session.switchUserHint', { name: account.name })}
          >
            {t('session.switchUser')}
          </button>
        </div>
        <LanguageChoice />
      </form>
    </main>
  );
}
