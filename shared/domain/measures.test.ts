import { describe, expect, it } from 'vitest';
import type { EntryId } from '../ids';
import { DEFAULT_RULES, type MeasureRule } from './measureRules';
import {
  activeMeasureCount,
  computeMeasures,
  isInForce,
  measureSpans,
  measureStates,
  stateOn,
  type MeasureState,
} from './measures';
import { eff, testEntry } from './testEntries.testkit';
import { effectiveEntries } from './timeline';
import type { Entry, FieldValue } from './types';

const order = (fields: Record<string, FieldValue>, id = 'o1', at?: string) =>
  testEntry('order-issued', { measure: 'protective-order', ...fields }, { id, ...(at ? { at } : {}) });
const linked = (
  kind: 'order-served' | 'order-breached' | 'order-ended',
  orderId: string,
  at: string,
  extra: Record<string, FieldValue> = {},
) => testEntry(kind, { orderEntryId: orderId, ...extra }, { at });
const one = (entries: readonly Entry[], today: string, soonDays = 7, rules?: readonly MeasureRule[]) => {
  const states = computeMeasures(eff(entries), today, soonDays, rules);
  expect(states).toHaveLength(1);
  return states[0]!;
};

describe('computeMeasures: a 30-day protective order', () => {
  const o = order({ startsOn: '2026-01-10' });

  it('is not started, active, expiring soon, then expired on day 31', () => {
    const at = (today: string) => one([o], today);
    expect(at('2026-01-09')).toMatchObject({ state: 'not-started', daysLeft: 30 });
    expect(at('2026-01-10')).toMatchObject({ state: 'active', daysLeft: 29, endsOn: '2026-02-08' });
    expect(at('2026-01-31')).toMatchObject({ state: 'active', daysLeft: 8 });
    expect(at('2026-02-01')).toMatchObject({ state: 'expiring-soon', daysLeft: 7 });
    expect(at('2026-02-08')).toMatchObject({ state: 'expiring-soon', daysLeft: 0 });
    expect(at('2026-02-09')).toMatchObject({ state: 'expired', daysLeft: -1 });
  });

  it('uses the soonDays it is given', () => {
    expect(one([o], '2026-02-01', 0).state).toBe('active');
    expect(one([o], '2026-02-08', 0).state).toBe('expiring-soon');
    expect(one([o], '2026-01-10', 30).state).toBe('expiring-soon');
  });

  it('carries the rule it used, with its source', () => {
    const m = one([o], '2026-01-15');
    expect(m.rule.lawVersion).toBe('DV-2009');
    expect(m.rule.source).toMatch(/30 days/);
    expect(m).toMatchObject({ measure: 'protective-order', orderEntryId: 'o1', durationMonths: null });
  });

  it('runs through leap day 29 February 2024 and has lapsed on 1 March', () => {
    const leap = order({ startsOn: '2024-01-31' });
    expect(one([leap], '2024-02-29')).toMatchObject({
      endsOn: '2024-02-29',
      daysLeft: 0,
      state: 'expiring-soon',
    });
    expect(one([leap], '2024-03-01')).toMatchObject({ state: 'expired', daysLeft: -1 });
  });
});

