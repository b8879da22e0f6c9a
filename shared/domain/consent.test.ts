import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../ids';
import type { AgencyRef } from './agencies';
import { agencyFieldValue } from './agencyField';
import { consentsOf, mustNotReceive, neverShareList, shareDecision } from './consent';
import { effectiveEntries } from './timeline';
import { testEntry } from './testEntries.testkit';
import type { Entry } from './types';

const CRISIS: AgencyRef = {
  id: '01900000-0000-7000-8000-0000000000c1' as AgencyId,
  name: 'Кризисный центр',
  kind: 'crisis-centre',
};
const HOSPITAL: AgencyRef = {
  id: '01900000-0000-7000-8000-0000000000c2' as AgencyId,
  name: 'Больница №2',
  kind: 'health',
};

const at = (day: string) => `${day}T10:00:00+05:00`;
const consent = (partner: AgencyRef, day: string, extra: Record<string, string> = {}) =>
  testEntry(
    'consent-recorded',
    { partner: agencyFieldValue(partner), scope: 'case-record', consentForm: 'consent-written', ...extra },
    { at: at(day) },
  );
const withdrawal = (of: Entry, day: string) =>
  testEntry('consent-withdrawn', { consentEntryId: of.id }, { at: at(day) });
const never = (agency: AgencyRef, day = '2026-01-01') =>
  testEntry(
    'never-share',
    { excludedAgency: agencyFieldValue(agency), reason: 'Там работает отец' },
    { at: at(day) },
  );
const override = (partner: AgencyRef, day: string, overrides: string[]) =>
  testEntry(
    'share-override',
    { partner: agencyFieldValue(partner), overrides, legalGround: 'Запрос суда', supervisor: 'Начальник' },
    { at: at(day) },
  );
const decide = (entries: Entry[], partner: AgencyRef, today: string) =>
  shareDecision(effectiveEntries(entries), partner, today);

describe('consent to share', () => {
  it('holds from the day it was given to its last day, inclusive', () => {
    const c = consent(CRISIS, '2026-02-01', { expiresOn: '2026-03-01' });
    expect(decide([c], CRISIS, '2026-01-31').open).toEqual(['no-consent']);
    expect(decide([c], CRISIS, '2026-02-01').open).toEqual([]);
    expect(decide([c], CRISIS, '2026-03-01').open).toEqual([]);
    const expired = decide([c], CRISIS, '2026-03-02');
    expect(expired.open).toEqual(['no-consent']);
    expect(expired.lapsed?.expiresOn).toBe('2026-03-01');
  });

  it('without an expiry holds until withdrawn; withdrawn, not from its day on', () => {
    const c = consent(CRISIS, '2026-02-01');
    const w = withdrawal(c, '2026-02-10');
    expect(decide([c, w], CRISIS, '2026-02-09').open).toEqual([]);
    expect(decide([c, w], CRISIS, '2026-02-10').open).toEqual(['no-consent']);
    expect(consentsOf(effectiveEntries([c, w]))[0]?.withdrawnOn).toBe('2026-02-10');
  });

  it('is per partner: a consent for the crisis centre does not let the case go to a hospital', () => {
    const c = consent(CRISIS, '2026-02-01');
    expect(decide([c], HOSPITAL, '2026-02-05').refusals).toEqual(['no-consent']);
  });

  it('lets contacts and addresses go only when it covers them; the widest consent that holds counts', () => {
    const narrow = consent(CRISIS, '2026-02-01');
    expect(decide([narrow], CRISIS, '2026-02-05').contacts).toBe(false);
    const wide = consent(CRISIS, '2026-02-02', {
      scope: 'case-record-and-contacts',
      expiresOn: '2026-02-03',
    });
    expect(decide([narrow, wide], CRISIS, '2026-02-03').contacts).toBe(true);
    expect(decide([narrow, wide], CRISIS, '2026-02-04').contacts).toBe(false);
  });

  it('no longer counts once the consent entry was voided', () => {
    const c = consent(CRISIS, '2026-02-01');
    const voided = testEntry('consent-recorded', c.fields, { at: c.occurredAt });
    const v = { ...voided, correction: { supersedes: c.id, action: 'void' as const, reason: 'Ошибка' } };
    expect(decide([c, v], CRISIS, '2026-02-05').open).toEqual(['no-consent']);
  });
});

describe('the must-never list', () => {
  it('refuses an agency on it even with consent, and lists it with its reason', () => {
    const entries = [consent(HOSPITAL, '2026-02-01'), never(HOSPITAL)];
    const d = decide(entries, HOSPITAL, '2026-02-05');
    expect(d.refusals).toEqual(['never-share']);
    expect(d.neverShare?.reason).toBe('Там работает отец');
    expect(neverShareList(effectiveEntries(entries)).map((n) => n.agency.id)).toEqual([HOSPITAL.id]);
  });

  it('lets the agency go again once the entry that listed it is voided', () => {
    const n = never(HOSPITAL);
    const v = {
      ...testEntry('never-share', n.fields),
      correction: { supersedes: n.id, action: 'void' as const, reason: 'Снят' },
    };
    expect(decide([consent(HOSPITAL, '2026-02-01'), n, v], HOSPITAL, '2026-02-05').open).toEqual([]);
  });
});

describe("a supervisor's override", () => {
  it('sets aside what it names, for that partner, on the day it was recorded only', () => {
    const entries = [never(HOSPITAL), override(HOSPITAL, '2026-02-05', ['no-consent', 'never-share'])];
    const today = decide(entries, HOSPITAL, '2026-02-05');
    expect(today.refusals).toEqual(['no-consent', 'never-share']);
    expect(today.open).toEqual([]);
    expect(today.override?.entry.fields.legalGround).toBe('Запрос суда');
    expect(decide(entries, HOSPITAL, '2026-02-06').open).toEqual(['no-consent', 'never-share']);
    expect(decide(entries, CRISIS, '2026-02-05').open).toEqual(['no-consent']);
  });

  it('leaves open what it does not name, and never lets contacts go', () => {
    const entries = [never(HOSPITAL), override(HOSPITAL, '2026-02-05', ['no-consent'])];
    const d = decide(entries, HOSPITAL, '2026-02-05');
    expect(d.open).toEqual(['never-share']);
    expect(d.override).toBeNull();
    expect(d.contacts).toBe(false);
  });
});

describe('a bundle for a case that lists its recipient as never to receive it', () => {
  it('is refused unless an override of the day it was made lets it', () => {
    const listed = [never(HOSPITAL)];
    expect(mustNotReceive(effectiveEntries(listed), HOSPITAL.id, '2026-02-05')).toBe(true);
    expect(mustNotReceive(effectiveEntries(listed), CRISIS.id, '2026-02-05')).toBe(false);
    const overridden = [...listed, override(HOSPITAL, '2026-02-05', ['never-share'])];
    expect(mustNotReceive(effectiveEntries(overridden), HOSPITAL.id, '2026-02-05')).toBe(false);
    expect(mustNotReceive(effectiveEntries(overridden), HOSPITAL.id, '2026-02-06')).toBe(true);
  });
});
