import { useState, type FormEvent } from 'react';
import { useIdentity } from '../../app/identityContext';
import { useSettings } from '../../app/settingsContext';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { rewrap } from './keys';
import {
  EMPTY_PASSPHRASE,
  newPassphraseProblems,
  PassphraseFields,
  PassphraseInput,
  type NewPassphrase,
} from './PassphraseFields';
import { auditSession } from './session';
import { useSession } from './useSession';

/** The lock delays Settings offers, in minutes. */
const LOCK_MINUTES = [1, 2, 5, 10, 15, 30, 60] as const;

/**
 * Sign-in and lock: one's own passphrase, and (administrators) how long the app waits before it
 * locks itself.
 */
export function SecuritySection() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const { may } = useSession();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const seconds = settings.lockAfterSeconds;
  const offered: number[] = LOCK_MINUTES.map((m) => m * 60);
  if (!offered.includes(seconds)) offered.unshift(seconds);
  const label = (s: number) =>
    s % 60 === 0
      ? t('session.settings.minutes', { count: s / 60 })
      : t('session.settings.seconds', { count: s });

  const setLock = async (next: number) => {
    const r = await update({ lockAfterSeconds: next });
    setStatus(
      r.ok ? { ok: true, text: t('settings.saved') } : { ok: false, text: t(`error.${r.error.code}`) },
    );
  };

  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title">{t('session.settings.title')}</h2>
      <Field
        label={t('session.settings.lockAfter')}
        hint={
          may('office-settings') ? t('session.settings.lockHint') : t('session.settings.onlyAdministrator')
        }
      >
        <select
          value={seconds}
          disabled={!may('office-settings')}
          onChange={(e) => void setLock(Number(e.target.value))}
        >
          {offered.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </Field>
      {status && (
        <p role="status" className={status.ok ? 'ok-text' : 'form-error'}>
          {status.text}
        </p>
      )}
      <ChangePassphrase />
    </section>
  );
}

function ChangePassphrase() {
  const { t } = useI18n();
  const { account } = useSession();
  const { identity } = useIdentity();
  const [open, setOpen] = useState(false);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>(EMPTY_PASSPHRASE);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  if (!account) return null;
  const personal = [account.name, identity.agency.name];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    const p = newPassphraseProblems(next, personal);
    if (current === '' || p.weak || p.mismatch || busy) return;
    setBusy(true);
    setFailure(null);
    const keyring = await invoke('keyring-get', undefined);
    const own = keyring.ok ? keyring.value?.accounts.find((a) => a.id === account.id) : undefined;
    const wrapped = own ? await rewrap(own.wrappedKey, current, next.passphrase) : null;
    if (!wrapped?.ok) {
      setFailure(t('session.wrongCurrent'));
      setBusy(false);
      return;
    }
    const r = await invoke('account-set-key', { id: account.id, wrappedKey: wrapped.wrapped });
    setBusy(false);
    if (!r.ok) {
      setFailure(t(`error.${r.error.code}`));
      return;
    }
    await auditSession(account, 'passphrase-changed', account.name);
    setOpen(false);
    setDone(true);
    setCurrent('');
    setNext(EMPTY_PASSPHRASE);
    setAttempted(false);
  };

  if (!open)
    return (
      <div className="form-actions">
        <button type="button" onClick={() => (setOpen(true), setDone(false))}>
          {t('session.changePassphrase')}
        </button>
        {done && (
          <span role="status" className="ok-text">
            {t('session.passphraseChanged')}
          </span>
        )}
      </div>
    );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      autoComplete="off"
      aria-label={t('session.changePassphrase')}
    >
      <PassphraseInput
        label={t('session.currentPassphrase')}
        value={current}
        onChange={setCurrent}
        error={failure ?? (attempted && current === '' ? t('form.required') : null)}
        autoFocus
      />
      <PassphraseFields value={next} onChange={setNext} personal={personal} attempted={attempted} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
