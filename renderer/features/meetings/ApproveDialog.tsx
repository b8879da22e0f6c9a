import { useState } from 'react';
import { approvalProblems, meetingActions, type Meeting } from '../../../shared/domain/meeting';
import {
  MeetingChangedError,
  MeetingRefusedError,
  approveMeeting,
  type MinutesContext,
} from '../../db/meetingRepo';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { useMeetingProblems } from './problemText';

type Props = {
  readonly meeting: Meeting;
  readonly rev: number;
  /** Who approves, when, and the meeting's start (its entries' time); read when confirmed. */
  readonly ctx: () => MinutesContext;
  readonly onClose: () => void;
};

/**
 * Approving the minutes: what it does (locks them; writes each case's discussion and each agreed
 * action to the timelines), or what stops it.
 */
export function ApproveDialog({ meeting, rev, ctx, onClose }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // What stops approval, as the dialog opened (approving changes the meeting under it).
  const [problems] = useState(() => approvalProblems(meeting, ctx().today));
  const p = useMeetingProblems(problems);
  const actions = meetingActions(meeting).length;

  const approve = async () => {
    setBusy(true);
    try {
      await approveMeeting(meeting.id, rev, ctx());
      onClose();
    } catch (e) {
      setBusy(false);
      setFailure(
        e instanceof MeetingRefusedError
          ? e.problems.map(p.text).join(' ')
          : e instanceof MeetingChangedError
            ? t('meetings.changedElsewhere')
            : e instanceof Error
              ? e.message
              : String(e),
      );
    }
  };

  return (
    <Dialog title={t('meetings.approveTitle')} onClose={onClose}>
      {problems.length > 0 ? (
        <>
          <p>{t('meetings.approveBlocked')}</p>
          <ul className="problems">
            {[...new Set(problems.map(p.text))].map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" onClick={onClose} autoFocus>
              {t('common.close')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('meetings.approveLock')}</p>
          <p>{t('meetings.approveWrites', { cases: meeting.agenda.length, actions })}</p>
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void approve()}
              autoFocus
            >
              {t('meetings.approveConfirm')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
