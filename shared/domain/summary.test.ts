import { describe, expect, it } from 'vitest';
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { AgencyRef } from './agencies';
import { measureSpans } from './measures';
import { SUMMARY_KINDS, SUMMARY_VERSION, isSummaryKind, summariseCase } from './summary';
import { datedFacts } from './caseFacts';
import { effectiveEntries } from './timeline';
import { demoDraft, generateDemo } from '../demo/generator';
import { eff, testEntry, testSummary } from './testEntries.testkit';
import type { CaseSummary, Entry } from './types';

const EMPTY: CaseSummary = testSummary();

const at = (day: string, time = '10:00', offset = '+05:00') => `${day}T${time}:00${offset}`;

function summarise(added: readonly Entry[], previous: CaseSummary = EMPTY, relevant?: readonly Entry[]) {
  return summariseCase({
    previous,
    added,
    relevant: relevant ?? added.filter((e) => SUMMARY_KINDS.includes(e.kind)),
  });
}

/** A correction or void of `target`, recorded after it. */
function correction(target: Entry, action: 'correct' | 'void', patch: Partial<Entry> = {}): Entry {
  return {
    ...target,
    ...patch,
    id: `${target.id}-${action}` as EntryId,
    recordedAt: '2026-01-20T10:00:00+05:00',
    correction: { supersedes: target.id, action, reason: 'typing slip' },
  };
}

const callout = (id: string, day: string) =>
  testEntry('callout', { visitType: 'call-out' }, { id, at: at(day) });
const assessment = (id: string, day: string, fields: Entry['fields']) =>
  testEntry(
    'risk-assessment',
    { computedLevel: 'standard', level: 'standard', score: 2, ...fields },
    {
      id,
      at: at(day),
      agencyKind: 'crisis-centre',
    },
  );

describe('SUMMARY_KINDS', () => {
  it('holds every kind the summary reads, and no free-text kinds', () => {
    for (const k of ['order-issued', 'order-ended', 'risk-assessment', 'action-done', 'callout'] as const) {
      expect(SUMMARY_KINDS).toContain(k);
    }
    expect(SUMMARY_KINDS).not.toContain('note');
    expect(new Set(SUMMARY_KINDS).size).toBe(SUMMARY_KINDS.length);
  });
});

describe('summariseCase: risk', () => {
  it('takes the newest assessment, and its time', () => {
    const s = summarise([
      assessment('r1', '2026-01-05', { level: 'high' }),
      assessment('r2', '2026-01-15', { level: 'medium' }),
    ]);
    expect(s.riskLevel).toBe('medium');
    expect(s.lastAssessmentAt).toBe(at('2026-01-15'));
  });

  it('raises to high with three police call-outs in the 12 months before the assessment', () => {
    const calls = [callout('c1', '2025-03-01'), callout('c2', '2025-09-01'), callout('c3', '2026-01-02')];
    expect(summarise([...calls, assessment('r', '2026-01-15', {})]).riskLevel).toBe('high');
    // Call-outs after the assessment do not change the stored level: the next assessment does.
    const late = [callout('c1', '2025-03-01'), callout('c2', '2025-09-01'), callout('c3', '2026-01-20')];
    expect(summarise([...late, assessment('r', '2026-01-15', {})]).riskLevel).toBe('standard');
  });

  it('keeps a supervisor’s override, even below escalation', () => {
    const calls = [callout('c1', '2025-03-01'), callout('c2', '2025-09-01'), callout('c3', '2026-01-02')];
    const r = assessment('r', '2026-01-15', {
      level: 'medium',
      overrideLevel: 'medium',
      overrideReason: 'Call-outs were about a neighbour',
    });
    expect(summarise([...calls, r]).riskLevel).toBe('medium');
  });

  it('ignores a voided assessment and follows a corrected one', () => {
    const r1 = assessment('r1', '2026-01-05', { level: 'medium' });
    const r2 = assessment('r2', '2026-01-15', { level: 'high' });
    const voided = summarise([r1, r2, correction(r2, 'void')]);
    expect(voided).toMatchObject({ riskLevel: 'medium', lastAssessmentAt: at('2026-01-05') });
    const fixed = summarise([
      r1,
      r2,
      correction(r2, 'correct', { fields: { ...r2.fields, level: 'standard' } }),
    ]);
    expect(fixed.riskLevel).toBe('standard');
  });

  it('is null with no assessment', () => {
    expect(summarise([callout('c', '2026-01-02')])).toMatchObject({
      riskLevel: null,
      lastAssessmentAt: null,
    });
  });
});

