import type { MeasureState } from '../../../shared/domain/measures';
import { isAgencyKind } from '../../../shared/domain/agencies';
import type { Entry } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { RiskBadge } from '../../ui/RiskBadge';
import { useFormat } from '../../ui/format';
import { RiskTrend } from '../risk';
import type { CaseModel } from '../../model/caseModel';

/** Days left in words: "12 days left", "last day today". */
function DaysLeft({ m }: { m: MeasureState }) {
  const { t } = useI18n();
  if (m.daysLeft === null || m.daysLeft < 0) return null;
  return (
    <span className="muted">
      {m.daysLeft === 0 ? t('case.lastDay') : t('case.daysLeft', { count: m.daysLeft })}
    </span>
  );
}

/** The case header's answer to "how dangerous is this now?": risk, measures, actions, last contact. */
export function CaseGlance({ model, onAssess }: { model: CaseModel; onAssess: () => void }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const current = model.measures.filter((m) => m.state !== 'expired' && m.state !== 'ended-early');
  const shown = current.length > 0 ? current : model.measures.slice(-2);
  const contact: Entry | null = model.lastContact;
  return (
    <div className="glance">
      <section aria-labelledby="glance-risk">
        <h2 id="glance-risk">{t('case.riskNow')}</h2>
        {model.risk ? (
          <div className="risk-now">
            <RiskBadge level={model.risk.level} />
            <RiskTrend points={model.trend} />
          </div>
        ) : (
          <p className="muted">{t('case.noAssessment')}</p>
        )}
        {model.risk && <p className="muted small">{fmt.instant(model.risk.occurredAt)}</p>}
        <button type="button" onClick={onAssess}>
          {t('case.assessRisk')}
        </button>
      </section>
      <section aria-labelledby="glance-measures">
        <h2 id="glance-measures">{t('case.activeMeasures')}</h2>
        {shown.length === 0 ? (
          <p className="muted">{t('case.noMeasures')}</p>
        ) : (
          <ul>
            {shown.map((m) => (
              <li key={m.orderEntryId} className="measure-line">
                <strong>{t(`option.${m.measure}`)}</strong>
                <span className={`measure-state state-${m.state}`}>{t(`measure.state.${m.state}`)}</span>
                {m.endsOn ? (
                  <span className="muted">{t('measure.until', { date: fmt.date(m.endsOn) })}</span>
                ) : (
                  <span className="muted">{t('measure.noEnd')}</span>
                )}
                {(m.state === 'active' || m.state === 'expiring-soon' || m.state === 'breached') && (
                  <DaysLeft m={m} />
                )}
                {m.breaches.length > 0 && (
                  <span className="tag tag-voided">
                    {t('measure.breaches', { count: m.breaches.length })}
                  </span>
                )}
                {!m.served && m.state !== 'expired' && <span className="tag">{t('measure.notServed')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="glance-actions">
        <h2 id="glance-actions">{t('case.openActions')}</h2>
        {model.openActions.length === 0 ? (
          <p className="muted">{t('case.noActions')}</p>
        ) : (
          <ul>
            {model.openActions.slice(0, 4).map((a) => (
              <li key={a.originalId}>
                {a.text}
                <span className="muted">
                  {' '}
                  · {isAgencyKind(a.ownerAgency) ? t(`agencyKind.${a.ownerAgency}`) : a.ownerAgency}
                  {a.dueOn && ` · ${t('case.due', { date: fmt.date(a.dueOn) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="glance-contact">
        <h2 id="glance-contact">{t('case.lastContact')}</h2>
        {contact ? (
          <>
            <p>{fmt.instant(contact.occurredAt)}</p>
            <p className="muted small">
              {t(`kind.${contact.kind}`)} · {contact.author.agency.name}
            </p>
          </>
        ) : (
          <p className="muted">{t('case.noContact')}</p>
        )}
      </section>
    </div>
  );
}
