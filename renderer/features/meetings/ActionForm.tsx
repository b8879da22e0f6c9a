import { useState, type FormEvent } from 'react';
import type { AgencyRef } from '../../../shared/domain/agencies';
import {
  actionProblems,
  type ActionDraft,
  type Meeting,
  type MeetingProblem,
} from '../../../shared/domain/meeting';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { DateInput } from '../../ui/dates/DateInput';
import { useDateLabels } from './dateLabels';
import { useMeetingProblems } from './problemText';

type Props = {
  readonly meeting: Pick<Meeting, 'heldOn' | 'invited'>;
  readonly initial?: ActionDraft;
  readonly submitLabel: string;
  readonly onSave: (a: ActionDraft) => void;
  readonly onCancel?: () => void;
  /** Names the form's fields apart from other cases' forms (ids). */
  readonly idPrefix: string;
};

const EMPTY: ActionDraft = { text: '', owner: null, ownerPerson: '', dueOn: '' };

/** What is to be done, by which invited agency, the named person where known, and by when. */
export function ActionForm({ meeting, initial = EMPTY, submitLabel, onSave, onCancel, idPrefix }: Props) {
  const { t, lang } = useI18n();
  const labels = useDateLabels();
  const [a, setA] = useState<ActionDraft>(initial);
  const [problems, setProblems] = useState<readonly MeetingProblem[]>([]);
  const p = useMeetingProblems(problems);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = actionProblems(meeting, a);
    setProblems(found);
    if (found.length > 0) return;
    onSave(a);
    setA(EMPTY);
  };

  const owner = (id: string): AgencyRef | null => meeting.invited.find((x) => x.id === id) ?? null;
  return (
    <form
      className="action-form"
      onSubmit={submit}
      noValidate
      aria-label={submitLabel}
      id={`${idPrefix}-form`}
    >
      <Field label={t('meetings.action.text')} error={p.of('text')}>
        <textarea rows={2} value={a.text} onChange={(e) => setA({ ...a, text: e.target.value })} />
      </Field>
      <div className="form-row">
        <Field label={t('meetings.action.owner')} error={p.of('owner')}>
          <select value={a.owner?.id ?? ''} onChange={(e) => setA({ ...a, owner: owner(e.target.value) })}>
            <option value="">—</option>
            {meeting.invited.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('meetings.action.person')} error={p.of('ownerPerson')}>
          <input value={a.ownerPerson} onChange={(e) => setA({ ...a, ownerPerson: e.target.value })} />
        </Field>
        <Field label={t('meetings.action.due')} error={p.of('dueOn')}>
          <DateInput
            value={a.dueOn}
            onChange={(v) => setA({ ...a, dueOn: v })}
            lang={lang}
            labels={labels}
            min={meeting.heldOn}
          />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