describe('summariseCase: measures, deadlines, actions', () => {
  const order = testEntry(
    'order-issued',
    { measure: 'protective-order', startsOn: '2026-01-10' },
    { id: 'o' },
  );
  const action = (id: string, dueOn: string) =>
    testEntry('action-assigned', { action: `Act ${id}`, ownerAgency: 'police', dueOn }, { id });

  it('stores the measure spans and every open dated item', () => {
    const breach = testEntry('order-breached', { orderEntryId: 'o' }, { at: at('2026-01-12') });
    const added = [order, breach, action('a1', '2026-01-20')];
    const s = summarise(added);
    expect(s.measures).toEqual(measureSpans(eff([order, breach])));
    expect(s.measures[0]).toMatchObject({ endsOn: '2026-02-08', breached: true });
    expect(s.deadlines.map((d) => [d.date, d.kind, d.sourceEntryId])).toEqual([
      // The breach asks for a (first) assessment by the next day.
      ['2026-01-13', 'reassessment-due', breach.id],
      ['2026-01-20', 'action-due', 'a1'],
      ['2026-02-08', 'measure-expires', 'o'],
    ]);
  });

  it('counts open actions by original id, through corrections, not counting done or voided ones', () => {
    const a1 = action('a1', '2026-01-20');
    const a2 = action('a2', '2026-01-21');
    const a3 = action('a3', '2026-01-22');
    const added = [
      a1,
      correction(a1, 'correct', { fields: { ...a1.fields, dueOn: '2026-01-25' } }),
      a2,
      testEntry('action-done', { actionEntryId: 'a2' }),
      a3,
      correction(a3, 'void'),
    ];
    const s = summarise(added);
    expect(s.openActions).toBe(1);
    expect(s.deadlines).toEqual([
      { date: '2026-01-25', kind: 'action-due', label: 'police', sourceEntryId: 'a1' },
    ]);
  });

  it('adds a review 28 days after a high assessment, from its own calendar day', () => {
    const r = assessment('r', '2026-01-15', { level: 'high' });
    expect(summarise([r]).deadlines).toEqual([
      { date: '2026-02-12', kind: 'review-due', label: 'high', sourceEntryId: 'r' },
    ]);
  });
});

describe('summariseCase: activity, contact, agencies, count', () => {
  it('keeps the later activity time by instant, not by the written clock', () => {
    const previous = { ...EMPTY, lastActivityAt: at('2026-01-10', '10:00') };
    // 09:30 at UTC+4 is 05:30 UTC, later than 10:00 at UTC+5 (05:00 UTC).
    const later = testEntry('note', {}, { at: at('2026-01-10', '09:30', '+04:00') });
    expect(summarise([later], previous).lastActivityAt).toBe(at('2026-01-10', '09:30', '+04:00'));
    // A back-dated entry does not move activity backwards.
    const earlier = testEntry('note', {}, { at: at('2025-12-01') });
    expect(summarise([earlier], previous).lastActivityAt).toBe(at('2026-01-10', '10:00'));
  });

  it('takes the newest contact with the victim as last contact, not a preventive talk', () => {
    const reached = testEntry(
      'contact-attempt',
      { contactWith: 'victim', method: 'phone', reached: true },
      { at: at('2026-01-12') },
    );
    const notReached = testEntry(
      'contact-attempt',
      { contactWith: 'victim', method: 'phone', reached: false },
      { at: at('2026-01-20') },
    );
    const talk = testEntry('preventive-talk', {}, { at: at('2026-01-21') });
    const himByPhone = testEntry(
      'contact-attempt',
      { contactWith: 'harm-causer', method: 'phone', reached: true },
      { at: at('2026-01-22') },
    );
    const notSeen = testEntry(
      'callout',
      { visitType: 'call-out', victimSeen: false },
      { at: at('2026-01-23') },
    );
    const s = summarise([callout('c', '2026-01-05'), reached, notReached, talk, himByPhone, notSeen]);
    expect(s.lastContactAt).toBe(at('2026-01-12'));
    const seen = testEntry('callout', { visitType: 'call-out', victimSeen: true }, { at: at('2026-01-24') });
    expect(summarise([reached, seen]).lastContactAt).toBe(at('2026-01-24'));
  });

  it('recomputes last contact from the entries: a voided contact does not stay the last one', () => {
    const previous = { ...EMPTY, lastContactAt: at('2025-12-30') };
    const intake = testEntry('crisis-intake', {}, { id: 'i', at: at('2026-01-05') });
    expect(summarise([intake], previous).lastContactAt).toBe(at('2026-01-05'));
    expect(summarise([intake, correction(intake, 'void')], previous).lastContactAt).toBeNull();
  });

  it('adds new author agencies by id, keeping the order, and counts the added entries', () => {
    const police = testEntry('note').author.agency;
    const other: AgencyRef = { id: 'police-2' as AgencyId, name: 'Another precinct', kind: 'police' };
    const previous = { ...EMPTY, agencies: [other, police], entryCount: 7 };
    const added = [
      testEntry('note'),
      testEntry('note', {}, { agencyKind: 'health' }),
      testEntry('counselling', { sessionType: 'legal' }, { agencyKind: 'crisis-centre' }),
      testEntry('note', {}, { agencyKind: 'health' }),
    ];
    const s = summarise(added, previous);
    expect(s.agencies.map((a) => a.id)).toEqual(['police-2', 'police', 'health', 'crisis-centre']);
    expect(s.entryCount).toBe(11);
  });

  it('does not mutate the previous summary', () => {
    const previous = { ...EMPTY, agencies: [] as AgencyRef[] };
    summarise([testEntry('note', {}, { agencyKind: 'health' })], previous);
    expect(previous.agencies).toEqual([]);
  });
});

