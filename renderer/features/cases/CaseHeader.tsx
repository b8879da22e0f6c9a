import type { ReactNode } from 'react';
import type { Person } from '../../../shared/domain/types';
import { navigate } from '../../app/router';
import type { CaseView } from '../../db/caseRows';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';

type Props = {
  readonly view: CaseView;
  readonly persons: readonly Person[] | undefined;
  /** The case's commands (status, print, new entry …), laid out at the end of the title line. */
  readonly actions: ReactNode;
};

/** Reference, victim, status and the other people on the case, with the case's commands. */
export function CaseHeader({ view, persons, actions }: Props) {
  const { t } = useI18n();
  const fmt = useFormat();
  const victim = persons?.find((p) => p.role === 'victim');
  const others = persons?.filter((p) => p !== victim) ?? [];
  return (
    <header className="case-header">
      <button type="button" className="link" onClick={() => navigate({ name: 'cases' })}>
        ← {t('case.backToList')}
      </button>
      <div className="case-title">
        <h1>{view.reference}</h1>
        <span className="victim">{view.victimName}</span>
        <span className={`status status-${view.status}`}>{t(`status.${view.status}`)}</span>
        {view.demo && <span className="tag">{t('cases.demoBadge')}</span>}
        <span className="spacer" />
        <div className="case-actions">{actions}</div>
      </div>
      {view.status === 'closed' && view.closedReason && (
        <p className="muted">{t('case.closedBecause', { reason: view.closedReason })}</p>
      )}
      <p className="persons-line">
        {others.map((p, i) => (
          <span key={p.id}>
            {i > 0 && ' · '}
            {t(`role.${p.role}`)}: <strong>{p.name}</strong>
            {p.birthDate && ` (${fmt.date(p.birthDate)})`}
          </span>
        ))}
      </p>
    </header>
  );
}
