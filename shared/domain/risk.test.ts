import { describe, expect, it } from 'vitest';
import {
  RISK_FACTORS,
  assessmentFromFields,
  assessmentToFields,
  escalationLevel,
  latestRisk,
  riskTrend,
  scoreAssessment,
  type RiskAnswer,
} from './risk';
import { eff, testEntry } from './testEntries';

const all = (a: RiskAnswer) => Object.fromEntries(RISK_FACTORS.map((f) => [f.id, a]));

describe('risk scoring', () => {
  it('scores nothing known as standard', () => {
    expect(scoreAssessment({})).toMatchObject({
      score: 0,
      unknownCount: RISK_FACTORS.length,
      computedLevel: 'standard',
    });
  });

  it('weights the critical factors double', () => {
    expect(scoreAssessment({ strangulation: 'yes' }).score).toBe(2);
    expect(scoreAssessment({ isolation: 'yes' }).score).toBe(1);
  });

  it('reaches medium at 7 and high at 14', () => {
    const ones = RISK_FACTORS.filter((f) => f.weight === 1).map((f) => f.id);
    const pick = (n: number) => Object.fromEntries(ones.slice(0, n).map((id) => [id, 'yes' as const]));
    expect(scoreAssessment(pick(6)).computedLevel).toBe('standard');
    expect(scoreAssessment(pick(7)).computedLevel).toBe('medium');
    expect(scoreAssessment(pick(14)).computedLevel).toBe('high');
    expect(scoreAssessment(all('yes'))).toMatchObject({
      computedLevel: 'high',
      yesCount: RISK_FACTORS.length,
    });
  });

  it('makes two critical factors high whatever the score', () => {
    const s = scoreAssessment({ strangulation: 'yes', 'threats-to-kill': 'yes' });
    expect(s).toMatchObject({
      score: 4,
      computedLevel: 'high',
      reasons: ['strangulation', 'threats-to-kill'],
    });
  });
});

describe('assessment entries', () => {
  it('round-trip through entry fields, with judgement and its reason', () => {
    const answers = { ...all('no'), weapons: 'yes' as const };
    const a = {
      answers,
      notes: { weapons: 'охотничье ружьё' },
      score: scoreAssessment(answers),
      override: { level: 'high' as const, reason: 'Угрозы после развода' },
    };
    const fields = assessmentToFields(a);
    expect(fields).toMatchObject({
      'q.weapons': 'yes',
      'note.weapons': 'охотничье ружьё',
      computedLevel: 'standard',
      level: 'high',
      overrideReason: 'Угрозы после развода',
    });
    expect(assessmentFromFields(fields)).toMatchObject({
      level: 'high',
      override: { level: 'high' },
      notes: { weapons: 'охотничье ружьё' },
    });
  });

  it('reads unexpected values as not known', () => {
    expect(assessmentFromFields({ 'q.weapons': 'maybe', level: 'extreme' })).toMatchObject({
      answers: { weapons: 'unknown' },
      level: 'standard',
    });
  });

  it('raises the level to high after three police call-outs in a year', () => {
    const callouts = ['2025-03-01', '2025-09-01', '2026-01-05'].map((d) =>
      testEntry('callout', {}, { at: `${d}T10:00:00+05:00` }),
    );
    expect(escalationLevel(eff(callouts), '2026-01-10T00:00:00+05:00')).toBe('high');
    expect(escalationLevel(eff(callouts), '2026-03-10T00:00:00+05:00')).toBeNull();
    const social = callouts.map((c) => ({
      ...c,
      author: { ...c.author, agency: { ...c.author.agency, kind: 'social-protection' as const } },
    }));
    expect(escalationLevel(eff(social), '2026-01-10T00:00:00+05:00')).toBeNull();
    const fields = assessmentToFields(
      { answers: {}, notes: {}, score: scoreAssessment({}), override: null },
      'high',
    );
    expect(fields).toMatchObject({ computedLevel: 'standard', level: 'high' });
  });

  it('gives the trend oldest first and the latest level', () => {
    const low = testEntry('risk-assessment', { level: 'standard' }, { at: '2026-01-01T10:00:00+05:00' });
    const high = testEntry('risk-assessment', { level: 'high' }, { at: '2026-02-01T10:00:00+05:00' });
    expect(riskTrend(eff([high, low])).map((p) => p.level)).toEqual(['standard', 'high']);
    expect(latestRisk(eff([high, low]))).toMatchObject({
      level: 'high',
      occurredAt: '2026-02-01T10:00:00+05:00',
    });
    expect(latestRisk([])).toBeNull();
  });
});