describe('computeMeasures: start date and law version', () => {
  it('takes the start from the startsOn field, not from when it was recorded', () => {
    const o = order({ startsOn: '2024-03-05' }, 'o1', '2024-02-29T23:30:00+06:00');
    expect(one([o], '2024-03-05').startsOn).toBe('2024-03-05');
  });

  it('without startsOn, uses the day it was recorded on in its own offset (UTC+6 before 1 March 2024)', () => {
    const late = order({}, 'o1', '2024-02-29T23:30:00+06:00');
    const m = one([late], '2024-03-10');
    expect(m.startsOn).toBe('2024-02-29');
    expect(m.endsOn).toBe('2024-03-29');
    // Half an hour later it was already 1 March there, though still 29 February in UTC.
    expect(one([order({}, 'o2', '2024-03-01T00:30:00+06:00')], '2024-03-10').startsOn).toBe('2024-03-01');
    expect(measureSpans(eff([late]))[0]).toMatchObject({ startsOn: '2024-02-29', endsOn: '2024-03-29' });
  });

  it('ignores a malformed startsOn and falls back to the recorded day', () => {
    const o = order({ startsOn: '2024-02-30' }, 'o1', '2024-02-10T10:00:00+06:00');
    expect(one([o], '2024-02-10').startsOn).toBe('2024-02-10');
  });

  it('keeps the rule in force on its start date (Law 245-VIII from 2 March 2026)', () => {
    expect(one([order({ startsOn: '2026-03-01' })], '2026-03-02').rule.lawVersion).toBe('DV-2009');
    expect(one([order({ startsOn: '2026-03-02' })], '2026-03-02').rule.lawVersion).toBe('245-VIII');
  });

  it('keeps older terms for an older order when a new version changes the term', () => {
    const shorter: MeasureRule = {
      measure: 'protective-order',
      lawVersion: 'future',
      appliesFrom: '2027-01-01',
      term: { kind: 'days', days: 10 },
      source: 'hypothetical',
      minAge: 16,
      checkInsPerMonth: null,
    };
    const rules = [...DEFAULT_RULES, shorter];
    expect(one([order({ startsOn: '2026-12-31' })], '2027-01-05', 7, rules).endsOn).toBe('2027-01-29');
    expect(one([order({ startsOn: '2027-01-01' })], '2027-01-05', 7, rules).endsOn).toBe('2027-01-10');
  });
});

describe('computeMeasures: served, breached, ended', () => {
  const o = order({ startsOn: '2026-01-10' });

  it('records the first service', () => {
    expect(one([o], '2026-01-15')).toMatchObject({ served: false, servedAt: null });
    const late = linked('order-served', 'o1', '2026-01-12T09:00:00+05:00');
    const early = linked('order-served', 'o1', '2026-01-10T18:00:00+05:00');
    expect(one([o, late, early], '2026-01-15')).toMatchObject({
      served: true,
      servedAt: '2026-01-10T18:00:00+05:00',
    });
  });

  it('shows a breach of a measure in force as breached, ahead of expiring soon', () => {
    const b2 = linked('order-breached', 'o1', '2026-01-25T22:00:00+05:00');
    const b1 = linked('order-breached', 'o1', '2026-01-20T22:00:00+05:00');
    expect(one([o, b2, b1], '2026-01-19').state).toBe('active');
    expect(one([o, b2, b1], '2026-01-20').state).toBe('breached');
    expect(one([o, b2, b1], '2026-02-08')).toMatchObject({ state: 'breached', daysLeft: 0 });
    const after = one([o, b2, b1], '2026-02-09');
    expect(after.state).toBe('expired');
    expect(after.breaches).toEqual(['2026-01-20T22:00:00+05:00', '2026-01-25T22:00:00+05:00']);
  });

  it('ends early from endedOn (no longer in force that day), and stops counting down', () => {
    const ended = linked('order-ended', 'o1', '2026-01-20T12:00:00+05:00', { endedOn: '2026-01-20' });
    expect(one([o, ended], '2026-01-19')).toMatchObject({ state: 'active', endedOn: '2026-01-20' });
    expect(one([o, ended], '2026-01-20')).toMatchObject({ state: 'ended-early', daysLeft: null });
    expect(one([o, ended], '2026-03-01').state).toBe('ended-early');
  });

  it('counts an end on the last day as early, and an end after it as nothing', () => {
    const onLast = linked('order-ended', 'o1', '2026-02-08T12:00:00+05:00', { endedOn: '2026-02-08' });
    expect(one([o, onLast], '2026-02-08').state).toBe('ended-early');
    const after = linked('order-ended', 'o1', '2026-02-10T12:00:00+05:00', { endedOn: '2026-02-10' });
    expect(one([o, after], '2026-02-10').state).toBe('expired');
  });

  it('ends before it started when lifted early, and uses the earliest of several ends', () => {
    const ends = [
      linked('order-ended', 'o1', '2026-01-30T12:00:00+05:00', { endedOn: '2026-01-30' }),
      linked('order-ended', 'o1', '2026-01-15T12:00:00+05:00', { endedOn: '2026-01-15' }),
    ];
    expect(one([o, ...ends], '2026-01-16')).toMatchObject({ state: 'ended-early', endedOn: '2026-01-15' });
  });

  it('takes endedOn from when the end was recorded when the field is missing', () => {
    const ended = linked('order-ended', 'o1', '2026-01-21T23:30:00+05:00');
    expect(one([o, ended], '2026-01-22').endedOn).toBe('2026-01-21');
  });

  it('ignores references to other or unknown orders, and orders of an unknown measure', () => {
    const other = linked('order-breached', 'nope', '2026-01-20T22:00:00+05:00');
    const noRef = testEntry('order-breached', {}, { at: '2026-01-20T22:00:00+05:00' });
    const odd = testEntry('order-issued', { measure: 'curfew', startsOn: '2026-01-10' }, { id: 'x' });
    expect(one([o, other, noRef, odd], '2026-01-21').state).toBe('active');
  });
});

