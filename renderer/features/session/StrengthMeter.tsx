import type { Strength, Weakness } from '../../../shared/session/passphraseStrength';
import { assertNever } from '../../../shared/result';
import { useI18n, type Translate } from '../../i18n/i18n';

const LEVELS = ['very-weak', 'weak', 'fair', 'strong', 'very-strong'] as const;

function weaknessText(t: Translate, w: Weakness): string {
  switch (w.code) {
    case 'short':
      return t('strength.weak.short', { length: w.length, suggested: w.suggested });
    case 'common':
      return t('strength.weak.common');
    case 'name':
      return t('strength.weak.name');
    case 'sequence':
      return t('strength.weak.sequence');
    case 'repeated':
      return t('strength.weak.repeated');
    case 'date':
      return t('strength.weak.date');
    case 'digits-only':
      return t('strength.weak.digits-only');
    default:
      return assertNever(w);
  }
}

function timeText(t: Translate, s: Strength): string {
  const c = s.crackTime;
  switch (c.unit) {
    case 'instant':
      return t('strength.time.instant');
    case 'centuries':
      return t('strength.time.centuries');
    default:
      return t(`strength.time.${c.unit}`, { count: c.count });
  }
}

/**
 * How strong the passphrase is, and why: a bar, its level in words, how long guessing it would
 * take someone who copied this computer's files, and each weakness found. When it is below the
 * minimum, the meter says so and why; the form refuses nothing without saying it here.
 */
export function StrengthMeter({ strength, id }: { strength: Strength; id: string }) {
  const { t } = useI18n();
  const level = LEVELS.indexOf(strength.level) + 1;
  return (
    <div className={`strength strength-${strength.level}`} id={id} aria-live="polite">
      <div className="strength-row">
        <meter
          min={0}
          max={LEVELS.length}
          low={2.5}
          high={3.5}
          optimum={5}
          value={level}
          aria-label={t('strength.label')}
        />
        <strong>{t(`strength.level.${strength.level}`)}</strong>
      </div>
      <p className="strength-time">{timeText(t, strength)}</p>
      {strength.weaknesses.length > 0 && (
        <ul className="strength-reasons">
          {strength.weaknesses.map((w) => (
            <li key={w.code}>{weaknessText(t, w)}</li>
          ))}
        </ul>
      )}
      {!strength.accepted && <p className="strength-refused">{t('strength.notAccepted')}</p>}
    </div>
  );
}
