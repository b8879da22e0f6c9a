import type { ReactNode } from 'react';
import type { CalendarDate } from '../../../shared/dates';
import type { Person } from '../../../shared/domain/types';
import { navigate } from '../../app/router';
import type { CaseView } from '../../db/caseRows';
import { useI18n } from '../../i18n/i18n';
import { USER_TEXT_SLOT, UserText, UserTextIn } from '../../ui/UserText';
import { PeoplePanel } from './PeoplePanel';

type Props = {
  readonly view: CaseView;
  readonly persons: readonly Person[] | undefined;
  readonly today: CalendarDate;
  /** The case's commands (status, print, new entry …), laid out at the end of the title line. */
  readonly actions: ReactNode;
};

/** Reference, victim, status and the people on the case, with the case's commands. */
export function CaseHeader({ view, persons, today, actions }: Props) {
  const { t } = useI18n();
  return (
    <header className="case-header">
      <button type="button" className="link" onClick={() => navigate({ name: 'cases' })}>
        ← {t('case.backToList')}
      </button>
      <div className="case-title">
        <h1>
          <UserText text={view.reference} />
        </h1>
        <UserText className="victim" text={view.victimName} />
        <span className={`status status-${view.status}`}>{t(`status.${view.status}`)}</span>
        {view.demo && <span className="tag">{t('cases.demoBadge')}</span>}
        <span className="spacer" />
        <div className="case-actions">{actions}</div>
      </div>
      {view.status === 'closed' && view.closedReason && (
        <p className="muted">
          <UserTextIn
            message={t('case.closedBecause', { reason: USER_TEXT_SLOT })}
            text={view.closedReason}
          />
        </p>
      )}
      {persons && persons.length > 0 && <PeoplePanel persons={persons} today={today} />}
    </header>
  );
}
