import { describe, expect, it } from 'vitest';
import { datedFacts } from './caseFacts';
import { nextDeadline, openItems } from './caseView';
import { DEADLINE_KINDS, HIGH_RISK_REVIEW_DAYS, LAPSING_KINDS, openItemsOn } from './deadlines';
import { summariseCase } from './summary';
import { eff, testEntry, testSummary } from './testEntries.testkit';
import type { DatedItem, Entry, FieldValue } from './types';

const TODAY = '2026-01-15';
const at = (day: string) => `${day}T10:00:00+05:00`;
const entry = (kind: Entry['kind'], fields: Record<string, FieldValue>, id: string, day = '2026-01-01') =>
  testEntry(kind, fields, { id, at: at(day) });

/** Every stored item of a case. */
const items = (entries: readonly Entry[]) => datedFacts(eff(entries)).items;
/** Items open on a day within a window, briefly. */
const open = (entries: readonly Entry[], today = TODAY, withinDays: number | null = 14) =>
  openItemsOn(items(entries), today, withinDays).map((i) => [i.date, i.kind, i.label, i.sourceEntryId]);

describe('datedItems (stored, no "today")', () => {
  it('lists measures expiring, hearings, open actions and the newest plan review, by date', () => {
    const list = items([
      entry('order-issued', { measure: 'protective-order', startsOn: '2026-01-10' }, 'o'),
      entry(
        'action-assigned',
        { action: 'Visit the school', ownerAgency: 'education-guardianship', dueOn: '2026-01-20' },
        'a',
      ),
      entry('admin-case', { hearingOn: '2026-01-25' }, 'h'),
      entry('safety-plan', { reviewOn: '2026-01-15' }, 'p', '2026-01-05'),
      entry('safety-plan-review', { nextReviewOn: '2026-02-15' }, 'r', '2026-01-14'),
    ]);
    expect(list.map((i) => [i.date, i.kind, i.label, i.sourceEntryId])).toEqual([
      ['2026-01-20', 'action-due', 'education-guardianship', 'a'],
      ['2026-01-25', 'hearing', '', 'h'],
      ['2026-02-08', 'measure-expires', 'protective-order', 'o'],
      ['2026-02-15', 'safety-plan-review', '', 'r'],
    ]);
  });

  it('keeps typed text out: an action is named by its owner agency kind only', () => {
    const list = items([
      entry(
        'action-assigned',
        { action: 'Call Aigerim at 17:00', ownerAgency: 'police', dueOn: '2026-01-20' },
        'a',
      ),
    ]);
    expect(JSON.stringify(list)).not.toContain('Aigerim');
  });

  it('drops done actions, measures ended early and measures without a fixed end', () => {
    expect(
      items([
        entry('action-assigned', { action: 'x', ownerAgency: 'police', dueOn: '2026-01-20' }, 'a'),
        entry('action-done', { actionEntryId: 'a' }, 'd'),
        entry('order-issued', { measure: 'protective-order', startsOn: '2026-01-01' }, 'o'),
        entry('order-ended', { orderEntryId: 'o', endedOn: '2026-01-12' }, 'end', '2026-01-12'),
        entry('order-issued', { measure: 'restraining-order', startsOn: '2026-01-01' }, 'r'),
      ]),
    ).toEqual([]);
  });

  it('has a review for every level, sooner for a higher one, from the assessment’s own day', () => {
    expect(HIGH_RISK_REVIEW_DAYS).toBe(28);
    for (const [level, due] of [
      ['high', '2026-01-29'],
      ['medium', '2026-02-26'],
      ['standard', '2026-03-26'],
    ] as const) {
      expect(items([entry('risk-assessment', { level }, 'ra')])).toEqual([
        { date: due, kind: 'review-due', label: level, sourceEntryId: 'ra' },
      ]);
    }
    const beforeSwitch = testEntry(
      'risk-assessment',
      { level: 'high' },
      { id: 'r', at: '2024-02-29T23:30:00+06:00' },
    );
    expect(items([beforeSwitch])[0]?.date).toBe('2024-03-28');
  });

  it('asks for a reassessment the day after a serious incident, until an assessment follows it', () => {
    const ra = entry('risk-assessment', { level: 'medium' }, 'ra', '2026-01-02');
    const inc = entry('incident', { strangulation: true }, 'inc', '2026-01-10');
    expect(items([ra, inc]).find((i) => i.kind === 'reassessment-due')).toEqual({
      date: '2026-01-11',
      kind: 'reassessment-due',
      label: 'incident',
      sourceEntryId: 'inc',
    });
    const again = entry('risk-assessment', { level: 'high' }, 'ra2', '2026-01-11');
    expect(items([ra, inc, again]).some((i) => i.kind === 'reassessment-due')).toBe(false);
  });

  it('lists each check-in due until recorded, and a missed one until answered', () => {
    const sr = entry(
      'order-issued',
      { measure: 'special-requirements', startsOn: '2026-01-10', durationMonths: 3, checkInsPerMonth: 1 },
      'sr',
    );
    const dues = (es: Entry[]) => items(es).filter((i) => i.kind.startsWith('check-in'));
    expect(dues([sr]).map((i) => [i.date, i.kind, i.label, i.sourceEntryId])).toEqual([
      ['2026-02-09', 'check-in-due', 'special-requirements', 'sr'],
      ['2026-03-09', 'check-in-due', 'special-requirements', 'sr'],
      ['2026-04-09', 'check-in-due', 'special-requirements', 'sr'],
    ]);
    const kept = entry('check-in', { orderEntryId: 'sr', outcome: 'kept' }, 'k1', '2026-02-03');
    const missed = entry('check-in', { orderEntryId: 'sr', outcome: 'missed' }, 'm2', '2026-03-10');
    expect(dues([sr, kept, missed]).map((i) => [i.date, i.kind, i.sourceEntryId])).toEqual([
      ['2026-03-09', 'check-in-missed', 'm2'],
      ['2026-04-09', 'check-in-due', 'sr'],
    ]);
    const breach = entry(
      'order-breached',
      { orderEntryId: 'sr', followedBy: ['protocol-461'] },
      'b',
      '2026-03-11',
    );
    expect(dues([sr, kept, missed, breach]).map((i) => i.kind)).toEqual(['check-in-due']);
  });
});

