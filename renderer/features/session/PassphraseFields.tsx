import { useId, useMemo, useState } from 'react';
import { passphraseStrength, type Strength } from '../../../shared/session/passphraseStrength';
import { useI18n } from '../../i18n/i18n';
import { StrengthMeter } from './StrengthMeter';

export type NewPassphrase = { readonly passphrase: string; readonly repeat: string };
export const EMPTY_PASSPHRASE: NewPassphrase = { passphrase: '', repeat: '' };

/** What keeps a new passphrase from being accepted: too easy to guess, or the two differ. */
export function newPassphraseProblems(
  value: NewPassphrase,
  personal: readonly string[],
): { readonly strength: Strength; readonly weak: boolean; readonly mismatch: boolean } {
  const strength = passphraseStrength(value.passphrase, personal);
  return {
    strength,
    weak: !strength.accepted,
    mismatch: value.passphrase.normalize('NFC') !== value.repeat.normalize('NFC'),
  };
}

type Props = {
  readonly value: NewPassphrase;
  readonly onChange: (next: NewPassphrase) => void;
  /** Names a guesser would try first (the person's, the agency's). */
  readonly personal: readonly string[];
  /** After a first attempt to submit: problems show as errors. */
  readonly attempted: boolean;
  readonly label?: string;
  readonly hint?: string;
};

/**
 * A new passphrase, typed twice, with the strength meter between. Neither field is ever
 * autofilled or remembered by the browser.
 */
export function PassphraseFields({ value, onChange, personal, attempted, label, hint }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [shown, setShown] = useState(false);
  const problems = useMemo(() => newPassphraseProblems(value, personal), [value, personal]);
  const mismatch = attempted && problems.mismatch;
  return (
    <div className="passphrase-fields">
      <div className={attempted && problems.weak ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-p`}>{label ?? t('session.passphraseNew')}</label>
        <div className="passphrase-input">
          <input
            id={`${id}-p`}
            name="new-passphrase"
            type={shown ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            value={value.passphrase}
            aria-describedby={`${id}-hint ${id}-meter`}
            aria-invalid={attempted && problems.weak ? true : undefined}
            onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
          />
          <button type="button" className="link" onClick={() => setShown((s) => !s)} aria-pressed={shown}>
            {shown ? t('session.hide') : t('session.show')}
          </button>
        </div>
        <span className="field-hint" id={`${id}-hint`}>
          {hint ?? t('session.passphraseHint')}
        </span>
        {value.passphrase !== '' || attempted ? (
          <StrengthMeter strength={problems.strength} id={`${id}-meter`} />
        ) : (
          <span id={`${id}-meter`} />
        )}
      </div>
      <div className={mismatch ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-r`}>{t('session.passphraseRepeat')}</label>
        <input
          id={`${id}-r`}
          name="new-passphrase-repeat"
          type={shown ? 'text' : 'password'}
          autoComplete="new-password"
          spellCheck={false}
          value={value.repeat}
          aria-invalid={mismatch ? true : undefined}
          aria-describedby={mismatch ? `${id}-mismatch` : undefined}
          onChange={(e) => onChange({ ...value, repeat: e.target.value })}
        />
        {mismatch && (
          <span className="field-error" id={`${id}-mismatch`} role="alert">
            {t('session.passphraseMismatch')}
          </span>
        )}
      </div>
    </div>
  );
}

/** A passphrase typed once (sign-in, unlock, confirming who one is). */
export function PassphraseInput({
  label,
  value,
  onChange,
  error,
  autoFocus,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (v: string) => void;
  readonly error?: string | null;
  readonly autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="passphrase"
        type="password"
        autoComplete="current-password"
        spellCheck={false}
        value={value}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
