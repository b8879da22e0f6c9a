import { describe, expect, it } from 'vitest';
import { RISK_FACTORS, assessmentFromFields, type RiskAnswer } from '../../../shared/domain/risk';
import type { CaseId } from '../../../shared/ids';
import { machineOffset } from '../../app/clock';
import { ACTOR } from '../../db/testDb.testkit';
import { checkRiskForm, MAX_NOTE, newRiskForm, type RiskFormContext, type RiskFormState } from './riskForm';
import { loweringNeeds } from './lowering';

const NOW = '2026-11-28T17:00:00+05:00';
const ctx: RiskFormContext = {
  caseId: 'c1' as CaseId,
  actor: ACTOR,
  escalation: null,
  currentLevel: 'high',
  nowMs: Date.parse(NOW),
  today: '2026-11-28',
  zone: machineOffset,
};
const all = (a: RiskAnswer) => Object.fromEntries(RISK_FACTORS.map((f) => [f.id, a]));
const blank = newRiskForm(NOW);
const keys = (f: RiskFormState, c: RiskFormContext = ctx) =>
  checkRiskForm(f, c).problems.map((p) => `${p.field}:${p.key}`);

describe('the risk form', () => {
  it('cannot save a blank assessment: every question is marked unanswered, and none is taken as "not known"', () => {
    const r = checkRiskForm(blank, ctx);
    expect(r.draft).toBeNull();
    expect(r.unanswered).toHaveLength(RISK_FACTORS.length);
    expect(r.problems.filter((p) => p.key === 'risk.err.unanswered')).toHaveLength(RISK_FACTORS.length);
  });

  it('cannot lower a High case with a half-filled assessment', () => {
    const half = Object.fromEntries(RISK_FACTORS.slice(0, 10).map((f) => [f.id, 'no' as const]));
    const r = checkRiskForm({ ...blank, answers: half }, ctx);
    expect(r.draft).toBeNull();
    expect(r.unanswered).toEqual(RISK_FACTORS.slice(10).map((f) => f.id));
  });

  it('asks why when a complete assessment lowers the level, and keeps the reason with it', () => {
    const answered = { ...blank, answers: all('no') };
    expect(keys(answered)).toEqual(['lowerReason:risk.err.lowerReason']);
    const r = checkRiskForm({ ...answered, lowerReason: ' Переехала к сестре, он в СИЗО ' }, ctx);
    const stored = assessmentFromFields(r.draft?.fields ?? {});
    expect(stored.level).toBe('standard');
    expect(stored.lowering).toEqual({ from: 'high', reason: 'Переехала к сестре, он в СИЗО' });
  });

  it('does not let "not known" on a critical question lower the level', () => {
    const answers = { ...all('no'), strangulation: 'unknown' as const };
    expect(keys({ ...blank, answers, lowerReason: 'Причина' })).toEqual([
      'q.strangulation:risk.err.unknownCannotLower',
    ]);
  });

  it('needs no reason for a first assessment or one that keeps or raises the level', () => {
    expect(keys({ ...blank, answers: all('no') }, { ...ctx, currentLevel: null })).toEqual([]);
    expect(keys({ ...blank, answers: all('yes') })).toEqual([]);
  });

  it('needs the reason for a judgement, and refuses invisible characters and over-long notes', () => {
    expect(keys({ ...blank, answers: all('yes'), override: 'high' })).toEqual([
      'overrideReason:risk.overrideReasonRequired',
    ]);
    const notes = { weapons: 'нож\u202E', isolation: 'x'.repeat(MAX_NOTE + 1) };
    expect(keys({ ...blank, answers: all('yes'), notes })).toEqual([
      'note.weapons:entryForm.err.invisible',
      'note.isolation:entryForm.err.tooLongBy',
    ]);
  });

  it('dates the assessment as typed, in the offset in force then, and refuses the future', () => {
    const r = checkRiskForm({ ...blank, answers: all('yes'), date: '2024-02-28', time: '23:30' }, ctx);
    expect(r.draft?.occurredAt).toBe('2024-02-28T23:30:00+06:00');
    expect(keys({ ...blank, answers: all('yes'), date: '2026-11-29' })).toEqual(['date:entry.err.future']);
  });
});

describe('what lowering the level needs', () => {
  it('is nothing when the level is kept or raised, the reason when a supervisor lowers it', () => {
    expect(loweringNeeds('medium', 'high', true)).toEqual({ kind: 'nothing' });
    expect(loweringNeeds(null, 'standard', false)).toEqual({ kind: 'nothing' });
    expect(loweringNeeds('high', 'medium', true)).toEqual({ kind: 'reason' });
  });

  it('refuses a lowering by someone who may not lower levels', () => {
    expect(loweringNeeds('high', 'standard', false)).toEqual({ kind: 'refused' });
    expect(loweringNeeds('high', 'high', false)).toEqual({ kind: 'nothing' });
  });
});
