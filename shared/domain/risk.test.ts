import { describe, expect, it } from 'vitest';
import type { EntryId } from '../ids';
import type { AgencyKind } from './agencies';
import {
  HIGH_SCORE,
  MEDIUM_SCORE,
  RISK_FACTORS,
  RISK_FACTOR_IDS,
  assessmentFromFields,
  assessmentToFields,
  escalationDays,
  escalationLevel,
  missingAnswers,
  finalLevel,
  latestRisk,
  maxLevel,
  overrideDirection,
  riskTrend,
  scoreAssessment,
  type Assessment,
  type RiskAnswer,
} from './risk';
import { needsSupervisor, validateAssessment } from './riskValidation';
import { eff, testEntry } from './testEntries.testkit';
import { effectiveEntries } from './timeline';
import type { Entry, FieldValue, RiskLevel } from './types';

const WEIGHT_ONE = RISK_FACTORS.filter((f) => f.weight === 1).map((f) => f.id);
/** Every factor answered no, except `ids` answered yes. */
const yes = (...ids: string[]): Record<string, RiskAnswer> => ({
  ...Object.fromEntries(RISK_FACTOR_IDS.map((id) => [id, 'no'])),
  ...Object.fromEntries(ids.map((id) => [id, 'yes'])),
});
const CRITICAL = RISK_FACTORS.filter((f) => f.critical).map((f) => f.id);

