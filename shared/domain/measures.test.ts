import { describe, expect, it } from 'vitest';
import { lastDayInForce, ruleFor, DEFAULT_RULES } from './measureRules';
import { measureSpans, measureStates } from './measures';
import { eff, testEntry } from './testEntries';

describe('measure rules', () => {
  it('counts a 30-day order inclusively across a leap February', () => {
    const rule = ruleFor('protective-order', '2024-01-31');
    expect(lastDayInForce(rule, '2024-01-31')).toBe('2024-02-29');
    expect(lastDayInForce(rule, '2023-01-31')).toBe('2023-03-01');
    expect(lastDayInForce(rule, '2024-12-15')).toBe('2025-01-13');
  });

  it('ends months-long requirements the day before the same date n months on', () => {
    const rule = ruleFor('special-requirements', '2024-01-31');
    expect(lastDayInForce(rule, '2024-01-31', 3)).toBe('2024-04-29');
    expect(lastDayInForce(rule, '2024-02-29', 12)).toBe('2025-02-27');
    // Out of the court's range: held to it.
    expect(lastDayInForce(rule, '2024-03-01', 24)).toBe('2025-02-28');
    expect(lastDayInForce(rule, '2024-03-01')).toBe('2024-05-31');
  });

  it('keeps the rule in force on the start date', () => {
    expect(ruleFor('protective-order', '2026-03-01').lawVersion).toBe('DV-2009');
    expect(ruleFor('protective-order', '2026-03-02').lawVersion).toBe('245-VIII');
    expect(lastDayInForce(ruleFor('restraining-order', '2025-01-01'), '2025-01-01')).toBeNull();
    expect(DEFAULT_RULES.every((r) => r.source.length > 20)).toBe(true);
  });
});

describe('measure states', () => {
  const order = testEntry(
    'order-issued',
    { measure: 'protective-order', startsOn: '2026-01-10' },
    { id: 'o1' },
  );

  it('is active through day 30, expiring soon near the end, expired on day 31', () => {
    const at = (today: string) => measureStates(eff([order]), today, 7)[0]!;
    expect(at('2026-01-09').state).toBe('not-started');
    expect(at('2026-01-10')).toMatchObject({ state: 'active', daysLeft: 29, endsOn: '2026-02-08' });
    expect(at('2026-02-01')).toMatchObject({ state: 'expiring-soon', daysLeft: 7 });
    expect(at('2026-02-08')).toMatchObject({ state: 'expiring-soon', daysLeft: 0 });
    expect(at('2026-02-09')).toMatchObject({ state: 'expired', daysLeft: -1 });
  });

  it('shows a breach while in force, and keeps it after expiry', () => {
    const breach = testEntry('order-breached', { orderEntryId: 'o1' }, { at: '2026-01-15T22:00:00+05:00' });
    const served = testEntry('order-served', { orderEntryId: 'o1' });
    const s = measureStates(eff([order, breach, served]), '2026-01-20', 7)[0]!;
    expect(s).toMatchObject({ state: 'breached', served: true, breaches: ['2026-01-15T22:00:00+05:00'] });
    expect(measureStates(eff([order, breach]), '2026-03-01', 7)[0]!.state).toBe('expired');
  });

  it('is ended early from the day a court ends it', () => {
    const ended = testEntry('order-ended', { orderEntryId: 'o1', endedOn: '2026-01-20' });
    expect(measureStates(eff([order, ended]), '2026-01-19', 7)[0]!.state).toBe('active');
    expect(measureStates(eff([order, ended]), '2026-01-20', 7)[0]!.state).toBe('ended-early');
  });

  it('takes a missing start date from the day it was recorded, in its own offset', () => {
    // Recorded at UTC+6 late on 29 February 2024, before Kazakhstan moved to UTC+5.
    const late = testEntry(
      'order-issued',
      { measure: 'protective-order' },
      { at: '2024-02-29T23:30:00+06:00' },
    );
    expect(measureSpans(eff([late]))[0]).toMatchObject({ startsOn: '2024-02-29', endsOn: '2024-03-29' });
  });
});
