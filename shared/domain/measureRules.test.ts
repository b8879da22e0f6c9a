import { describe, expect, it } from 'vitest';
import { MEASURE_TYPES } from './entryKinds';
import {
  DEFAULT_RULES,
  checkRules,
  lastDayInForce,
  ruleFor,
  termMonths,
  type MeasureTerm,
  type MeasureRule,
} from './measureRules';

const months = { kind: 'months', min: 3, max: 12 } as const;
const rule = (term: MeasureTerm, appliesFrom = '2000-01-01'): MeasureRule => ({
  measure: 'protective-order',
  lawVersion: 'test',
  appliesFrom,
  term,
  source: 'test',
  minAge: null,
  checkInsPerMonth: null,
});

describe('the default rules', () => {
  it('cover every measure type, each with a source note, and pass their own check', () => {
    for (const m of MEASURE_TYPES) expect(DEFAULT_RULES.some((r) => r.measure === m)).toBe(true);
    expect(checkRules(DEFAULT_RULES)).toEqual([]);
    for (const r of DEFAULT_RULES) expect(r.source.length).toBeGreaterThan(20);
  });

  it('carry the terms of DOMAIN.md', () => {
    expect(ruleFor('protective-order', '2025-06-01').term).toEqual({ kind: 'days', days: 30 });
    expect(ruleFor('special-requirements', '2025-06-01').term).toEqual(months);
    expect(ruleFor('restraining-order', '2025-06-01').term).toEqual({ kind: 'open' });
    // A protective order only for a person 16 or older; reporting 1–4 times a month only under
    // a court's special requirements.
    expect(ruleFor('protective-order', '2025-06-01').minAge).toBe(16);
    expect(ruleFor('protective-order', '2026-03-02').minAge).toBe(16);
    expect(ruleFor('special-requirements', '2025-06-01').checkInsPerMonth).toEqual({ min: 1, max: 4 });
    expect(ruleFor('protective-order', '2025-06-01').checkInsPerMonth).toBeNull();
    // The removal term is a default the source note flags as unverified.
    expect(ruleFor('removal-from-home', '2025-06-01').source).toMatch(/UNCERTAIN/);
  });
});

describe('ruleFor', () => {
  it('uses the version in force on the start date: Law 245-VIII from 2 March 2026', () => {
    expect(ruleFor('protective-order', '2026-03-01').lawVersion).toBe('DV-2009');
    expect(ruleFor('protective-order', '2026-03-02').lawVersion).toBe('245-VIII');
    expect(ruleFor('protective-order', '2027-01-01').source).toMatch(/245-VIII/);
  });

  it('does not depend on the order of the table', () => {
    const reversed = [...DEFAULT_RULES].reverse();
    expect(ruleFor('protective-order', '2026-03-01', reversed).lawVersion).toBe('DV-2009');
    expect(ruleFor('protective-order', '2026-03-02', reversed).lawVersion).toBe('245-VIII');
  });

  it('falls back to the earliest version for a start before every version', () => {
    expect(ruleFor('protective-order', '2001-01-01').lawVersion).toBe('DV-2009');
  });

  it('throws when the table has no rule for the measure (a configuration error)', () => {
    expect(() => ruleFor('restraining-order', '2025-01-01', [rule({ kind: 'open' })])).toThrow(/No rule/);
  });
});

