import type { FieldValue } from '../../../shared/domain/types';
import { assessmentFromFields } from '../../../shared/domain/risk';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { RiskBadge } from '../RiskBadge';

/** A saved risk assessment on the timeline: level, score, the factors answered yes, any judgement. */
export function RiskSummary({ fields }: { fields: Readonly<Record<string, FieldValue>> }) {
  const { t } = useI18n();
  const a = assessmentFromFields(fields);
  const yes = Object.entries(a.answers)
    .filter(([, v]) => v === 'yes')
    .map(([id]) => id);
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
      {a.override && <p className="entry-reason">{a.override.reason}</p>}
      {yes.length > 0 && (
        <ul className="risk-yes">
          {yes.map((id) => (
            <li key={id}>
              {t(`risk.factor.${id}` as MessageKey)}
              {a.notes[id] && <span className="muted"> — {a.notes[id]}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
