import { useState, type FormEvent } from 'react';
import { windowDaysProblem, WINDOW_DAYS, type FieldProblem } from '../../../shared/settings';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';

type Problems = { readonly windowDays: FieldProblem | null };
const NONE: Problems = { windowDays: null };

/**
 * The deadlines window, checked by the same rules the host applies, with a problem shown next to
 * the field with the limit. (Names belong to staff accounts now: Staff, and sign-in.)
 */
export function GeneralSection() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  const problemText = useProblemText();
  const [windowDays, setWindowDays] = useState(String(settings.deadlineWindowDays));
  const [problems, setProblems] = useState<Problems>(NONE);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const days = windowDays.trim() === '' ? Number.NaN : Number(windowDays);
    const next: Problems = { windowDays: windowDaysProblem(days) };
    setProblems(next);
    if (next.windowDays) {
      setStatus({ ok: false, text: t('form.fixFields') });
      return;
    }
    const result = await update({ deadlineWindowDays: days });
    setStatus(
      result.ok
        ? { ok: true, text: t('settings.saved') }
        : { ok: false, text: t(`error.${result.error.code}`) },
    );
  };

  return (
    <form className="card" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('settings.general')}</h2>
      <Field
        label={t('settings.deadlineWindow')}
        hint={t('settings.deadlineWindowHint')}
        error={problemText(problems.windowDays)}
      >
        <input
          type="number"
          inputMode="numeric"
          min={WINDOW_DAYS.min}
          max={WINDOW_DAYS.max}
          value={windowDays}
          onChange={(e) => setWindowDays(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        {status && (
          <span role="status" className={status.ok ? 'ok-text' : 'form-error'}>
            {status.text}
          </span>
        )}
      </div>
    </form>
  );
}
