import { describe, expect, it } from 'vitest';
import type { CaseId } from '../ids';
import { nextDeadline as nextStoredDeadline, openItems } from './caseView';
import {
  DEADLINE_KINDS,
  HIGH_RISK_REVIEW_DAYS,
  LAPSING_KINDS,
  computeDeadlines,
  deadlineItems,
  nextDeadline,
  type Deadline,
  type DeadlineInput,
} from './deadlines';
import { computeMeasures, measureSpans } from './measures';
import { summariseCase } from './summary';
import { eff, testEntry, testSummary } from './testEntries.testkit';
import type { EffectiveEntry } from './timeline';
import type { Entry, FieldValue } from './types';

const order = testEntry('order-issued', { measure: 'protective-order', startsOn: '2026-01-10' }, { id: 'o' });
const action = testEntry(
  'action-assigned',
  { action: 'Visit the school', ownerAgency: 'education-guardianship', dueOn: '2026-01-20' },
  { id: 'a' },
);
const hearing = testEntry('admin-case', { hearingOn: '2026-01-25' }, { id: 'h' });
const plan = testEntry(
  'safety-plan',
  { reviewOn: '2026-01-15' },
  { id: 'p', at: '2026-01-05T10:00:00+05:00' },
);
const review = testEntry(
  'safety-plan-review',
  { nextReviewOn: '2026-02-15' },
  { id: 'r', at: '2026-01-14T10:00:00+05:00' },
);

describe('deadlineItems (stored summary)', () => {
  it('lists measures expiring, hearings, open actions and the newest plan review', () => {
    const e = eff([order, action, hearing, plan, review]);
    const items = deadlineItems(e, measureSpans(e), { level: null, lastAssessedOn: null });
    expect(items.map((i) => [i.date, i.kind, i.label])).toEqual([
      ['2026-01-20', 'action-due', 'education-guardianship'],
      ['2026-01-25', 'hearing', ''],
      ['2026-02-08', 'measure-expires', 'protective-order'],
      ['2026-02-15', 'safety-plan-review', ''],
    ]);
  });

  it('drops done actions and a measure ended early; adds a review 30 days after a high assessment', () => {
    const done = testEntry('action-done', { actionEntryId: 'a' });
    const ended = testEntry('order-ended', { orderEntryId: 'o', endedOn: '2026-01-12' });
    const ra = testEntry('risk-assessment', { level: 'high' }, { id: 'ra', at: '2026-01-02T10:00:00+05:00' });
    const e = eff([order, action, done, ended, ra]);
    const items = deadlineItems(e, measureSpans(e), { level: 'high', lastAssessedOn: '2026-01-02' });
    expect(items).toEqual([{ date: '2026-02-01', kind: 'review-due', label: '', sourceEntryId: 'ra' }]);
  });
});

const TODAY = '2026-01-15';
const at = (day: string) => `${day}T10:00:00+05:00`;
const entry = (kind: Entry['kind'], fields: Record<string, FieldValue>, id: string, day = '2026-01-01') =>
  testEntry(kind, fields, { id, at: at(day) });

function deadlines(entries: readonly Entry[], extra: Partial<DeadlineInput> = {}): Deadline[] {
  const effective: EffectiveEntry[] = eff(entries);
  const today = extra.today ?? TODAY;
  return computeDeadlines({
    caseId: 'case-7' as CaseId,
    reference: 'KZ-2026-007',
    entries: effective,
    measures: computeMeasures(effective, today, 7),
    riskLevel: null,
    lastAssessmentAt: null,
    today,
    windowDays: 14,
    ...extra,
  });
}
const brief = (ds: readonly Deadline[]) => ds.map((d) => [d.date, d.kind, d.sourceEntryId, d.overdue]);

