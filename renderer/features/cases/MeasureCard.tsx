import type { MissedCheckIn } from '../../../shared/domain/checkIns';
import { PROHIBITIONS } from '../../../shared/domain/entryKinds';
import type { MeasureState } from '../../../shared/domain/measures';
import type { Person } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n';
import { isOneOf, useDomainLabels } from '../../ui/entry/labels';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { quickActions, slotForKept, type QuickAction, type ScheduleToday } from './measureActions';

type Props = {
  readonly m: MeasureState;
  readonly persons: readonly Person[];
  readonly schedule: ScheduleToday | undefined;
  /** Missed check-ins of this measure not yet answered by a later one or a breach. */
  readonly missed: readonly MissedCheckIn[];
  readonly onAction: (action: QuickAction, m: MeasureState) => void;
  /** An action is being saved: the buttons wait. */
  readonly busy: boolean;
};

const ACTION_LABEL = {
  served: 'measureCard.served',
  breached: 'measureCard.breached',
  'check-in-kept': 'measureCard.checkInKept',
  'check-in-missed': 'measureCard.checkInMissed',
  extend: 'measureCard.extend',
  end: 'measureCard.end',
} as const satisfies Record<QuickAction, string>;

/**
 * One measure on the case page: what it is, its state and last day, whom it is against, what it
 * forbids, its check-ins (next due, not recorded, missed), and buttons for what happens next.
 * Every button is a plain button in the Tab order.
 */
export function MeasureCard({ m, persons, schedule, missed, onAction, busy }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const names = useDomainLabels();
  const against = m.againstPersonId ? persons.find((p) => p.id === m.againstPersonId) : undefined;
  const measureName = names.option(m.measure);
  const actions = quickActions(m, schedule);
  const next = slotForKept(schedule);
  const overdue = (schedule?.slots ?? []).filter((s) => s.state === 'overdue');
  const prohibitions = m.prohibitions.filter((p) => isOneOf(PROHIBITIONS, p)).map((p) => names.option(p));
  return (
    <li className="measure-card" tabIndex={-1} data-order={m.orderEntryId}>
      <div className="measure-line">
        <strong>{measureName}</strong>
        <span className={`measure-state state-${m.state}`}>{t(`measure.state.${m.state}`)}</span>
        {m.endsOn ? (
          <span className="muted">{t('measure.until', { date: fmt.date(m.endsOn) })}</span>
        ) : (
          <span className="muted">{m.termMissing ? t('measure.termMissing') : t('measure.noEnd')}</span>
        )}
        {(m.state === 'active' || m.state === 'expiring-soon' || m.state === 'breached') &&
          m.daysLeft !== null &&
          m.daysLeft >= 0 && (
            <span className="muted">
              {m.daysLeft === 0 ? t('case.lastDay') : t('case.daysLeft', { count: m.daysLeft })}
            </span>
          )}
        {m.breaches.length > 0 && (
          <span className="tag tag-voided">{t('measure.breaches', { count: m.breaches.length })}</span>
        )}
        {!m.served && m.state !== 'expired' && <span className="tag">{t('measure.notServed')}</span>}
      </div>
      <p className="measure-detail">
        {against ? (
          <span>
            {t('measureCard.against')} <UserText text={against.name} />
          </span>
        ) : (
          <span className="muted">{t('measureCard.againstUnknown')}</span>
        )}
        {prohibitions.length > 0 && (
          <span>{t('measureCard.prohibitions', { list: prohibitions.join(', ') })}</span>
        )}
        {m.checkInsPerMonth !== null && (
          <span>{t('measureCard.perMonth', { count: m.checkInsPerMonth })}</span>
        )}
      </p>
      {(next || overdue.length > 0 || missed.length > 0) && (
        <ul className="check-in-lines">
          {missed.map((x) => (
            <li key={x.recordId} className="check-in-missed">
              {t('measureCard.checkInMissedOn', { date: fmt.date(x.dueOn) })}
            </li>
          ))}
          {overdue.map((s) => (
            <li key={s.dueOn} className="check-in-overdue">
              {t('measureCard.checkInOverdue', { date: fmt.date(s.dueOn) })}
            </li>
          ))}
          {next && next.state === 'due' && (
            <li>{t('measureCard.checkInDue', { date: fmt.date(next.dueOn) })}</li>
          )}
        </ul>
      )}
      {actions.length > 0 && (
        <div
          className="measure-actions"
          role="group"
          aria-label={t('measureCard.actions', { measure: measureName })}
        >
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              className="small-button"
              disabled={busy}
              onClick={() => onAction(a, m)}
            >
              {t(ACTION_LABEL[a])}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
