import { describe, expect, it } from 'vitest';
import { deadlineItems } from './deadlines';
import { measureSpans } from './measures';
import { summariseCase } from './summary';
import { openItems, nextDeadline } from './caseView';
import { eff, testEntry } from './testEntries';
import type { CaseSummary } from './types';

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

describe('deadline items', () => {
  it('lists measures expiring, hearings, open actions and the newest plan review', () => {
    const e = eff([order, action, hearing, plan, review]);
    const items = deadlineItems(e, measureSpans(e), { level: null, lastAssessedOn: null });
    expect(items.map((i) => [i.date, i.kind, i.label])).toEqual([
      ['2026-01-20', 'action-due', 'Visit the school'],
      ['2026-01-25', 'hearing', ''],
      ['2026-02-08', 'measure-expires', 'protective-order'],
      ['2026-02-15', 'safety-plan-review', ''],
    ]);
  });

  it('drops done actions and a measure ended early; adds a review 30 days after a high assessment', () => {
    const done = testEntry('action-done', { actionEntryId: 'a' });
    const ended = testEntry('order-ended', { orderEntryId: 'o', endedOn: '2026-01-12' });
    const e = eff([order, action, done, ended]);
    const items = deadlineItems(e, measureSpans(e), { level: 'high', lastAssessedOn: '2026-01-02' });
    expect(items).toEqual([{ date: '2026-02-01', kind: 'review-due', label: '', sourceEntryId: '' }]);
  });
});

describe('case summary', () => {
  const empty: CaseSummary = {
    riskLevel: null,
    lastAssessmentAt: null,
    measures: [],
    deadlines: [],
    openActions: 0,
    lastActivityAt: '2026-01-01T10:00:00+05:00',
    lastContactAt: null,
    agencies: [],
    entryCount: 0,
  };

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
    expect(nextDeadline(s, '2026-01-12')).toBe('2026-01-20');
    // An overdue action stays open; a lapsed measure does not.
    expect(openItems(s, '2026-03-01', 7).map((i) => i.kind)).toEqual(['action-due', 'review-due']);
  });
});