describe('the checklist', () => {
  it('has about twenty factors with unique kebab-case ids, in RISK_FACTOR_IDS order', () => {
    expect(RISK_FACTORS).toHaveLength(20);
    expect(new Set(RISK_FACTOR_IDS).size).toBe(20);
    expect(RISK_FACTOR_IDS).toEqual(RISK_FACTORS.map((f) => f.id));
    for (const id of RISK_FACTOR_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('weighs the homicide-related factors 2 and marks them critical', () => {
    const heavy = RISK_FACTORS.filter((f) => f.weight === 2).map((f) => f.id);
    expect(heavy.sort()).toEqual(
      ['believes-could-be-killed', 'escalation', 'strangulation', 'threats-to-kill', 'weapons'].sort(),
    );
    expect(
      RISK_FACTORS.filter((f) => f.critical)
        .map((f) => f.id)
        .sort(),
    ).toEqual(heavy.sort());
    expect(scoreAssessment({}).maxScore).toBe(25);
  });
});

describe('scoreAssessment', () => {
  it('counts nothing answered as all unknown: score 0 but medium, because critical factors are not known', () => {
    expect(scoreAssessment({})).toEqual({
      score: 0,
      maxScore: 25,
      yesCount: 0,
      unknownCount: 20,
      computedLevel: 'medium',
      reasons: [],
      criticalYes: [],
      criticalUnknown: CRITICAL,
    });
    expect(scoreAssessment(yes()).computedLevel).toBe('standard');
  });

  it('lets a critical factor not known make it at least medium, and no other factor', () => {
    expect(scoreAssessment({ ...yes(), weapons: 'unknown' })).toMatchObject({
      computedLevel: 'medium',
      criticalUnknown: ['weapons'],
      score: 0,
    });
    expect(scoreAssessment({ ...yes(), isolation: 'unknown', stalking: 'unknown' }).computedLevel).toBe(
      'standard',
    );
    // Not known adds nothing to the score: it does not make a case high on its own.
    expect(scoreAssessment({ ...yes('strangulation'), weapons: 'unknown' }).computedLevel).toBe('medium');
  });

  it('applies the documented thresholds: medium at 7, high at 14', () => {
    const level = (n: number) => scoreAssessment(yes(...WEIGHT_ONE.slice(0, n))).computedLevel;
    expect(MEDIUM_SCORE).toBe(7);
    expect(HIGH_SCORE).toBe(14);
    expect(level(6)).toBe('standard');
    expect(level(7)).toBe('medium');
    expect(level(13)).toBe('medium');
    expect(level(14)).toBe('high');
  });

  it('makes any two critical factors high whatever the score', () => {
    const s = scoreAssessment(yes('strangulation', 'threats-to-kill'));
    expect(s).toMatchObject({
      score: 4,
      computedLevel: 'high',
      criticalYes: ['strangulation', 'threats-to-kill'],
    });
    expect(scoreAssessment(yes('weapons', 'believes-could-be-killed')).computedLevel).toBe('high');
    // One critical factor is at least medium; high only by the score.
    expect(scoreAssessment(yes('strangulation')).computedLevel).toBe('medium');
    expect(scoreAssessment(yes('strangulation', ...WEIGHT_ONE.slice(0, 11))).computedLevel).toBe('medium');
    expect(scoreAssessment(yes('strangulation', ...WEIGHT_ONE.slice(0, 12))).computedLevel).toBe('high');
  });

  it('counts no and unknown apart, and ignores ids not on the checklist', () => {
    const s = scoreAssessment({
      ...Object.fromEntries(CRITICAL.map((id) => [id, 'no' as const])),
      'current-injury': 'yes',
      stalking: 'no',
      isolation: 'unknown',
      'made-up': 'yes',
    });
    expect(s).toMatchObject({ score: 1, yesCount: 1, unknownCount: 13, computedLevel: 'standard' });
  });

  it('lists the reasons: critical first, then by weight, then checklist order', () => {
    const s = scoreAssessment(
      yes('isolation', 'current-injury', 'believes-could-be-killed', 'strangulation'),
    );
    expect(s.reasons).toEqual(['strangulation', 'believes-could-be-killed', 'current-injury', 'isolation']);
  });
});

function callout(at: string, agencyKind: AgencyKind = 'police', visitType = 'call-out'): Entry {
  return testEntry('callout', { visitType }, { at, agencyKind });
}

describe('escalationLevel', () => {
  const asOf = '2026-01-10T12:00:00+05:00';

  it('makes three police call-outs in 12 months high, two nothing', () => {
    const two = [callout('2025-03-01T10:00:00+05:00'), callout('2025-12-01T10:00:00+05:00')];
    expect(escalationLevel(eff(two), asOf)).toBeNull();
    expect(escalationLevel(eff([...two, callout('2026-01-10T11:00:00+05:00')]), asOf)).toBe('high');
  });

  it('counts neither other agencies’ visits, nor planned home visits, nor call-outs after asOf', () => {
    const base = [callout('2025-03-01T10:00:00+05:00'), callout('2025-12-01T10:00:00+05:00')];
    const notCounted = [
      callout('2025-06-01T10:00:00+05:00', 'crisis-centre'),
      callout('2025-06-02T10:00:00+05:00', 'police', 'home-visit'),
      callout('2026-01-10T12:01:00+05:00'),
      testEntry('incident', {}, { at: '2025-06-03T10:00:00+05:00' }),
    ];
    expect(escalationLevel(eff([...base, ...notCounted]), asOf)).toBeNull();
    // A call-out without a visit type is a call-out.
    const untyped = testEntry('callout', {}, { at: '2025-07-01T10:00:00+05:00' });
    expect(escalationLevel(eff([...base, untyped]), asOf)).toBe('high');
  });

  it('counts reports received too, and a day once however many reports and call-outs it has', () => {
    const report = (at: string, agencyKind: AgencyKind = 'police') =>
      testEntry('report-received', { channel: 'hotline-111' }, { at, agencyKind });
    const two = [callout('2025-03-01T10:00:00+05:00'), report('2025-12-01T10:00:00+05:00', 'crisis-centre')];
    expect(escalationLevel(eff(two), asOf)).toBeNull();
    expect(escalationLevel(eff([...two, report('2026-01-09T22:00:00+05:00')]), asOf)).toBe('high');
    // The report of 1 December and the call-out it caused that night are one day, one event.
    const sameDay = [...two, callout('2025-12-01T23:40:00+05:00')];
    expect(escalationDays(eff(sameDay), asOf)).toEqual(['2025-03-01', '2025-12-01']);
    expect(escalationLevel(eff(sameDay), asOf)).toBeNull();
  });

  it('looks back exactly 12 calendar months, across a leap day and an offset change', () => {
    const leapAsOf = '2024-02-29T12:00:00+05:00';
    const recent = [callout('2024-01-01T10:00:00+06:00'), callout('2024-02-01T10:00:00+06:00')];
    const at = (instant: string) => escalationLevel(eff([...recent, callout(instant)]), leapAsOf);
    // Twelve months before 29 Feb 2024 is 28 Feb 2023 at the same wall time (07:00 UTC).
    expect(at('2023-02-28T12:00:00+05:00')).toBeNull();
    expect(at('2023-02-28T12:01:00+05:00')).toBe('high');
    // 12:30 at UTC+6 is 06:30 UTC: before the window, though its clock reads later.
    expect(at('2023-02-28T12:30:00+06:00')).toBeNull();
    expect(at('2024-02-29T12:00:00+05:00')).toBe('high');
  });
});

describe('levels and judgement', () => {
  const high = scoreAssessment(yes('strangulation', 'weapons'));
  const low = scoreAssessment(yes());

  it('takes the higher of checklist and escalation', () => {
    expect(finalLevel(low, null, null)).toBe('standard');
    expect(finalLevel(low, 'high', null)).toBe('high');
    expect(finalLevel(high, null, null)).toBe('high');
    expect(maxLevel('medium', null)).toBe('medium');
    expect(maxLevel('standard', 'medium')).toBe('medium');
  });

  it('lets judgement raise or lower the level', () => {
    expect(finalLevel(low, null, { level: 'high', reason: 'new threats by phone' })).toBe('high');
    expect(finalLevel(high, 'high', { level: 'medium', reason: 'he is in custody' })).toBe('medium');
    expect(overrideDirection('standard', 'high')).toBe('raised');
    expect(overrideDirection('high', 'medium')).toBe('lowered');
    expect(overrideDirection('medium', 'medium')).toBe('same');
  });
});

describe('assessment fields', () => {
  const answers: Record<string, RiskAnswer> = {
    ...yes('strangulation', 'threats-to-kill'),
    isolation: 'unknown',
  };
  const base: Assessment = {
    answers,
    notes: { strangulation: '  twice in March ', stalking: '   ' },
    score: scoreAssessment(answers),
    override: null,
  };

  it('stores every answer, non-empty notes, score and levels', () => {
    const f = assessmentToFields(base);
    expect(Object.keys(f).filter((k) => k.startsWith('q.'))).toHaveLength(20);
    expect(f).toMatchObject({
      'q.strangulation': 'yes',
      'q.stalking': 'no',
      'q.isolation': 'unknown',
      'note.strangulation': 'twice in March',
      score: 4,
      maxScore: 25,
      unknownCount: 1,
      computedLevel: 'high',
      level: 'high',
    });
    expect(f).not.toHaveProperty('note.stalking');
    expect(f).not.toHaveProperty('overrideLevel');
    expect(f).not.toHaveProperty('overrideReason');
    expect(f).not.toHaveProperty('escalation');
    expect(f).not.toHaveProperty('lowerReason');
  });

  it('stores a lowering with the level it lowered from and the reason, and refuses one without', () => {
    const f = assessmentToFields(base, null, { from: 'high', reason: ' moved to another region ' });
    expect(f).toMatchObject({ previousLevel: 'high', lowerReason: 'moved to another region' });
    expect(assessmentFromFields(f).lowering).toEqual({ from: 'high', reason: 'moved to another region' });
    expect(assessmentFromFields(assessmentToFields(base)).lowering).toBeNull();
    expect(() => assessmentToFields(base, null, { from: 'high', reason: ' ' })).toThrow(RangeError);
  });

  it('stores an override with its reason, and escalation when it applied', () => {
    const f = assessmentToFields(
      {
        ...base,
        answers: yes(),
        score: scoreAssessment(yes()),
        override: { level: 'medium', reason: ' agreed at meeting ' },
      },
      'high',
    );
    expect(f).toMatchObject({
      computedLevel: 'standard',
      level: 'medium',
      escalation: 'high',
      overrideLevel: 'medium',
      overrideReason: 'agreed at meeting',
    });
  });

  it('refuses an override without a reason', () => {
    expect(() => assessmentToFields({ ...base, override: { level: 'standard', reason: '  ' } })).toThrow(
      RangeError,
    );
  });

  it('reads back what it stored', () => {
    const override = { level: 'medium' as const, reason: 'in custody' };
    const back = assessmentFromFields(assessmentToFields({ ...base, override }, 'high'));
    expect(back.answers).toEqual(answers);
    expect(back.notes).toEqual({ strangulation: 'twice in March' });
    expect(back).toMatchObject({ override, level: 'medium', storedScore: 4, escalation: 'high' });
    expect(back.score.computedLevel).toBe('high');
  });

  it('reads anything unexpected as unknown or absent, never throwing', () => {
    const fields: Record<string, FieldValue> = {
      'q.strangulation': 'YES',
      'q.weapons': true,
      'q.stalking': 1,
      'q.isolation': ['yes'],
      'q.threats-to-kill': 'yes',
      level: 'extreme',
      score: 'nine',
      overrideLevel: 'severe',
    };
    const a = assessmentFromFields(fields);
    expect(a.answers.strangulation).toBe('unknown');
    expect(a.answers.weapons).toBe('unknown');
    expect(a.answers.stalking).toBe('unknown');
    expect(a.answers.isolation).toBe('unknown');
    expect(a.answers['threats-to-kill']).toBe('yes');
    // Unreadable critical answers are not known: at least medium, never a safe-looking standard.
    expect(a).toMatchObject({ level: 'medium', storedScore: null, override: null, escalation: null });
    expect(assessmentFromFields({}).level).toBe('medium');
  });
});

function assessment(at: string, level: string, score: number, id?: string): Entry {
  return testEntry('risk-assessment', { level, score, computedLevel: level }, { at, ...(id ? { id } : {}) });
}

describe('trend and latest', () => {
  const a1 = assessment('2025-11-01T10:00:00+05:00', 'standard', 3, 'r1');
  const a2 = assessment('2025-12-01T10:00:00+05:00', 'medium', 8, 'r2');
  const a3 = assessment('2026-01-05T10:00:00+05:00', 'high', 15, 'r3');

  it('lists assessments oldest first with their stored score, limited to the latest n', () => {
    const entries = eff([a3, testEntry('note'), a1, a2]);
    expect(riskTrend(entries)).toEqual([
      { occurredAt: a1.occurredAt, level: 'standard', score: 3 },
      { occurredAt: a2.occurredAt, level: 'medium', score: 8 },
      { occurredAt: a3.occurredAt, level: 'high', score: 15 },
    ]);
    expect(riskTrend(entries, 2).map((p) => p.score)).toEqual([8, 15]);
    expect(riskTrend(entries, 0)).toEqual([]);
    expect(riskTrend(entries, 10)).toHaveLength(3);
    expect(riskTrend([])).toEqual([]);
  });

  it('gives the newest assessment, or null', () => {
    expect(latestRisk([])).toBeNull();
    expect(latestRisk(eff([a3, a1, a2]))).toEqual({
      originalId: 'r3',
      occurredAt: a3.occurredAt,
      level: 'high',
      computedLevel: 'high',
      score: 15,
      overridden: false,
    });
    const twin = assessment(a3.occurredAt, 'medium', 9, 'r4');
    expect(latestRisk(eff([twin, a3]))?.originalId).toBe('r4');
  });

  it('uses corrected versions and leaves voided assessments out', () => {
    const fixed: Entry = {
      ...assessment(a3.occurredAt, 'medium', 9, 'r3-fix'),
      correction: { supersedes: 'r3' as EntryId, action: 'correct', reason: 'answer entered wrongly' },
    };
    const voidA2: Entry = {
      ...testEntry('note', {}, { id: 'v2' }),
      correction: { supersedes: 'r2' as EntryId, action: 'void', reason: 'wrong case' },
    };
    const effective = effectiveEntries([a1, a2, a3, fixed, voidA2]);
    expect(riskTrend(effective).map((p) => p.level)).toEqual(['standard', 'medium']);
    expect(latestRisk(effective)).toMatchObject({ originalId: 'r3', level: 'medium', score: 9 });
  });

  it('reports an overridden latest assessment', () => {
    const f = assessmentToFields({
      answers: yes(),
      notes: {},
      score: scoreAssessment(yes()),
      override: { level: 'high', reason: 'judgement' },
    });
    const e = testEntry('risk-assessment', f, { id: 'o' });
    expect(latestRisk(eff([e]))).toMatchObject({
      level: 'high',
      computedLevel: 'standard',
      overridden: true,
    });
  });
});

describe('missingAnswers', () => {
  it('lists every factor without yes, no or not known, in checklist order', () => {
    expect(missingAnswers({})).toEqual(RISK_FACTOR_IDS);
    expect(missingAnswers(yes())).toEqual([]);
    expect(missingAnswers({ ...yes(), stalking: undefined, weapons: 'maybe' })).toEqual([
      'weapons',
      'stalking',
    ]);
    expect(missingAnswers({ ...yes(), stalking: 'unknown' })).toEqual([]);
  });
});

describe('needsSupervisor', () => {
  it('asks for one only when the level goes down', () => {
    expect(needsSupervisor('high', 'medium')).toBe(true);
    expect(needsSupervisor('medium', 'standard')).toBe(true);
    expect(needsSupervisor('high', 'high')).toBe(false);
    expect(needsSupervisor('standard', 'high')).toBe(false);
    expect(needsSupervisor(null, 'standard')).toBe(false);
  });
});

describe('validateAssessment', () => {
  const draft = (
    answers: Record<string, RiskAnswer | undefined>,
    currentLevel: RiskLevel | null = 'high',
  ) => ({
    answers,
    override: null,
    escalation: null,
    currentLevel,
    lowerReason: '',
  });

  it('refuses a blank assessment: every question must be answered, and it cannot lower a High case', () => {
    const check = validateAssessment(draft({}));
    expect(check.problems.filter((p) => p.key === 'risk.err.unanswered')).toHaveLength(20);
    expect(check.problems.map((p) => p.field)).toContain('q.strangulation');
    expect(check).toMatchObject({ level: 'medium', lowers: true, needsSupervisor: true });
    expect(check.problems).toContainEqual({
      field: 'lowerReason',
      key: 'risk.err.lowerReason',
      severity: 'error',
    });
  });

  it('takes a complete assessment that keeps or raises the level without a reason', () => {
    expect(validateAssessment(draft(yes('strangulation', 'weapons')))).toEqual({
      level: 'high',
      lowers: false,
      needsSupervisor: false,
      problems: [],
    });
    expect(validateAssessment(draft(yes(), null)).problems).toEqual([]);
    expect(validateAssessment(draft(yes('stalking'), 'standard')).problems).toEqual([]);
  });

  it('asks for a reason to lower, and then takes it', () => {
    const lower = draft(yes(), 'medium');
    expect(validateAssessment(lower).problems).toEqual([
      { field: 'lowerReason', key: 'risk.err.lowerReason', severity: 'error' },
    ]);
    expect(validateAssessment({ ...lower, lowerReason: 'He moved to another region' })).toMatchObject({
      level: 'standard',
      lowers: true,
      problems: [],
    });
  });

  it('never lowers on critical factors that are not known, reason or not', () => {
    const unsure = {
      ...draft({ ...yes(), weapons: 'unknown', isolation: 'unknown' }),
      lowerReason: 'calmer now',
    };
    expect(validateAssessment(unsure).problems).toEqual([
      { field: 'q.weapons', key: 'risk.err.unknownCannotLower', severity: 'error' },
    ]);
    // The same answers may stand when they do not lower the level.
    expect(validateAssessment({ ...unsure, currentLevel: 'medium' }).problems).toEqual([]);
  });

  it('counts judgement and escalation in the level it compares', () => {
    const judged = {
      ...draft(yes()),
      override: { level: 'high' as const, reason: 'threats by phone last night' },
    };
    expect(validateAssessment(judged)).toMatchObject({ level: 'high', lowers: false, problems: [] });
    expect(validateAssessment({ ...draft(yes()), escalation: 'high' })).toMatchObject({
      lowers: false,
      problems: [],
    });
    const noReason = { ...judged, override: { level: 'high' as const, reason: ' ' } };
    expect(validateAssessment(noReason).problems).toEqual([
      { field: 'overrideReason', key: 'risk.overrideReasonRequired', severity: 'error' },
    ]);
  });
});
