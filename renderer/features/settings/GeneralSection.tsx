import { useState, type FormEvent } from 'react';
import { isAgencyKind } from '../../../shared/domain/agencies';
import {
  agencyProblems,
  staffNameProblem,
  windowDaysProblem,
  WINDOW_DAYS,
  type AgencyInput,
  type FieldProblem,
} from '../../../shared/settings';
import { useSettings } from '../../app/settingsContext';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useProblemText } from '../../ui/problemText';
import { AgencyFields } from './AgencyFields';

type Problems = {
  readonly agency: ReturnType<typeof agencyProblems>;
  readonly staffName: FieldProblem | null;
  readonly windowDays: FieldProblem | null;
};
const NONE: Problems = { agency: {}, staffName: null, windowDays: null };

/**
 * This office's agency, the staff member's name and the deadlines window. Each field is checked
 * by the same rules the host applies, and a problem is shown next to its field with the limit.
 */
export function GeneralSection() {
  const { settings, update } = useSettings();
  const { t } = useI18n();
  const problemText = useProblemText();
  const [agency, setAgency] = useState<AgencyInput>({
    name: settings.agency?.name ?? '',
    kind: settings.agency?.kind ?? 'police',
    region: settings.agency?.region ?? '',
  });
  const [staffName, setStaffName] = useState(settings.staffName);
  const [windowDays, setWindowDays] = useState(String(settings.deadlineWindowDays));
  const [problems, setProblems] = useState<Problems>(NONE);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const days = windowDays.trim() === '' ? Number.NaN : Number(windowDays);
    const next: Problems = {
      agency: agencyProblems(agency),
      staffName: staffNameProblem(staffName),
      windowDays: windowDaysProblem(days),
    };
    setProblems(next);
    if (
      Object.keys(next.agency).length > 0 ||
      next.staffName ||
      next.windowDays ||
      !isAgencyKind(agency.kind)
    ) {
      setStatus({ ok: false, text: t('form.fixFields') });
      return;
    }
    const result = await update({
      staffName: staffName.trim(),
      deadlineWindowDays: days,
      ...(settings.agency
        ? {
            agency: {
              ...settings.agency,
              name: agency.name.trim(),
              kind: agency.kind,
              region: agency.region.trim(),
            },
          }
        : {}),
    });
    setStatus(
      result.ok
        ? { ok: true, text: t('settings.saved') }
        : { ok: false, text: t(`error.${result.error.code}`) },
    );
  };

  return (
    <form className="card" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('settings.general')}</h2>
      <AgencyFields value={agency} onChange={setAgency} problems={problems.agency} />
      <Field label={t('settings.staffName')} error={problemText(problems.staffName)}>
        <input value={staffName} onChange={(e) => setStaffName(e.target.value)} />
      </Field>
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