describe('computeMeasures: other measures', () => {
  it('a restraining order has no end until one is recorded', () => {
    const r = testEntry(
      'order-issued',
      { measure: 'restraining-order', startsOn: '2024-01-01' },
      { id: 'r' },
    );
    expect(one([r], '2030-01-01')).toMatchObject({ state: 'active', endsOn: null, daysLeft: null });
    const ended = linked('order-ended', 'r', '2025-05-05T10:00:00+05:00', { endedOn: '2025-05-05' });
    expect(one([r, ended], '2025-05-05').state).toBe('ended-early');
  });

  it('special requirements run for the court’s months, flagged when out of range, never a default term', () => {
    const sr = (months?: number) =>
      testEntry(
        'order-issued',
        {
          measure: 'special-requirements',
          startsOn: '2024-01-31',
          ...(months === undefined ? {} : { durationMonths: months }),
        },
        { id: 's' },
      );
    expect(one([sr(6)], '2024-02-01')).toMatchObject({
      endsOn: '2024-07-30',
      durationMonths: 6,
      durationAdjusted: false,
    });
    expect(one([sr(3)], '2024-02-01')).toMatchObject({ endsOn: '2024-04-29', durationAdjusted: false });
    // No term recorded: no known end (in force until corrected or ended), never 3 months.
    expect(one([sr()], '2024-02-01')).toMatchObject({
      endsOn: null,
      durationMonths: null,
      termMissing: true,
      daysLeft: null,
    });
    expect(one([sr()], '2025-06-01').state).toBe('active');
    expect(measureSpans(eff([sr()]))[0]).toMatchObject({ endsOn: null, termMissing: true });
    expect(one([sr(6)], '2024-02-01').termMissing).toBe(false);
    expect(one([sr(18)], '2024-02-01')).toMatchObject({
      endsOn: '2025-01-30',
      durationMonths: 12,
      durationAdjusted: true,
    });
    expect(one([sr(3)], '2024-04-29').state).toBe('expiring-soon');
    expect(one([sr(3)], '2024-04-30').state).toBe('expired');
  });

  it('carries the person it is against, the prohibitions and the reporting schedule', () => {
    const sr = testEntry('order-issued', {
      measure: 'special-requirements',
      startsOn: '2024-01-31',
      durationMonths: 3,
      againstPersonId: 'p-harm',
      prohibitions: ['no-contact', 'no-weapons'],
      checkInsPerMonth: 2,
    });
    expect(one([sr], '2024-02-01')).toMatchObject({
      againstPersonId: 'p-harm',
      prohibitions: ['no-contact', 'no-weapons'],
      checkInsPerMonth: 2,
    });
    expect(measureSpans(eff([sr]))[0]).toMatchObject({ againstPersonId: 'p-harm', checkInsPerMonth: 2 });
    // A police order has no reporting schedule or court prohibitions, whatever the fields hold.
    const po = order({ startsOn: '2024-01-31', checkInsPerMonth: 2, prohibitions: ['no-weapons'] });
    expect(one([po], '2024-02-01')).toMatchObject({
      checkInsPerMonth: null,
      prohibitions: [],
      againstPersonId: null,
    });
    // Five a month is more than the rule allows: no schedule rather than a wrong one.
    const five = testEntry('order-issued', {
      measure: 'special-requirements',
      startsOn: '2024-01-31',
      durationMonths: 3,
      checkInsPerMonth: 5,
    });
    expect(one([five], '2024-02-01').checkInsPerMonth).toBeNull();
  });
});

