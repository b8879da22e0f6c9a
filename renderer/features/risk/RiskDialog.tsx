import { useMemo, useState, type KeyboardEvent } from 'react';
import { instantFromLocal, localParts } from '../../../shared/dates';
import {
  RISK_FACTORS,
  assessmentToFields,
  finalLevel,
  scoreAssessment,
  type RiskAnswer,
} from '../../../shared/domain/risk';
import { RISK_LEVELS, type EntryDraft, type RiskLevel } from '../../../shared/domain/types';
import { needsSupervisor } from '../../../shared/domain/riskValidation';
import type { CaseId } from '../../../shared/ids';
import { machineOffset, now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { RiskBadge } from '../../ui/RiskBadge';
import { useSession } from '../session';

type Props = {
  readonly caseId: CaseId;
  readonly actor: Actor;
  /** At least this level because of repeated police call-outs, or null. */
  readonly escalation: RiskLevel | null;
  /** The case's level now; only a supervisor saves a result below it. */
  readonly currentLevel: RiskLevel | null;
  readonly onSave: (draft: EntryDraft) => Promise<void>;
  readonly onClose: () => void;
};

const ANSWERS: readonly RiskAnswer[] = ['yes', 'no', 'unknown'];

/** The judgement choice: a level, or "use the checklist level". */
type RiskLevelOrNone = RiskLevel | 'none';

/** The checklist: yes / no / not known per factor with a note, a live score, and judgement. */
export function RiskDialog({ caseId, actor, escalation, currentLevel, onSave, onClose }: Props) {
  const { t } = useI18n();
  const { may } = useSession();
  const [when] = useState(() => localParts(now().instant));
  const [answers, setAnswers] = useState<Record<string, RiskAnswer>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [override, setOverride] = useState<RiskLevelOrNone>('none');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const complete = useMemo(
    () =>
      Object.fromEntries(RISK_FACTORS.map((f) => [f.id, answers[f.id] ?? 'unknown'])) as Record<
        string,
        RiskAnswer
      >,
    [answers],
  );
  const score = useMemo(() => scoreAssessment(complete), [complete]);
  const overrideValue = override === 'none' ? null : { level: override, reason: reason.trim() };
  const level = finalLevel(score, escalation, overrideValue);
  const unanswered = RISK_FACTORS.filter((f) => !answers[f.id]).length;
  const refusedLowering = needsSupervisor(currentLevel, level) && !may('risk-lower');

  const save = async () => {
    if (refusedLowering) return;
    if (overrideValue && overrideValue.reason === '') {
      setReasonError(true);
      return;
    }
    const clock = now();
    const occurredAt = instantFromLocal(when.date, when.time, machineOffset) ?? clock.instant;
    setSaving(true);
    try {
      await onSave({
        caseId,
        kind: 'risk-assessment',
        occurredAt,
        author: { name: actor.name, agency: actor.agency },
        confidentiality: { level: 'shared' },
        basis: { kind: 'opinion' },
        sourceAgency: '',
        narrative: '',
        fields: assessmentToFields({ answers: complete, notes, score, override: overrideValue }, escalation),
        correction: null,
      });
      onClose();
    } catch {
      setFailed(true);
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  };

  return (
    <Dialog title={t('risk.title')} onClose={onClose} wide>
      <div className="risk-form" onKeyDown={onKeyDown}>
        <p className="muted">{t('risk.intro')}</p>
        <ol className="risk-factors">
          {RISK_FACTORS.map((f) => (
            <li key={f.id} className={answers[f.id] === 'yes' ? 'answered-yes' : undefined}>
              <fieldset>
                <legend>{t(`risk.factor.${f.id}` as MessageKey)}</legend>
                <div className="risk-answers">
                  {ANSWERS.map((a) => (
                    <label key={a} className="check">
                      <input
                        type="radio"
                        name={`q-${f.id}`}
                        checked={answers[f.id] === a}
                        onChange={() => setAnswers((x) => ({ ...x, [f.id]: a }))}
                      />
                      {t(`risk.answer.${a}`)}
                    </label>
                  ))}
                  <input
                    className="risk-note"
                    aria-label={`${t('risk.note')}: ${t(`risk.factor.${f.id}` as MessageKey)}`}
                    placeholder={t('risk.note')}
                    value={notes[f.id] ?? ''}
                    maxLength={300}
                    onChange={(e) => setNotes((n) => ({ ...n, [f.id]: e.target.value }))}
                  />
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="risk-result" aria-live="polite">
          <div>
            <span className="muted">{t('risk.computed')}: </span>
            <RiskBadge level={score.computedLevel} />{' '}
            <span>{t('risk.score', { score: score.score, max: score.maxScore })}</span>
            {unanswered > 0 && (
              <span className="muted"> · {t('risk.unanswered', { count: unanswered })}</span>
            )}
          </div>
          {escalation && <div className="entry-reason">{t('risk.escalation')}</div>}
          <div className="form-row">
            <Field label={t('risk.override')}>
              <select value={override} onChange={(e) => setOverride(e.target.value as RiskLevelOrNone)}>
                <option value="none">{t('risk.overrideNone')}</option>
                {RISK_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`risk.level.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
            {override !== 'none' && (
              <Field
                label={t('risk.overrideReason')}
                error={reasonError ? t('risk.overrideReasonRequired') : null}
              >
                <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
              </Field>
            )}
          </div>
          <div>
            <span className="muted">{t('risk.final')}: </span>
            <RiskBadge level={level} />
          </div>
          {refusedLowering && (
            <p className="form-error" role="alert">
              {t('risk.supervisorOnly')}
            </p>
          )}
        </div>
        {failed && (
          <p className="form-error" role="alert">
            {t('entry.saveFailed')}
          </p>
        )}
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            onClick={() => void save()}
            disabled={saving || refusedLowering}
          >
            {t('risk.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <span className="muted">{t('entry.saveHint')}</span>
        </div>
      </div>
    </Dialog>
  );
}
