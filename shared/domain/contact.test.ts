import { describe, expect, it } from 'vitest';
import { CONTACT_KINDS, isVictimContact, lastVictimContact } from './contact';
import { ENTRY_KINDS, type EntryKind } from './entryKinds';
import { eff, testEntry } from './testEntries.testkit';
import { effectiveEntries } from './timeline';
import type { Entry, FieldValue } from './types';
import type { EntryId } from '../ids';

const at = (day: string, time = '10:00') => `${day}T${time}:00+05:00`;
const e = (kind: EntryKind, fields: Record<string, FieldValue> = {}, day = '2026-01-10', id?: string) =>
  testEntry(kind, fields, { at: at(day), ...(id ? { id } : {}) });

describe('isVictimContact', () => {
  it('never counts a preventive talk, a served order, a detention or a report', () => {
    for (const kind of [
      'preventive-talk',
      'order-served',
      'detention',
      'admin-arrest',
      'report-received',
      'medical-exam',
      'benefit',
      'note',
    ] as const)
      expect({ kind, counts: isVictimContact(e(kind)) }).toEqual({ kind, counts: false });
  });

  it('counts intake, counselling, shelter, safety plans and social services by their nature', () => {
    for (const kind of [
      'crisis-intake',
      'counselling',
      'shelter-admission',
      'shelter-exit',
      'safety-plan',
      'safety-plan-review',
      'social-service',
    ] as const)
      expect({ kind, counts: isVictimContact(e(kind)) }).toEqual({ kind, counts: true });
  });

  it('counts a call-out only when the victim was seen', () => {
    expect(isVictimContact(e('callout', { visitType: 'call-out', victimSeen: true }))).toBe(true);
    expect(isVictimContact(e('callout', { visitType: 'call-out', victimSeen: false }))).toBe(false);
    expect(isVictimContact(e('callout', { visitType: 'home-visit', victimSeen: false }))).toBe(false);
    // Recorded before victimSeen existed: counted, as it was then.
    expect(isVictimContact(e('callout', { visitType: 'call-out' }))).toBe(true);
  });

  it('counts a contact attempt that reached the victim, not one with the person who caused harm', () => {
    expect(isVictimContact(e('contact-attempt', { contactWith: 'victim', reached: true }))).toBe(true);
    expect(isVictimContact(e('contact-attempt', { contactWith: 'victim', reached: false }))).toBe(false);
    expect(isVictimContact(e('contact-attempt', { contactWith: 'harm-causer', reached: true }))).toBe(false);
    expect(isVictimContact(e('contact-attempt', { contactWith: 'other-person', reached: true }))).toBe(false);
    // Recorded before contactWith existed: an attempt to reach the victim.
    expect(isVictimContact(e('contact-attempt', { method: 'phone', reached: true }))).toBe(true);
  });

  it('is decided only by kinds in CONTACT_KINDS, which a stored summary reads', () => {
    const everything: Record<string, FieldValue> = { victimSeen: true, reached: true, contactWith: 'victim' };
    const counting = ENTRY_KINDS.filter((k) => isVictimContact(e(k, everything)));
    expect([...counting].sort()).toEqual([...CONTACT_KINDS].sort());
  });
});

describe('lastVictimContact', () => {
  it('takes the latest victim contact, not a later preventive talk with the person who caused harm', () => {
    const intake = e('crisis-intake', {}, '2026-01-05', 'i');
    const talk = e('preventive-talk', {}, '2026-01-20', 't');
    const reachedHim = e('contact-attempt', { contactWith: 'harm-causer', reached: true }, '2026-01-21', 'h');
    expect(lastVictimContact(eff([intake, talk, reachedHim]))?.originalId).toBe('i');
    expect(lastVictimContact(eff([talk]))).toBeNull();
  });

  it('follows corrections: a call-out corrected to "victim not seen" stops counting', () => {
    const callout = e('callout', { visitType: 'call-out', victimSeen: true }, '2026-01-12', 'c');
    const intake = e('crisis-intake', {}, '2026-01-05', 'i');
    const fixed: Entry = {
      ...e('callout', { visitType: 'call-out', victimSeen: false }, '2026-01-12', 'c-fix'),
      correction: { supersedes: 'c' as EntryId, action: 'correct', reason: 'she was not at home' },
    };
    expect(lastVictimContact(eff([intake, callout]))?.originalId).toBe('c');
    expect(lastVictimContact(effectiveEntries([intake, callout, fixed]))?.originalId).toBe('i');
  });
});