describe('computeDeadlines: window', () => {
  it('lists what falls from today through today + windowDays, with case and label data', () => {
    const ds = deadlines([
      entry('order-issued', { measure: 'protective-order', startsOn: '2025-12-20' }, 'o-soon'),
      entry('order-issued', { measure: 'protective-order', startsOn: '2026-01-10' }, 'o-later'),
      entry(
        'action-assigned',
        { action: 'Call the school', ownerAgency: 'police', dueOn: '2026-01-20' },
        'a',
      ),
      entry('admin-case', { hearingOn: '2026-01-25', caseNumber: 'AC-12' }, 'h'),
      entry('court-decision', { decision: 'fine', hearingOn: '2026-01-29' }, 'cd'),
      entry('admin-case', { hearingOn: '2026-01-30' }, 'h-late'),
    ]);
    expect(brief(ds)).toEqual([
      ['2026-01-18', 'measure-expires', 'o-soon', false],
      ['2026-01-20', 'action-due', 'a', false],
      ['2026-01-25', 'hearing', 'h', false],
      ['2026-01-29', 'hearing', 'cd', false],
    ]);
    expect(ds[0]).toMatchObject({ caseId: 'case-7', reference: 'KZ-2026-007', measure: 'protective-order' });
    expect(ds[1]).toMatchObject({ action: 'Call the school', ownerAgency: 'police' });
    expect(ds[2]).toMatchObject({ entryKind: 'admin-case', caseNumber: 'AC-12' });
    expect(ds[3]).toMatchObject({ entryKind: 'court-decision', caseNumber: '' });
  });

  it('includes today and the last day of the window', () => {
    const ds = deadlines([
      entry('action-assigned', { action: 'x', ownerAgency: 'police', dueOn: TODAY }, 'a1'),
      entry('action-assigned', { action: 'y', ownerAgency: 'police', dueOn: '2026-01-29' }, 'a2'),
    ]);
    expect(brief(ds)).toEqual([
      [TODAY, 'action-due', 'a1', false],
      ['2026-01-29', 'action-due', 'a2', false],
    ]);
  });

  it('keeps overdue open actions for 30 days (or lookbackDays), drops done ones', () => {
    const entries = [
      entry('action-assigned', { action: 'old', ownerAgency: 'police', dueOn: '2026-01-05' }, 'a-old'),
      entry('action-assigned', { action: 'older', ownerAgency: 'police', dueOn: '2025-12-16' }, 'a-30'),
      entry('action-assigned', { action: 'ancient', ownerAgency: 'police', dueOn: '2025-11-01' }, 'a-anc'),
      entry('action-assigned', { action: 'done', ownerAgency: 'police', dueOn: '2026-01-10' }, 'a-done'),
      entry('action-done', { actionEntryId: 'a-done' }, 'd'),
    ];
    expect(brief(deadlines(entries))).toEqual([
      ['2025-12-16', 'action-due', 'a-30', true],
      ['2026-01-05', 'action-due', 'a-old', true],
    ]);
    expect(deadlines(entries, { lookbackDays: 90 }).map((d) => d.sourceEntryId)).toEqual([
      'a-anc',
      'a-30',
      'a-old',
    ]);
  });

  it('lets past hearings and expired or ended measures lapse', () => {
    expect(LAPSING_KINDS).toEqual(['measure-expires', 'hearing']);
    const ds = deadlines([
      entry('admin-case', { hearingOn: '2026-01-10' }, 'h-past'),
      entry('order-issued', { measure: 'protective-order', startsOn: '2025-12-01' }, 'o-expired'),
      entry('order-issued', { measure: 'protective-order', startsOn: '2026-01-01' }, 'o-ended'),
      entry('order-ended', { orderEntryId: 'o-ended', endedOn: '2026-01-12' }, 'end', '2026-01-12'),
    ]);
    expect(ds).toEqual([]);
  });

  it('lists a measure that has not started yet when its end falls in the window', () => {
    const measure = { measure: 'special-requirements', startsOn: '2025-10-20', durationMonths: 3 };
    const ds = deadlines([entry('order-issued', measure, 's')], { today: '2025-10-10', windowDays: 120 });
    expect(ds[0]).toMatchObject({
      kind: 'measure-expires',
      date: '2026-01-19',
      measure: 'special-requirements',
    });
  });

  it('lists no end for a measure without a fixed term', () => {
    expect(
      deadlines([entry('order-issued', { measure: 'restraining-order', startsOn: '2026-01-01' }, 'r')]),
    ).toEqual([]);
  });
});