describe('lastDayInForce: inclusive counting', () => {
  const days30 = rule({ kind: 'days', days: 30 });

  it('a 30-day order from 31 January 2024 runs through leap day 29 February', () => {
    expect(lastDayInForce(days30, '2024-01-31')).toBe('2024-02-29');
  });

  it('handles month and year ends, leap and non-leap years', () => {
    expect(lastDayInForce(days30, '2023-01-31')).toBe('2023-03-01');
    expect(lastDayInForce(days30, '2024-02-29')).toBe('2024-03-29');
    expect(lastDayInForce(days30, '2024-12-15')).toBe('2025-01-13');
    expect(lastDayInForce(rule({ kind: 'days', days: 1 }), '2024-03-01')).toBe('2024-03-01');
    // 2023 is not a leap year: 28 February is the month's last day.
    expect(lastDayInForce(days30, '2023-02-28')).toBe('2023-03-29');
    expect(lastDayInForce(days30, '2023-02-01')).toBe('2023-03-02');
    expect(lastDayInForce(rule(months), '2023-02-28', 3)).toBe('2023-05-27');
    expect(lastDayInForce(rule(months), '2022-11-30', 3)).toBe('2023-02-27');
  });

  it('gives a 30-day order the same last day on either side of the 2026 rule switch', () => {
    const before = ruleFor('protective-order', '2026-03-01');
    const after = ruleFor('protective-order', '2026-03-02');
    expect(before).not.toBe(after);
    expect(lastDayInForce(before, '2026-03-01')).toBe('2026-03-30');
    expect(lastDayInForce(after, '2026-03-02')).toBe('2026-03-31');
  });

  it('a term in months ends the day before addMonths(start, n)', () => {
    const r = rule(months);
    expect(lastDayInForce(r, '2024-01-31', 3)).toBe('2024-04-29');
    expect(lastDayInForce(r, '2024-01-15', 3)).toBe('2024-04-14');
    expect(lastDayInForce(r, '2024-03-01', 12)).toBe('2025-02-28');
    expect(lastDayInForce(r, '2024-02-29', 12)).toBe('2025-02-27');
    expect(lastDayInForce(r, '2024-11-30', 3)).toBe('2025-02-27');
    expect(lastDayInForce(r, '2024-10-01', 6)).toBe('2025-03-31');
  });

  it('assumes no term when none is given, and clamps out-of-range months', () => {
    const r = rule(months);
    expect(lastDayInForce(r, '2024-01-01')).toBeNull();
    expect(lastDayInForce(r, '2024-01-01', null)).toBeNull();
    expect(lastDayInForce(r, '2024-01-01', 24)).toBe('2024-12-31');
    expect(lastDayInForce(r, '2024-01-01', 1)).toBe('2024-03-31');
  });

  it('has no last day for an open term', () => {
    expect(lastDayInForce(rule({ kind: 'open' }), '2024-01-01')).toBeNull();
  });
});

describe('termMonths', () => {
  it('takes the court’s months within the range as they are', () => {
    expect(termMonths(months, 3)).toEqual({ months: 3, adjusted: false });
    expect(termMonths(months, 6)).toEqual({ months: 6, adjusted: false });
    expect(termMonths(months, 12)).toEqual({ months: 12, adjusted: false });
  });

  it('gives no months for a term not recorded, and flags a value it had to hold to the range', () => {
    expect(termMonths(months, undefined)).toEqual({ months: null, adjusted: false });
    expect(termMonths(months, null)).toEqual({ months: null, adjusted: false });
    expect(termMonths(months, Number.NaN)).toEqual({ months: null, adjusted: false });
    expect(termMonths(months, 2)).toEqual({ months: 3, adjusted: true });
    expect(termMonths(months, 13)).toEqual({ months: 12, adjusted: true });
    expect(termMonths(months, 4.6)).toEqual({ months: 5, adjusted: true });
  });
});

describe('checkRules', () => {
  it('reports missing measures, duplicate versions and impossible terms', () => {
    const problems = checkRules([
      rule({ kind: 'days', days: 0 }),
      { ...rule({ kind: 'days', days: 30 }), minAge: 15.5, checkInsPerMonth: { min: 3, max: 2 } },
      { ...rule({ ...months, min: 20 }), measure: 'special-requirements', source: ' ' },
      { ...rule({ kind: 'open' }, '2024-02-30'), measure: 'restraining-order' },
    ]);
    expect(problems).toEqual([
      'removal-from-home: no rule',
      'protective-order@2000-01-01: days must be a whole number ≥ 1',
      'protective-order@2000-01-01: two versions apply from the same day',
      'protective-order@2000-01-01: minAge must be a whole number ≥ 0',
      'protective-order@2000-01-01: check-ins need 1 ≤ min ≤ max, whole numbers',
      'special-requirements@2000-01-01: no source note',
      'special-requirements@2000-01-01: months need 1 ≤ min ≤ max, whole numbers',
      'restraining-order@2024-02-30: appliesFrom is not a date',
    ]);
  });
});
