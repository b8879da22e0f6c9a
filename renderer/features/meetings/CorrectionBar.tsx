import { useState } from 'react';
import { correctionProblems, type Meeting, type Minutes } from '../../../shared/domain/meeting';
import {
  MeetingChangedError,
  MeetingRefusedError,
  correctMeeting,
  type MinutesContext,
} from '../../db/meetingRepo';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useMeetingProblems } from './problemText';

type Props = {
  readonly meeting: Meeting;
  readonly rev: number;
  /** The minutes as corrected on screen. */
  readonly next: Minutes;
  readonly ctx: () => MinutesContext;
  readonly onDone: () => void;
};

/** Correcting approved minutes: why, then save (the timelines get corrections) or discard. */
export function CorrectionBar({ meeting, rev, next, ctx, onDone }: Props) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = tried ? correctionProblems(meeting, next, reason) : [];
  const p = useMeetingProblems(problems);

  const save = async () => {
    setTried(true);
    if (correctionProblems(meeting, next, reason).length > 0) return;
    setBusy(true);
    try {
      await correctMeeting(meeting.id, rev, next, reason, ctx());
      onDone();
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

  const other = problems.filter((x) => x.field !== 'reason');
  return (
    <section className="correction-bar card" aria-label={t('meetings.correct')}>
      <p>{t('meetings.correcting')}</p>
      <Field label={t('meetings.correctionReason')} error={p.of('reason')}>
        <input value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      </Field>
      {other.length > 0 && (
        <ul className="problems" role="alert">
          {[...new Set(other.map(p.text))].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t('meetings.saveCorrection')}
        </button>
        <button type="button" onClick={onDone}>
          {t('meetings.discardCorrection')}
        </button>
      </div>
    </section>
  );
}