describe('computeDeadlines: reviews', () => {
  const plan1 = entry('safety-plan', { reviewOn: '2026-01-12' }, 'p', '2026-01-05');
  const planReview = entry('safety-plan-review', { nextReviewOn: '2026-01-27' }, 'pr', '2026-01-14');

  it('uses the newest plan or review; an overdue plan review stays open', () => {
    expect(brief(deadlines([plan1]))).toEqual([['2026-01-12', 'safety-plan-review', 'p', true]]);
    expect(brief(deadlines([planReview, plan1]))).toEqual([
      ['2026-01-27', 'safety-plan-review', 'pr', false],
    ]);
  });

  it('lists a planned shelter exit until the exit is recorded, overdue included', () => {
    const admitted = entry('shelter-admission', { plannedExitOn: '2026-01-13' }, 'sa', '2026-01-02');
    expect(brief(deadlines([admitted]))).toEqual([['2026-01-13', 'shelter-exit', 'sa', true]]);
    expect(deadlines([admitted, entry('shelter-exit', {}, 'sx', '2026-01-13')])).toEqual([]);
  });

  it('lists a registration review until registration is taken off', () => {
    const on = entry('registration-on', { reviewOn: '2026-01-28' }, 'ron', '2026-01-02');
    expect(brief(deadlines([on]))).toEqual([['2026-01-28', 'registration-review', 'ron', false]]);
    expect(deadlines([on, entry('registration-off', {}, 'roff', '2026-01-10')])).toEqual([]);
  });

  it('makes a high-risk case due for review 30 days after its last assessment', () => {
    expect(HIGH_RISK_REVIEW_DAYS).toBe(30);
    const assessed = entry('risk-assessment', { level: 'high' }, 'ra', '2025-12-10');
    const ds = deadlines([assessed], { riskLevel: 'high', lastAssessmentAt: at('2025-12-10') });
    expect(brief(ds)).toEqual([['2026-01-09', 'review-due', 'ra', true]]);
    expect(ds[0]).toMatchObject({ lastAssessmentAt: at('2025-12-10') });
    // Not high: no review deadline.
    expect(deadlines([assessed], { riskLevel: 'medium', lastAssessmentAt: at('2025-12-10') })).toEqual([]);
  });

  it('lists an upcoming review inside the window, not beyond it', () => {
    const input = { riskLevel: 'high' as const, lastAssessmentAt: at('2026-01-10') };
    expect(deadlines([], input)).toEqual([]);
    expect(brief(deadlines([], { ...input, windowDays: 30 }))).toEqual([
      ['2026-02-09', 'review-due', null, false],
    ]);
  });

  it('makes a high-risk case never assessed due today', () => {
    const ds = deadlines([], { riskLevel: 'high', lastAssessmentAt: null });
    expect(ds).toEqual([
      {
        caseId: 'case-7',
        reference: 'KZ-2026-007',
        date: TODAY,
        sourceEntryId: null,
        overdue: false,
        kind: 'review-due',
        lastAssessmentAt: null,
      },
    ]);
  });

  it('counts 30 days from the assessment’s own calendar day (UTC+6 before 1 March 2024)', () => {
    const ds = deadlines([], {
      riskLevel: 'high',
      lastAssessmentAt: '2024-02-29T23:30:00+06:00',
      today: '2024-03-20',
    });
    expect(ds.map((d) => d.date)).toEqual(['2024-03-30']);
  });
});

describe('ordering and nextDeadline', () => {
  const entries = [
    entry('action-assigned', { action: 'b', ownerAgency: 'police', dueOn: '2026-01-20' }, 'a2'),
    entry('action-assigned', { action: 'a', ownerAgency: 'police', dueOn: '2026-01-20' }, 'a1'),
    entry('admin-case', { hearingOn: '2026-01-20' }, 'h'),
    entry('action-assigned', { action: 'c', ownerAgency: 'police', dueOn: '2026-01-13' }, 'a0'),
  ];

  it('sorts by date, then kind order, then source entry', () => {
    expect(DEADLINE_KINDS.indexOf('hearing')).toBeLessThan(DEADLINE_KINDS.indexOf('action-due'));
    expect(deadlines(entries).map((d) => d.sourceEntryId)).toEqual(['a0', 'h', 'a1', 'a2']);
  });

  it('gives the earliest deadline, overdue first, or null', () => {
    const ds = deadlines(entries);
    expect(nextDeadline([...ds].reverse())).toMatchObject({ sourceEntryId: 'a0', overdue: true });
    expect(nextDeadline([])).toBeNull();
  });
});

describe('case summary', () => {
  const empty = testSummary();

  it('caches what the list needs, and today’s view is derived when shown', () => {
    const risk = testEntry(
      'risk-assessment',
      { level: 'high' },
      { at: '2026-01-11T10:00:00+05:00', agencyKind: 'crisis-centre' },
    );
    const entries = [order, action, risk, testEntry('note', {}, { at: '2026-01-12T10:00:00+05:00' })];
    const s = summariseCase({
      previous: empty,
      added: entries,
      relevant: entries.filter((e) => e.kind !== 'note'),
      today: '2026-01-12',
      windowDays: 7,
    });
    expect(s).toMatchObject({
      riskLevel: 'high',
      openActions: 1,
      entryCount: 4,
      lastActivityAt: '2026-01-12T10:00:00+05:00',
    });
    expect(s.agencies.map((a) => a.kind)).toEqual(['police', 'crisis-centre']);
    expect(nextStoredDeadline(s, '2026-01-12')).toBe('2026-01-20');
    // An overdue action stays open; a lapsed measure does not.
    expect(openItems(s, '2026-03-01', 7).map((i) => i.kind)).toEqual(['action-due', 'review-due']);
  });
});
