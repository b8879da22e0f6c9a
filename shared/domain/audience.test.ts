import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, PersonId } from '../ids';
import type { AgencyRef } from './agencies';
import { redactFor } from './audience';
import { eff, testEntry } from './testEntries.testkit';
import { EMPTY_PERSON_DETAILS } from './person';
import type { Entry, Person } from './types';

const health: AgencyRef = { id: 'health-1' as AgencyId, name: 'City Polyclinic 4', kind: 'health' };
const school: AgencyRef = { id: 'school-1' as AgencyId, name: 'School 12', kind: 'education-guardianship' };

const shared = testEntry('incident', {}, { id: 'shared' });
const internal: Entry = {
  ...testEntry('callout', {}, { id: 'internal' }),
  confidentiality: { level: 'internal' },
};
const forHealth: Entry = {
  ...testEntry('medical-exam', {}, { id: 'for-health' }),
  confidentiality: { level: 'restricted', agencies: [health] },
};
const shelter = testEntry('shelter-admission', {
  shelter: 'Shanyrak, 14 Abai St',
  plannedExitOn: '2026-02-01',
});
const entries = eff([shared, internal, forHealth, shelter]);

const victim: Person = {
  ...EMPTY_PERSON_DETAILS,
  id: 'p1' as PersonId,
  caseId: 'c' as CaseId,
  role: 'victim',
  name: 'Aigerim Seitkali',
  aliases: ['Aigerim Seitkaliyeva'],
  birthDate: '1990-04-02',
  iin: '900402450016',
  phone: '+7 701 111 22 33',
  address: '5 Satpayev St, flat 12',
  safeContactTimes: 'Weekdays 10–12',
  safeChannel: 'via-crisis-centre',
  preferredLanguage: 'kk',
  interpreterNeeded: true,
  notes: 'Calls only after 18:00',
};

const ids = (r: ReturnType<typeof redactFor>) => r.entries.map((e) => e.originalId);

describe('redactFor', () => {
  it('gives the own agency everything, contacts included', () => {
    const r = redactFor({ kind: 'own' }, entries, [victim]);
    expect(ids(r)).toEqual(['shared', 'internal', 'for-health', shelter.id]);
    expect(r.persons[0]!.address).toBe(victim.address);
    expect(r.withheld).toBe(0);
    expect(r.contactsRemoved).toBe(false);
  });

  it('gives all partners and the meeting shared entries only, without contacts or the shelter', () => {
    for (const kind of ['partners', 'meeting'] as const) {
      const r = redactFor({ kind }, entries, [victim]);
      expect(ids(r)).toEqual(['shared', shelter.id]);
      expect(r.withheld).toBe(2);
      expect(r.persons[0]).toEqual({
        ...victim,
        iin: '',
        phone: '',
        address: '',
        safeContactTimes: '',
        safeChannel: '',
        notes: '',
      });
      const admission = r.entries.find((e) => e.originalId === shelter.id)!.entry;
      expect(admission.fields).toEqual({ plannedExitOn: '2026-02-01' });
      expect(r.contactsRemoved).toBe(true);
    }
  });

  it('gives a named agency the restricted entries that name it, and no others', () => {
    expect(ids(redactFor({ kind: 'agency', agency: health }, entries, [victim]))).toEqual([
      'shared',
      'for-health',
      shelter.id,
    ]);
    expect(ids(redactFor({ kind: 'agency', agency: school }, entries, [victim]))).toEqual([
      'shared',
      shelter.id,
    ]);
  });

  it('gives an agency the restricted entries it wrote itself, named or not', () => {
    const byHealth: Entry = {
      ...testEntry('medical-exam', {}, { id: 'by-health', agencyKind: 'health' }),
      author: { name: 'Dr Sadykova', agency: health },
      confidentiality: { level: 'restricted', agencies: [school] },
    };
    const more = [...entries, ...eff([byHealth])];
    expect(ids(redactFor({ kind: 'agency', agency: health }, more, []))).toContain('by-health');
    expect(ids(redactFor({ kind: 'agency', agency: school }, more, []))).toContain('by-health');
    expect(ids(redactFor({ kind: 'meeting' }, more, []))).not.toContain('by-health');
  });

  it('counts what the audience may not read by level, and what was left out by hand apart', () => {
    const r = redactFor({ kind: 'meeting' }, entries, [victim], new Set(['shared']));
    expect(ids(r)).toEqual([shelter.id]);
    expect(r).toMatchObject({ withheld: 2, withheldInternal: 1, withheldRestricted: 1, leftOut: 1 });
    const own = redactFor({ kind: 'own' }, entries, [victim], new Set([shelter.id]));
    expect(ids(own)).toEqual(['shared', 'internal', 'for-health']);
    expect(own).toMatchObject({ withheld: 0, leftOut: 1 });
  });

  it('leaves the stored entries and persons untouched', () => {
    redactFor({ kind: 'partners' }, entries, [victim]);
    expect(shelter.fields.shelter).toBe('Shanyrak, 14 Abai St');
    expect(victim.phone).toBe('+7 701 111 22 33');
  });
});
