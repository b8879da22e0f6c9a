import { useState, type FormEvent } from 'react';
import type { CaseId } from '../../../shared/ids';
import type { ActionOutcome } from '../../../shared/domain/entryKinds';
import { closingDraft, closingProblems } from '../../../shared/domain/meetingActions';
import type { MeetingProblem } from '../../../shared/domain/meeting';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { useSettings } from '../../app/settingsContext';
import { addEntries } from '../../db/writeEntries';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { UserText } from '../../ui/UserText';

type Props = {
  readonly caseId: CaseId;
  /** Original id of the action's entry. */
  readonly actionEntryId: string;
  readonly actionText: string;
  readonly onDone: (text: string) => void;
  readonly onClose: () => void;
};

/** Closing an action from the list: done, or not possible with the reason — a timeline entry either way. */
export function CloseActionDialog({ caseId, actionEntryId, actionText, onDone, onClose }: Props) {
  const { t } = useI18n();
  const actor = useActor();
  const { settings } = useSettings();
  const [outcome, setOutcome] = useState<ActionOutcome>('done');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<readonly MeetingProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const of = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return p ? t(p.key, p.params) : null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = closingProblems({ outcome, reason, note });
    setProblems(found);
    if (found.length > 0 || busy) return;
    setBusy(true);
    const c = now();
    try {
      const draft = closingDraft({ caseId, actionEntryId, outcome, reason, note, at: c.instant }, actor);
      await addEntries([draft], {
        now: c.instant,
        today: c.today,
        windowDays: settings.deadlineWindowDays,
        actor,
      });
      onDone(actionText);
    } catch (err) {
      setBusy(false);
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <Dialog title={t('deadlines.closeTitle')} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>
          <strong>
            <UserText text={actionText} />
          </strong>
        </p>
        <fieldset className="radios">
          <legend>{t('deadlines.outcome')}</legend>
          {(['done', 'not-possible'] as const).map((o) => (
            <label key={o} className="check">
              <input type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />
              {t(`deadlines.outcome.${o}`)}
            </label>
          ))}
        </fieldset>
        {outcome === 'not-possible' && (
          <Field label={t('deadlines.reason')} error={of('reason')}>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        )}
        <Field label={t('deadlines.note')} error={of('note')}>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {t('deadlines.closeSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