describe('summariseCase: what version 2 adds', () => {
  it('stores its version, the risk trend and the signals a meeting agenda reads', () => {
    const s = summarise([
      assessment('r1', '2026-01-05', { level: 'medium' }),
      assessment('r2', '2026-01-15', { level: 'high' }),
      testEntry('incident', { weapon: true }, { at: at('2026-01-10') }),
      testEntry('report-received', { channel: 'phone-102' }, { at: at('2026-01-09') }),
      callout('c', '2026-01-10'),
    ]);
    expect(s.version).toBe(SUMMARY_VERSION);
    expect(s.riskTrend).toEqual([
      { at: at('2026-01-05'), level: 'medium' },
      { at: at('2026-01-15'), level: 'high' },
    ]);
    expect(s.signals).toEqual({
      lastIncidentAt: at('2026-01-10'),
      lastSeriousIncidentAt: at('2026-01-10'),
      lastBreachAt: null,
      lastCalloutAt: at('2026-01-10'),
      lastReportAt: at('2026-01-09'),
      lastMissedCheckInAt: null,
    });
  });

  it('reads only SUMMARY_KINDS: the facts from those kinds equal the facts from every entry', () => {
    const home = { id: 'home' as AgencyId, name: 'Police', kind: 'police' as const };
    for (const [n, c] of generateDemo({
      seed: 3,
      cases: 12,
      entriesPerCase: 30,
      today: '2026-11-29',
      now: '2026-11-29T10:00:00+05:00',
      home,
    }).entries()) {
      const ids = c.entries.map((_, i) => `c${n}-e${i}`);
      const entries: Entry[] = c.entries.map((d, i) => ({
        ...demoDraft(d, `c${n}` as CaseId, ids),
        id: ids[i] as EntryId,
        recordedAt: d.occurredAt,
        hash: '',
      }));
      const extra = [
        testEntry(
          'order-issued',
          { measure: 'special-requirements', startsOn: '2026-10-01', durationMonths: 3, checkInsPerMonth: 2 },
          { id: `sr${n}`, at: at('2026-10-01') },
        ),
        testEntry(
          'check-in',
          { orderEntryId: `sr${n}`, outcome: 'missed' },
          { id: `ci${n}`, at: at('2026-10-17') },
        ),
        testEntry(
          'social-service',
          { serviceType: 'social-worker-visit', status: 'provided' },
          { id: `ss${n}`, at: at('2026-11-20') },
        ),
      ];
      const all = [...entries, ...extra];
      const relevant = all.filter((e) => isSummaryKind(e.kind));
      expect(datedFacts(effectiveEntries(relevant))).toEqual(datedFacts(effectiveEntries(all)));
    }
  });
});
