import { useState, type FormEvent } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { scheduleProblems, type MeetingProblem, type MeetingSchedule } from '../../../shared/domain/meeting';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/dates/DateInput';
import { TimeInput } from '../../ui/dates/TimeInput';
import { useDateLabels } from './dateLabels';
import { useMeetingProblems } from './problemText';
import { UserText, userTextString } from '../../ui/UserText';

type Props = {
  readonly title: string;
  readonly submitLabel: string;
  readonly initial: MeetingSchedule;
  /** The agencies that may chair or be invited (agencySource.ts). */
  readonly agencies: readonly AgencyRef[];
  /** Saves the schedule; resolves when done (the dialog closes) or rejects with a message. */
  readonly onSubmit: (s: MeetingSchedule) => Promise<void>;
  readonly onClose: () => void;
};

/** Date, time, place, chairing agency and the partners invited: a new meeting or a planned one's details. */
export function ScheduleDialog({ title, submitLabel, initial, agencies, onSubmit, onClose }: Props) {
  const { t, lang } = useI18n();
  const labels = useDateLabels();
  const [s, setS] = useState<MeetingSchedule>(initial);
  const [problems, setProblems] = useState<readonly MeetingProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const p = useMeetingProblems(problems);
  const invited = new Set(s.invited.map((a) => a.id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = scheduleProblems(s);
    setProblems(found);
    if (found.length > 0 || busy) return;
    setBusy(true);
    try {
      await onSubmit(s);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-row">
          <Field label={t('meetings.heldOn')} error={p.of('heldOn')}>
            <DateInput
              value={s.heldOn}
              onChange={(v) => setS({ ...s, heldOn: v })}
              lang={lang}
              labels={labels}
              autoFocus
            />
          </Field>
          <Field label={t('meetings.startsAt')} error={p.of('startsAt')}>
            <TimeInput value={s.startsAt} onChange={(v) => setS({ ...s, startsAt: v })} lang={lang} />
          </Field>
          <Field label={t('meetings.place')} error={p.of('place')}>
            <input value={s.place} onChange={(e) => setS({ ...s, place: e.target.value })} />
          </Field>
        </div>
        <Field label={t('meetings.chair')} error={p.of('chair')}>
          <select
            value={s.chair?.id ?? ''}
            onChange={(e) => setS({ ...s, chair: agencies.find((a) => a.id === e.target.value) ?? null })}
          >
            <option value="">—</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {userTextString(a.name)} ({t(`agencyKind.${a.kind}`)})
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="invited-list" aria-describedby="invited-hint">
          <legend>{t('meetings.invited')}</legend>
          <p id="invited-hint" className="muted small">
            {t('meetings.invitedHint')}
          </p>
          {agencies.map((a) => (
            <label key={a.id} className="check">
              <input
                type="checkbox"
                checked={invited.has(a.id) || s.chair?.id === a.id}
                disabled={s.chair?.id === a.id}
                onChange={(e) =>
                  setS({
                    ...s,
                    invited: e.target.checked ? [...s.invited, a] : s.invited.filter((x) => x.id !== a.id),
                  })
                }
              />
              <span>
                <UserText text={a.name} /> <span className="muted">· {t(`agencyKind.${a.kind}`)}</span>
              </span>
            </label>
          ))}
          {p.of('invited') && (
            <span className="field-error" role="alert">
              {p.of('invited')}
            </span>
          )}
        </fieldset>
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