describe('openItemsOn (today’s view of stored items)', () => {
  it('includes today and the last day of the window, not the day after', () => {
    const es = [
      entry('action-assigned', { action: 'x', ownerAgency: 'police', dueOn: TODAY }, 'a1'),
      entry('action-assigned', { action: 'y', ownerAgency: 'police', dueOn: '2026-01-29' }, 'a2'),
      entry('action-assigned', { action: 'z', ownerAgency: 'police', dueOn: '2026-01-30' }, 'a3'),
    ];
    expect(open(es).map((i) => i[3])).toEqual(['a1', 'a2']);
    expect(open(es, TODAY, null).map((i) => i[3])).toEqual(['a1', 'a2', 'a3']);
  });

  it('keeps an overdue action, plan review, shelter exit, check-in or reassessment open however old', () => {
    const es = [
      entry('action-assigned', { action: 'old', ownerAgency: 'police', dueOn: '2025-06-05' }, 'a-old'),
      entry('shelter-admission', { plannedExitOn: '2026-01-13' }, 'sa', '2026-01-02'),
      entry('safety-plan', { reviewOn: '2026-01-12' }, 'p', '2026-01-05'),
    ];
    expect(open(es).map((i) => [i[1], i[3]])).toEqual([
      ['action-due', 'a-old'],
      ['safety-plan-review', 'p'],
      ['shelter-exit', 'sa'],
    ]);
    expect(open([...es, entry('shelter-exit', {}, 'sx', '2026-01-13')]).map((i) => i[1])).not.toContain(
      'shelter-exit',
    );
  });

  it('lets past hearings and expired measures lapse, and only those', () => {
    expect(LAPSING_KINDS).toEqual(['measure-expires', 'hearing']);
    expect(
      open([
        entry('admin-case', { hearingOn: '2026-01-10' }, 'h-past'),
        entry('order-issued', { measure: 'protective-order', startsOn: '2025-12-01' }, 'o-expired'),
      ]),
    ).toEqual([]);
  });

  it('lists a registration review until registration is taken off', () => {
    const on = entry('registration-on', { reviewOn: '2026-01-28' }, 'ron', '2026-01-02');
    expect(open([on])).toEqual([['2026-01-28', 'registration-review', '', 'ron']]);
    expect(open([on, entry('registration-off', {}, 'roff', '2026-01-10')])).toEqual([]);
  });

  it('sorts by date, then kind order, then source entry', () => {
    expect(DEADLINE_KINDS.indexOf('hearing')).toBeLessThan(DEADLINE_KINDS.indexOf('action-due'));
    const es = [
      entry('action-assigned', { action: 'b', ownerAgency: 'police', dueOn: '2026-01-20' }, 'a2'),
      entry('action-assigned', { action: 'a', ownerAgency: 'police', dueOn: '2026-01-20' }, 'a1'),
      entry('admin-case', { hearingOn: '2026-01-20' }, 'h'),
      entry('action-assigned', { action: 'c', ownerAgency: 'police', dueOn: '2026-01-13' }, 'a0'),
    ];
    expect(open(es).map((i) => i[3])).toEqual(['a0', 'h', 'a1', 'a2']);
  });
});

describe('case summary and the cases list', () => {
  it('caches what the list needs, and today’s view is derived when shown', () => {
    const order = testEntry(
      'order-issued',
      { measure: 'protective-order', startsOn: '2026-01-10' },
      { id: 'o' },
    );
    const action = entry(
      'action-assigned',
      { action: 'Visit', ownerAgency: 'police', dueOn: '2026-01-20' },
      'a',
    );
    const risk = testEntry(
      'risk-assessment',
      { level: 'high' },
      { at: '2026-01-11T10:00:00+05:00', agencyKind: 'crisis-centre' },
    );
    const entries = [order, action, risk, testEntry('note', {}, { at: '2026-01-12T10:00:00+05:00' })];
    const s = summariseCase({
      previous: testSummary(),
      added: entries,
      relevant: entries.filter((e) => e.kind !== 'note'),
    });
    expect(s).toMatchObject({
      riskLevel: 'high',
      openActions: 1,
      entryCount: 4,
      lastActivityAt: '2026-01-12T10:00:00+05:00',
    });
    expect(s.agencies.map((a) => a.kind)).toEqual(['police', 'crisis-centre']);
    expect(nextDeadline(s, '2026-01-12')).toBe('2026-01-20');
    // An overdue action and review stay open; a lapsed measure does not.
    expect(openItems(s, '2026-03-01', 7).map((i: DatedItem) => i.kind)).toEqual(['action-due', 'review-due']);
  });
});
