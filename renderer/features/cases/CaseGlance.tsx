import { calendarDateOf, daysBetween } from '../../../shared/dates';
import type { MeasureState } from '../../../shared/domain/measures';
import type { Person } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { useDomainLabels } from '../../ui/entry/labels';
import { RiskBadge } from '../../ui/RiskBadge';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { ownerName } from '../exports';
import { RiskTrend } from '../risk';
import type { CaseModel } from '../../model/caseModel';
import { MeasureCard } from './MeasureCard';
import type { QuickAction } from './measureActions';

type Props = {
  readonly model: CaseModel;
  readonly persons: readonly Person[];
  readonly onAssess: () => void;
  readonly onMeasureAction: (action: QuickAction, m: MeasureState) => void;
  /** A quick action is being saved. */
  readonly busy: boolean;
};

/** Risk now, with when it was assessed and when it must be reviewed or assessed again. */
function RiskSection({ model, onAssess }: Pick<Props, 'model' | 'onAssess'>) {
  const { t } = useI18n();
  const fmt = useFormat();
  const { risk, review, reassessment } = model;
  return (
    <section aria-labelledby="glance-risk" className="glance-risk">
      <h2 id="glance-risk">{t('case.riskNow')}</h2>
      {risk ? (
        <div className="risk-now">
          <RiskBadge level={risk.level} />
          <span className="muted small">
            {t('glance.assessedOn', { date: fmt.date(calendarDateOf(risk.occurredAt)) })}
          </span>
        </div>
      ) : (
        <p className="muted">{t('case.noAssessment')}</p>
      )}
      {risk?.raisedByEscalation && <p className="small entry-reason">{t('glance.raisedByEscalation')}</p>}
      <ul className="risk-dates">
        {reassessment && (
          <li className={reassessment.overdue ? 'overdue' : 'due'}>
            {t(reassessment.overdue ? 'glance.reassessOverdue' : 'glance.reassessDue', {
              date: fmt.date(reassessment.dueOn),
            })}
            <span className="muted"> · {t(`reassess.trigger.${reassessment.trigger.kind}`)}</span>
          </li>
        )}
        {review && (
          <li className={review.overdue ? 'overdue' : undefined}>
            {t(review.overdue ? 'glance.reviewOverdue' : 'glance.reviewDue', {
              date: fmt.date(review.dueOn),
            })}
          </li>
        )}
      </ul>
      {model.trend.length > 0 && <RiskTrend points={model.trend} />}
      <button type="button" onClick={onAssess}>
        {t('case.assessRisk')}
      </button>
    </section>
  );
}

/** The last contact with the victim (not a talk with the person who caused harm). */
function ContactSection({ model }: Pick<Props, 'model'>) {
  const { t } = useI18n();
  const fmt = useFormat();
  const names = useDomainLabels();
  const contact = model.lastContact;
  const ago = contact ? daysBetween(calendarDateOf(contact.occurredAt), model.today) : null;
  return (
    <section aria-labelledby="glance-contact" className="glance-contact">
      <h2 id="glance-contact">{t('case.lastContactVictim')}</h2>
      {contact ? (
        <>
          <p>
            {fmt.instant(contact.occurredAt)}
            {ago !== null && ago >= 0 && (
              <span className="muted">
                {' '}
                · {ago === 0 ? t('glance.contactToday') : t('glance.contactDaysAgo', { count: ago })}
              </span>
            )}
          </p>
          <p className="muted small">
            {names.kind(contact.kind)} · <UserText text={contact.author.agency.name} />
          </p>
        </>
      ) : (
        <p className="muted">{t('case.noContact')}</p>
      )}
    </section>
  );
}

/**
 * The case header's answer to "how dangerous is this now?": risk and its dates, the measures with
 * what can be recorded for them, open actions, and the last contact with the victim.
 */
export function CaseGlance({ model, persons, onAssess, onMeasureAction, busy }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const current = model.measures.filter((m) => m.state !== 'expired' && m.state !== 'ended-early');
  const shown = current.length > 0 ? current : model.measures.slice(-2);
  return (
    <div className="glance">
      <RiskSection model={model} onAssess={onAssess} />
      <section aria-labelledby="glance-measures" className="glance-measures">
        <h2 id="glance-measures">{t('case.activeMeasures')}</h2>
        {shown.length === 0 ? (
          <p className="muted">{t('case.noMeasures')}</p>
        ) : (
          <ul className="measure-cards">
            {shown.map((m) => (
              <MeasureCard
                key={m.orderEntryId}
                m={m}
                persons={persons}
                schedule={model.checkIns.find((s) => s.orderEntryId === m.orderEntryId)}
                missed={model.missedCheckIns.filter((x) => x.orderEntryId === m.orderEntryId && !x.answered)}
                onAction={onMeasureAction}
                busy={busy}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="glance-actions" className="glance-actions">
        <h2 id="glance-actions">{t('case.openActions')}</h2>
        {model.openActions.length === 0 ? (
          <p className="muted">{t('case.noActions')}</p>
        ) : (
          <ul>
            {model.openActions.slice(0, 4).map((a) => (
              <li key={a.originalId}>
                <UserText text={a.text} />
                <span className="muted">
                  {' '}
                  · <UserText text={ownerName(a, t)} />
                  {a.dueOn && ` · ${t('case.due', { date: fmt.date(a.dueOn) })}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ContactSection model={model} />
    </div>
  );
}
