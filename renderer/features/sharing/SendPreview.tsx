import { useI18n } from '../../i18n/i18n';
import type { SendPlan } from './sendFlow';

/**
 * What a bundle holds before it is made: how many entries and persons go (and whether with
 * contacts), what is left out and why, and what the recipients already have. `extra` counts the
 * entries made with it (a referral).
 */
export function SendPreview({ plan, extra }: { readonly plan: SendPlan; readonly extra: number }) {
  const { t } = useI18n();
  const { out } = plan;
  const entries = out.entries.length + extra;
  const left = [
    out.withheld.internal > 0 && t('send.withheld.internal', { count: out.withheld.internal }),
    out.withheld.restricted > 0 && t('send.withheld.restricted', { count: out.withheld.restricted }),
    out.withheld.sensitive > 0 && t('send.withheld.sensitive', { count: out.withheld.sensitive }),
    out.alreadyHeld > 0 && t('send.alreadyHeld', { count: out.alreadyHeld }),
  ].filter((x): x is string => typeof x === 'string');
  return (
    <section className="send-preview" aria-label={t('send.preview')}>
      <h3>{t('send.preview')}</h3>
      <p data-testid="send-included">
        {t('send.preview.entries', { count: entries })} ·{' '}
        {t('send.preview.persons', { count: out.persons.length })}{' '}
        {out.contactsRemoved ? t('send.preview.contactsNo') : t('send.preview.contactsYes')}
      </p>
      {entries === 0 && <p className="muted">{t('send.nothingNew')}</p>}
      {left.length > 0 && (
        <>
          <h4>{t('send.withheld')}</h4>
          <ul data-testid="send-withheld">
            {left.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
