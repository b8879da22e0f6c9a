import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { RISK_ANSWERS, RISK_FACTORS, type RiskAnswer, type RiskFactorId } from '../../../shared/domain/risk';
import { DEFAULT_RISK_RULES, riskRuleFor } from '../../../shared/domain/riskRules';
import { RISK_LEVELS, type EntryDraft, type RiskLevel } from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import { machineOffset, now } from '../../app/clock';
import { takeKeptDraft, useKeptDraft } from '../../app/keptDrafts';
import type { Actor } from '../../db/audit';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { EntryField } from '../../ui/entry/EntryField';
import { useDomainLabels } from '../../ui/entry/labels';
import { problemsByField } from '../../ui/entry/textChecks';
import { WhenFields } from '../../ui/entry/WhenFields';
import { RiskBadge } from '../../ui/RiskBadge';
import { loweringNeeds } from './lowering';
import { RiskQuestion } from './RiskQuestion';
import { checkRiskForm, newRiskForm, type RiskFormState } from './riskForm';
import { useSession } from '../session';

type Props = {
  readonly caseId: CaseId;
  readonly actor: Actor;
  /** At least this level because of repeated reports and police call-outs, or null. */
  readonly escalation: RiskLevel | null;
  /** The separate days with a report received or a police call-out that count towards it. */
  readonly escalationDays: number;
  /** The case's level now (before this assessment); null when never assessed. */
  readonly currentLevel: RiskLevel | null;
  readonly onSave: (drafts: readonly EntryDraft[]) => Promise<void>;
  readonly onClose: () => void;
};

/**
 * The checklist: every question answered yes, no or not known, with a note; the live score;
 * professional judgement with its reason; and a result that would lower the case's level asks
 * why. Nothing unanswered is taken as "not known": it is counted and marked until answered.
 * Ctrl+Enter saves.
 */
