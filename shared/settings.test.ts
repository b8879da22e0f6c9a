import { describe, expect, it } from 'vitest';
import { agencyProblems } from './identity';
import {
  DEFAULT_SETTINGS,
  legacyAgencyOf,
  MAX_RECENT_KINDS,
  restoreSettings,
  validatePatch,
  windowDaysProblem,
} from './settings';

const ENTRY_SIX = ['note', 'callout', 'incident', 'counselling', 'benefit', 'check-in'];

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

  it('migrates version 0, which called the language locale, and version 1, which held the agency', () => {
    const s = restoreSettings({ locale: 'kk', agency, staffName: 'Dana' });
    expect(s).toEqual({
      version: 2,
      language: 'kk',
      staffName: 'Dana',
      deadlineWindowDays: 7,
      recentKinds: [],
      lockAfterSeconds: 300,
      backupReminderDays: 7,
    });
    expect(restoreSettings({ version: 1, language: 'en', agency })).not.toHaveProperty('agency');
  });

  it('drops one bad field without losing the others', () => {
    const s = restoreSettings({ version: 2, language: 'fr', staffName: 'Dana', deadlineWindowDays: 400 });
    expect(s.language).toBe('ru');
    expect(s.deadlineWindowDays).toBe(7);
    expect(s.staffName).toBe('Dana');
  });
});

describe('the lock and backup settings', () => {
  it('take whole numbers within their ranges, and fall back to five minutes and seven days', () => {
    expect(restoreSettings({ version: 2, lockAfterSeconds: 5, backupReminderDays: 365 })).toMatchObject({
      lockAfterSeconds: 5,
      backupReminderDays: 365,
    });
    expect(restoreSettings({ version: 2, lockAfterSeconds: 4, backupReminderDays: 366 })).toMatchObject({
      lockAfterSeconds: 300,
      backupReminderDays: 7,
    });
    expect(validatePatch({ lockAfterSeconds: 3600, backupReminderDays: 1 })).toEqual({});
    expect(validatePatch({ lockAfterSeconds: 3601, backupReminderDays: 0.5 })).toEqual({
      lockAfterSeconds: 'out-of-range',
      backupReminderDays: 'out-of-range',
    });
  });
});

describe('legacyAgencyOf', () => {
  it('reads the agency a version-1 settings file held, region becoming district', () => {
    expect(legacyAgencyOf({ version: 1, agency })).toEqual({
      id: agency.id,
      name: 'Police',
      kind: 'police',
      district: 'Almaty',
    });
  });

  it('ignores an agency without a valid id, name or kind', () => {
    expect(legacyAgencyOf({ agency: { ...agency, id: 'x' } })).toBeNull();
    expect(legacyAgencyOf({ agency: { ...agency, kind: 'army' } })).toBeNull();
    expect(legacyAgencyOf({ agency: { ...agency, name: '  ' } })).toBeNull();
    expect(legacyAgencyOf({ version: 2 })).toBeNull();
    expect(legacyAgencyOf(null)).toBeNull();
  });
});

describe('recent entry kinds', () => {
  it('keeps a list of distinct entry kinds, at most MAX_RECENT_KINDS', () => {
    expect(restoreSettings({ recentKinds: ['callout', 'note'] }).recentKinds).toEqual(['callout', 'note']);
    expect(restoreSettings({}).recentKinds).toEqual([]);
  });

  it('drops a list with an unknown kind, a repeat or too many, and refuses such a patch', () => {
    for (const bad of [['callout', 'picnic'], ['note', 'note'], ENTRY_SIX, 'callout']) {
      expect(restoreSettings({ recentKinds: bad }).recentKinds).toEqual([]);
      expect(validatePatch({ recentKinds: bad })).toEqual({ recentKinds: 'invalid' });
    }
    expect(validatePatch({ recentKinds: ENTRY_SIX.slice(0, MAX_RECENT_KINDS) })).toEqual({});
  });
});

describe('validatePatch', () => {
  it('accepts a good patch', () => {
    expect(validatePatch({ language: 'en', staffName: 'A', deadlineWindowDays: 30 })).toEqual({});
  });

  it('names every bad field, the agency included: it is not a setting', () => {
    expect(
      validatePatch({ language: 'de', staffName: '   ', deadlineWindowDays: 0.5, version: 3, agency }),
    ).toEqual({
      language: 'invalid',
      staffName: 'required',
      deadlineWindowDays: 'out-of-range',
      version: 'unknown-field',
      agency: 'unknown-field',
    });
    expect(validatePatch(null)).toEqual({ patch: 'not-an-object' });
  });
});

describe('field problems', () => {
  it('say which agency field is wrong and the limit it broke', () => {
    expect(agencyProblems({ name: 'Police', kind: 'police', district: '' })).toEqual({});
    expect(agencyProblems({ name: '  ', kind: 'army', district: 'x'.repeat(201) })).toEqual({
      name: { code: 'required' },
      kind: { code: 'invalid' },
      district: { code: 'too-long', max: 200 },
    });
    expect(agencyProblems({ name: 'x'.repeat(200), kind: 'health', district: '' })).toEqual({});
  });

  it('give the allowed range of the deadlines window', () => {
    expect(windowDaysProblem(1)).toBeNull();
    expect(windowDaysProblem(90)).toBeNull();
    expect(windowDaysProblem(91)).toEqual({ code: 'out-of-range', min: 1, max: 90 });
    expect(windowDaysProblem(0)).toEqual({ code: 'out-of-range', min: 1, max: 90 });
    expect(windowDaysProblem(7.5)).toEqual({ code: 'out-of-range', min: 1, max: 90 });
  });
});
