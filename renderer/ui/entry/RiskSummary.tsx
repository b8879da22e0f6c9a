import type { FieldValue } from '../../../shared/domain/types';
import { RISK_FACTORS, assessmentFromFields } from '../../../shared/domain/risk';
import { useI18n } from '../../i18n/i18n';
import { RiskBadge } from '../RiskBadge';
import { UserText } from '../UserText';
import { useDomainLabels } from './labels';

/**
 * A saved risk assessment on the timeline: level, score, the factors answered yes, any judgement,
 * and why it lowered the case's level when it did.
 */
export function RiskSummary({ fields }: { fields: Readonly<Record<string, FieldValue>> }) {
  const { t } = useI18n();
  const names = useDomainLabels();
  const a = assessmentFromFields(fields);
  const yes = RISK_FACTORS.filter((f) => a.answers[f.id] === 'yes');
  return (
    <div className="risk-summary">
      <div className="risk-summary-head">
        <RiskBadge level={a.level} />
        <span>{t('risk.score', { score: a.score.score, max: a.score.maxScore })}</span>
        {a.override && (
          <span className="muted">
            {t('risk.overridden', {
              level: t(`risk.level.${a.override.level}`),
              computed: t(`risk.level.${a.score.computedLevel}`),
            })}
          </span>
        )}
      </div>
      {a.override && (
        <p className="entry-reason">
          <UserText text={a.override.reason} />
        </p>
      )}
      {a.lowering && (
        <p className="entry-reason">
          {t('risk.loweredFrom', { level: t(`risk.level.${a.lowering.from}`) })}{' '}
          <UserText text={a.lowering.reason} />
        </p>
      )}
      {yes.length > 0 && (
        <ul className="risk-yes">
          {yes.map((f) => (
            <li key={f.id}>
              {names.factor(f.id)}
              {a.notes[f.id] && (
                <span className="muted">
                  {' '}
                  — <UserText text={a.notes[f.id] ?? ''} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
