import { useState } from 'react';
import type { CaseStatus } from '../../../shared/domain/types';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import { setCaseStatus } from '../../db/caseRepo';
import type { CaseView } from '../../db/caseRows';
import { useI18n } from '../../i18n/i18n';

/** Monitor, close (with a reason, asked for in place) or reopen a case. */
export function CaseStatusControls({ view, actor }: { view: CaseView; actor: Actor }) {
  const { t } = useI18n();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');

  const change = async (status: CaseStatus, why = '') => {
    await setCaseStatus(view.id, status, why, now().instant, actor);
    setClosing(false);
  };

  return (
    <>
      {view.status === 'open' && (
        <button type="button" onClick={() => void change('monitoring')}>
          {t('case.monitor')}
        </button>
      )}
      {view.status !== 'closed' ? (
        <button type="button" onClick={() => setClosing(true)} aria-expanded={closing}>
          {t('case.close')}
        </button>
      ) : (
        <button type="button" onClick={() => void change('open')}>
          {t('case.reopen')}
        </button>
      )}
      {closing && (
        <form
          className="confirm case-close-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) void change('closed', reason.trim());
          }}
        >
          <label>
            {t('case.closeReason')}{' '}
            <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus maxLength={300} />
          </label>
          <button type="submit" className="danger" disabled={!reason.trim()}>
            {t('case.close')}
          </button>
          <button type="button" onClick={() => setClosing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </>
  );
}