export function RiskDialog({
  caseId,
  actor,
  escalation,
  escalationDays,
  currentLevel,
  onSave,
  onClose,
}: Props) {
  const { t } = useI18n();
  const { may } = useSession();
  const names = useDomainLabels();
  const listRef = useRef<HTMLOListElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // Answers given when the app locked come back after unlock (app/keptDrafts.ts).
  const draftKey = `risk-form:${caseId}`;
  const [form, setForm] = useState<RiskFormState>(
    () => takeKeptDraft<RiskFormState>(draftKey) ?? newRiskForm(now().instant),
  );
  useKeptDraft(draftKey, () => form);
  const [attempted, setAttempted] = useState(0);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const set = useCallback((patch: Partial<RiskFormState>) => setForm((f) => ({ ...f, ...patch })), []);
  const answer = useCallback(
    (id: RiskFactorId, a: RiskAnswer) => setForm((f) => ({ ...f, answers: { ...f.answers, [id]: a } })),
    [],
  );
  const note = useCallback(
    (id: RiskFactorId, text: string) => setForm((f) => ({ ...f, notes: { ...f.notes, [id]: text } })),
    [],
  );
  const context = useCallback(() => {
    const clock = now();
    return {
      caseId,
      actor,
      escalation,
      currentLevel,
      nowMs: clock.ms,
      today: clock.today,
      zone: machineOffset,
    };
  }, [caseId, actor, escalation, currentLevel]);
  const check = useMemo(() => checkRiskForm(form, context()), [form, context]);
  // Whether the result lowers the case's level is known once every question is answered.
  const complete = check.unanswered.length === 0;
  const needs = complete
    ? loweringNeeds(currentLevel, check.assessment.level, may('risk-lower'))
    : { kind: 'nothing' };
  const refusedLowering = needs.kind === 'refused';
  const shown = check.problems.filter(
    (p) =>
      (attempted > 0 || p.key === 'entryForm.err.invisible' || p.key === 'entryForm.err.tooLongBy') &&
      (complete || p.field !== 'lowerReason'),
  );
  const byField = useMemo(() => problemsByField(shown), [shown]);
  const errorCount =
    attempted > 0 ? new Set(shown.filter((p) => p.severity === 'error').map((p) => p.field)).size : 0;

  const goToFirstUnanswered = useCallback(() => {
    const first = check.unanswered[0];
    if (first) listRef.current?.querySelector<HTMLInputElement>(`input[name="q-${first}"]`)?.focus();
  }, [check.unanswered]);

  useEffect(() => {
    if (attempted === 0) return;
    const first = rootRef.current?.querySelector<HTMLElement>(
      '.unanswered input, .field-invalid :is(input, select, textarea, [tabindex="0"])',
    );
    first?.focus();
  }, [attempted]);

  const save = async () => {
    if (saving || refusedLowering) return;
    const result = checkRiskForm(form, context());
    if (result.draft === null) {
      setAttempted((n) => n + 1);
      return;
    }
    setSaving(true);
    setFailed(false);
    try {
      await onSave([result.draft]);
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

  const level = check.assessment.level;
  return (
    <Dialog title={t('risk.title')} onClose={onClose} wide>
      <div className="risk-form" onKeyDownCapture={onKeyDown} ref={rootRef}>
        <p className="muted">{t('risk.intro')}</p>
        <div className="form-grid when-row">
          <WhenFields
            date={form.date}
            time={form.time}
            onDate={(date) => set({ date })}
            onTime={(time) => set({ time })}
            dateLabel={t('risk.date')}
            timeLabel={t('risk.time')}
            dateProblems={byField.get('date')}
            timeProblems={byField.get('time')}
          />
          <p className="risk-current">
            {currentLevel ? (
              <>
                {t('risk.currentLevel')} <RiskBadge level={currentLevel} />
              </>
            ) : (
              t('case.noAssessment')
            )}
          </p>
        </div>
        <ol className="risk-factors" ref={listRef} aria-label={t('risk.questions')}>
          {RISK_FACTORS.map((f, i) => (
            <RiskQuestion
              key={f.id}
              number={i + 1}
              id={f.id}
              question={names.factor(f.id)}
              answer={form.answers[f.id]}
              note={form.notes[f.id] ?? ''}
              problems={[...(byField.get(`q.${f.id}`) ?? []), ...(byField.get(`note.${f.id}`) ?? [])]}
              answers={RISK_ANSWERS}
              onAnswer={answer}
              onNote={note}
            />
          ))}
        </ol>
        <div className="risk-result" aria-live="polite">
          <p className={check.unanswered.length > 0 ? 'risk-unanswered' : 'ok-text'}>
            {check.unanswered.length > 0 ? (
              <>
                {t('risk.unansweredLeft', { count: check.unanswered.length })}{' '}
                <button type="button" className="link" onClick={goToFirstUnanswered}>
                  {t('risk.goToUnanswered')}
                </button>
              </>
            ) : (
              t('risk.allAnswered')
            )}
          </p>
          <div>
            <span className="muted">{t('risk.computed')}: </span>
            <RiskBadge level={check.score.computedLevel} />{' '}
            <span>{t('risk.score', { score: check.score.score, max: check.score.maxScore })}</span>
          </div>
          {check.score.criticalUnknown.length > 0 && (
            <div className="entry-reason">{t('risk.criticalUnknown')}</div>
          )}
          {escalation && (
            <div className="entry-reason">
              {t('risk.escalationDays', {
                count: escalationDays,
                months: riskRuleFor(now().today, DEFAULT_RISK_RULES).escalationMonths,
              })}
            </div>
          )}
          <div className="form-grid">
            <EntryField label={t('risk.override')}>
              <select value={form.override} onChange={(e) => set({ override: levelOrNone(e.target.value) })}>
                <option value="none">{t('risk.overrideNone')}</option>
                {RISK_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`risk.level.${l}`)}
                  </option>
                ))}
              </select>
            </EntryField>
            {form.override !== 'none' && (
              <EntryField label={t('risk.overrideReason')} problems={byField.get('overrideReason')}>
                <input
                  value={form.overrideReason}
                  onChange={(e) => set({ overrideReason: e.target.value })}
                />
              </EntryField>
            )}
          </div>
          {needs.kind === 'reason' && currentLevel && (
            <div className="risk-lowering">
              <p className="entry-reason">
                {t('risk.lowerHint', { from: t(`risk.level.${currentLevel}`), to: t(`risk.level.${level}`) })}
              </p>
              <EntryField
                label={t('risk.lowerReason')}
                problems={byField.get('lowerReason')}
                className="wide-field"
              >
                <input value={form.lowerReason} onChange={(e) => set({ lowerReason: e.target.value })} />
              </EntryField>
            </div>
          )}
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
        {errorCount > 0 && (
          <p className="form-error" role="alert">
            {t('risk.notSaved', { count: errorCount })}
          </p>
        )}
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
            {saving ? t('common.saving') : t('risk.save')}
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

function levelOrNone(v: string): RiskLevel | 'none' {
  return RISK_LEVELS.find((l) => l === v) ?? 'none';
}
