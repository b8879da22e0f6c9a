/**
 * The risk form's state and its check into the entry to save: every factor answered (yes, no or
 * not known; an unanswered one is shown, never taken as "not known"), a judgement with its
 * reason, a result that lowers the case's level with its reason (validateAssessment), notes and
 * reasons free of invisible characters, and the time it was made, typed in the zone in force then.
 */
import {
  calendarDateOf,
  instantMs,
  localParts,
  resolveLocal,
  type Instant,
  type ZoneOffset,
} from '../../../shared/dates';
import {
  RISK_FACTORS,
  assessmentToFields,
  scoreAssessment,
  type RiskAnswer,
  type RiskFactorId,
  type RiskScore,
} from '../../../shared/domain/risk';
import { validateAssessment, type AssessmentCheck } from '../../../shared/domain/riskValidation';
import type { EntryDraft, RiskLevel } from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import type { Actor } from '../../db/audit';
import { noErrors, textProblems, type FormProblem } from '../../ui/entry/textChecks';

/** Longest note on one question, and longest reason. */
export const MAX_NOTE = 300;
export const MAX_REASON = 500;

export type RiskFormState = {
  readonly answers: Readonly<Partial<Record<RiskFactorId, RiskAnswer>>>;
  readonly notes: Readonly<Partial<Record<RiskFactorId, string>>>;
  /** Professional judgement: a level, or 'none' to keep the checklist's. */
  readonly override: RiskLevel | 'none';
  readonly overrideReason: string;
  readonly lowerReason: string;
  readonly date: string;
  readonly time: string;
};

/** A blank form made at `at`: nothing answered. */
export function newRiskForm(at: Instant): RiskFormState {
  const { date, time } = localParts(at);
  return { answers: {}, notes: {}, override: 'none', overrideReason: '', lowerReason: '', date, time };
}

export type RiskFormContext = {
  readonly caseId: CaseId;
  readonly actor: Actor;
  /** Escalation as of now ('high' or null). */
  readonly escalation: RiskLevel | null;
  /** The case's level before this assessment; null when never assessed. */
  readonly currentLevel: RiskLevel | null;
  readonly nowMs: number;
  readonly today: string;
  readonly zone: ZoneOffset;
};

export type RiskFormCheck = {
  /** The domain's verdict: level, whether it lowers the case's level, its problems. */
  readonly assessment: AssessmentCheck;
  /** The live score (unanswered factors count as not known until saved). */
  readonly score: RiskScore;
  readonly unanswered: readonly RiskFactorId[];
  readonly problems: readonly FormProblem[];
  readonly draft: EntryDraft | null;
};

/** Checks the form (see the module comment). */
export function checkRiskForm(form: RiskFormState, ctx: RiskFormContext): RiskFormCheck {
  const override = form.override === 'none' ? null : { level: form.override, reason: form.overrideReason };
  const assessment = validateAssessment({
    answers: form.answers,
    override,
    escalation: ctx.escalation,
    currentLevel: ctx.currentLevel,
    lowerReason: form.lowerReason,
  });
  const problems: FormProblem[] = assessment.problems.map((p) => ({
    field: p.field,
    key: p.key,
    params: p.params,
    severity: p.severity,
  }));
  const when = resolveLocal(form.date, form.time, ctx.zone);
  if (when.kind === 'invalid')
    problems.push({
      field: form.date === '' ? 'date' : 'time',
      key: form.date === '' ? 'entry.err.date' : 'entry.err.time',
      severity: 'error',
    });
  else if (instantMs(when.instant) > ctx.nowMs + 60_000)
    problems.push({
      field: calendarDateOf(when.instant) === ctx.today ? 'time' : 'date',
      key: 'entry.err.future',
      severity: 'error',
    });
  for (const f of RISK_FACTORS)
    problems.push(...textProblems(`note.${f.id}`, form.notes[f.id]?.trim() ?? '', MAX_NOTE));
  if (override) problems.push(...textProblems('overrideReason', form.overrideReason.trim(), MAX_REASON));
  if (assessment.lowers) problems.push(...textProblems('lowerReason', form.lowerReason.trim(), MAX_REASON));

  const unanswered = RISK_FACTORS.filter((f) => form.answers[f.id] === undefined).map((f) => f.id);
  const answers: Record<string, RiskAnswer> = {};
  for (const f of RISK_FACTORS) answers[f.id] = form.answers[f.id] ?? 'unknown';
  const score = scoreAssessment(answers);
  if (!noErrors(problems) || when.kind === 'invalid')
    return { assessment, score, unanswered, problems, draft: null };

  const notes: Record<string, string> = {};
  for (const f of RISK_FACTORS) {
    const n = form.notes[f.id]?.trim();
    if (n) notes[f.id] = n;
  }
  const lowering =
    assessment.lowers && ctx.currentLevel !== null
      ? { from: ctx.currentLevel, reason: form.lowerReason }
      : null;
  return {
    assessment,
    score,
    unanswered,
    problems,
    draft: {
      caseId: ctx.caseId,
      kind: 'risk-assessment',
      occurredAt: when.instant,
      author: { name: ctx.actor.name, agency: ctx.actor.agency },
      confidentiality: { level: 'shared' },
      basis: { kind: 'opinion' },
      sourceAgency: '',
      narrative: '',
      fields: assessmentToFields(
        {
          answers,
          notes,
          score,
          override: override ? { ...override, reason: override.reason.trim() } : null,
        },
        ctx.escalation,
        lowering,
      ),
      correction: null,
    },
  };
}