describe('computeMeasures with corrections', () => {
  it('follows the corrected start date and links by the original id', () => {
    const o = order({ startsOn: '2026-01-10' });
    const fixed: Entry = {
      ...order({ startsOn: '2026-01-12' }, 'o1-fix'),
      correction: { supersedes: 'o1' as EntryId, action: 'correct', reason: 'wrong date' },
    };
    const served = linked('order-served', 'o1', '2026-01-12T10:00:00+05:00');
    const breach = linked('order-breached', 'o1', '2026-01-14T10:00:00+05:00');
    const voidBreach: Entry = {
      ...testEntry('note', {}, { id: 'vb' }),
      correction: { supersedes: breach.id, action: 'void', reason: 'not a breach' },
    };
    const [m] = computeMeasures(effectiveEntries([served, fixed, breach, voidBreach, o]), '2026-01-15', 7);
    expect(m).toMatchObject({
      orderEntryId: 'o1',
      startsOn: '2026-01-12',
      endsOn: '2026-02-10',
      served: true,
    });
    expect(m!.state).toBe('active');
    expect(m!.breaches).toEqual([]);
  });

  it('drops a voided order', () => {
    const o = order({ startsOn: '2026-01-10' });
    const v: Entry = {
      ...testEntry('note', {}, { id: 'v' }),
      correction: { supersedes: 'o1' as EntryId, action: 'void', reason: 'wrong case' },
    };
    expect(computeMeasures(effectiveEntries([o, v]), '2026-01-15', 7)).toEqual([]);
  });
});

describe('counting and compatibility', () => {
  it('counts measures in force', () => {
    const entries = [
      order({ startsOn: '2026-01-10' }, 'a'),
      order({ startsOn: '2025-01-10' }, 'b'),
      order({ startsOn: '2026-02-01' }, 'c'),
      order({ startsOn: '2026-01-01' }, 'd'),
      linked('order-breached', 'd', '2026-01-05T10:00:00+05:00'),
    ];
    const states = computeMeasures(eff(entries), '2026-01-29', 7);
    expect(states.map((s: MeasureState) => s.state)).toEqual([
      'active',
      'expired',
      'not-started',
      'breached',
    ]);
    expect(activeMeasureCount(states)).toBe(2);
    expect(activeMeasureCount([])).toBe(0);
    expect(isInForce('expiring-soon')).toBe(true);
    expect(isInForce('not-started')).toBe(false);
  });

  it('measureStates is computeMeasures, and stateOn agrees on stored spans', () => {
    const entries = eff([order({ startsOn: '2026-01-10' })]);
    expect(measureStates).toBe(computeMeasures);
    const [span] = measureSpans(entries);
    for (const today of ['2026-01-09', '2026-01-10', '2026-02-05', '2026-02-09']) {
      expect(stateOn(span!, today, 7)).toBe(computeMeasures(entries, today, 7)[0]!.state);
    }
  });
});
