import { describe, expect, it } from 'vitest';
import {
  agencyProblems,
  DEFAULT_SETTINGS,
  isSetupComplete,
  restoreSettings,
  validatePatch,
  windowDaysProblem,
} from './settings';

const agency = {
  id: '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  name: 'Police',
  kind: 'police',
  region: 'Almaty',
};

describe('restoreSettings', () => {
  it('gives defaults for nothing or garbage', () => {
    expect(restoreSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(restoreSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(restoreSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates version 0, which called the language locale', () => {
    const s = restoreSettings({ locale: 'kk', agency, staffName: 'Dana' });
    expect(s).toMatchObject({ version: 1, language: 'kk', staffName: 'Dana', agency });
    expect(isSetupComplete(s)).toBe(true);
  });

  it('drops one bad field without losing the others', () => {
    const s = restoreSettings({
      version: 1,
      language: 'fr',
      agency,
      staffName: 'Dana',
      deadlineWindowDays: 400,
    });
    expect(s.language).toBe('ru');
    expect(s.deadlineWindowDays).toBe(7);
    expect(s.agency).toEqual(agency);
    expect(s.staffName).toBe('Dana');
  });

  it('refuses an agency without a valid id or kind', () => {
    expect(restoreSettings({ agency: { ...agency, id: 'x' } }).agency).toBeNull();
    expect(restoreSettings({ agency: { ...agency, kind: 'army' } }).agency).toBeNull();
  });
});

describe('validatePatch', () => {
  it('accepts a good patch', () => {
    expect(validatePatch({ language: 'en', staffName: 'A', deadlineWindowDays: 30, agency })).toEqual({});
  });

  it('names every bad field', () => {
    expect(
      validatePatch({ language: 'de', staffName: '   ', deadlineWindowDays: 0.5, version: 3, __proto__x: 1 }),
    ).toEqual({
      language: 'invalid',
      staffName: 'required',
      deadlineWindowDays: 'out-of-range',
      version: 'unknown-field',
      __proto__x: 'unknown-field',
    });
    expect(validatePatch(null)).toEqual({ patch: 'not-an-object' });
  });
});

describe('field problems', () => {
  it('say which agency field is wrong and the limit it broke', () => {
    expect(agencyProblems({ name: 'Police', kind: 'police', region: '' })).toEqual({});
    expect(agencyProblems({ name: '  ', kind: 'army', region: 'x'.repeat(201) })).toEqual({
      name: { code: 'required' },
      kind: { code: 'invalid' },
      region: { code: 'too-long', max: 200 },
    });
    expect(agencyProblems({ name: 'x'.repeat(200), kind: 'health', region: '' })).toEqual({});
  });

  it('give the allowed range of the deadlines window', () => {
    expect(windowDaysProblem(1)).toBeNull();
    expect(windowDaysProblem(90)).toBeNull();
    expect(windowDaysProblem(91)).toEqual({ code: 'out-of-range', min: 1, max: 90 });
    expect(windowDaysProblem(0)).toEqual({ code: 'out-of-range', min: 1, max: 90 });
    expect(windowDaysProblem(7.5)).toEqual({ code: 'out-of-range', min: 1, max: 90 });
  });
});
