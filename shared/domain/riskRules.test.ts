import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_RULES, checkRiskRules, riskRuleFor, type RiskReviewRule } from './riskRules';

describe('the default risk review rules', () => {
  it('review High sooner than Medium sooner than Standard, Medium at about 8 weeks, and pass their check', () => {
    const r = riskRuleFor('2026-01-01');
    expect(r.reviewDays.high).toBeLessThan(r.reviewDays.medium);
    expect(r.reviewDays.medium).toBeLessThan(r.reviewDays.standard);
    expect(r.reviewDays.medium).toBe(56);
    expect(r.source).toMatch(/8 weeks/);
    expect(checkRiskRules(DEFAULT_RISK_RULES)).toEqual([]);
  });
});

describe('riskRuleFor', () => {
  const later: RiskReviewRule = {
    ...DEFAULT_RISK_RULES[0]!,
    version: 'next',
    appliesFrom: '2027-01-01',
    reviewDays: { high: 14, medium: 42, standard: 84 },
  };
  it('uses the version in force on the day of the assessment', () => {
    const rules = [later, ...DEFAULT_RISK_RULES];
    expect(riskRuleFor('2026-12-31', rules).version).toBe('CL-2026');
    expect(riskRuleFor('2027-01-01', rules).version).toBe('next');
    expect(riskRuleFor('1999-01-01', rules).version).toBe('CL-2026');
  });

  it('reports a table that would review a higher level later, or has impossible values', () => {
    const bad: RiskReviewRule = {
      ...later,
      reviewDays: { high: 60, medium: 42, standard: 0 },
      reassessWithinDays: -1,
      escalationEpisodes: 0,
      escalationMonths: 1.5,
      source: ' ',
    };
    expect(checkRiskRules([bad])).toEqual([
      'next@2027-01-01: no source note',
      'next@2027-01-01: review days must be whole ≥ 1',
      'next@2027-01-01: a higher level must be reviewed sooner',
      'next@2027-01-01: reassessWithinDays must be whole ≥ 0',
      'next@2027-01-01: escalationEpisodes must be whole ≥ 1',
      'next@2027-01-01: escalationMonths must be whole ≥ 1',
    ]);
    expect(checkRiskRules([])).toEqual(['no rule']);
  });
});
