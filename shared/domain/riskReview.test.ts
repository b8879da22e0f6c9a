import { describe, expect, it } from 'vitest';
import type { AgencyKind } from './agencies';
import { reassessmentDue, reviewDue, riskNow } from './riskReview';
import { eff, testEntry } from './testEntries.testkit';
import type { Entry, FieldValue, RiskLevel } from './types';

const at = (day: string, time = '10:00', offset = '+05:00') => `${day}T${time}:00${offset}`;
const assessment = (day: string, level: RiskLevel, extra: Record<string, FieldValue> = {}, time = '10:00') =>
  testEntry(
    'risk-assessment',
    { level, computedLevel: level, score: 3, ...extra },
    { id: `ra-${day}-${time}`, at: at(day, time) },
  );
const incident = (day: string, fields: Record<string, FieldValue>, time = '10:00') =>
  testEntry('incident', fields, { id: `inc-${day}-${time}`, at: at(day, time) });
const callout = (day: string, agencyKind: AgencyKind = 'police') =>
  testEntry('callout', { visitType: 'call-out' }, { id: `co-${day}`, at: at(day), agencyKind });

describe('riskNow', () => {
  it('is the newest assessment’s level, raised by escalation as of it unless overridden', () => {
    const calls = [callout('2025-06-01'), callout('2025-09-01'), callout('2026-01-02')];
    expect(riskNow(eff([...calls, assessment('2026-01-15', 'standard')]))).toMatchObject({
      level: 'high',
      assessedLevel: 'standard',
      raisedByEscalation: true,
    });
    const overridden = assessment('2026-01-15', 'medium', {
      overrideLevel: 'medium',
      overrideReason: 'neighbour',
    });
    expect(riskNow(eff([...calls, overridden]))).toMatchObject({
      level: 'medium',
      raisedByEscalation: false,
    });
    expect(riskNow(eff([callout('2026-01-02')]))).toBeNull();
  });
});

describe('reviewDue', () => {
  const due = (level: RiskLevel) => reviewDue(riskNow(eff([assessment('2026-01-10', level)])))!.dueOn;
  it('comes sooner for a higher level: 28, 56 and 84 days after the assessment day', () => {
    expect(due('high')).toBe('2026-02-07');
    expect(due('medium')).toBe('2026-03-07');
    expect(due('standard')).toBe('2026-04-04');
    expect(reviewDue(null)).toBeNull();
  });

  it('counts from the assessment’s own day, UTC+6 before 1 March 2024', () => {
    const late = testEntry(
      'risk-assessment',
      { level: 'high' },
      { id: 'r', at: '2024-02-29T23:30:00+06:00' },
    );
    expect(reviewDue(riskNow(eff([late])))).toEqual({
      dueOn: '2024-03-28',
      level: 'high',
      assessmentId: 'r',
    });
  });
});

describe('reassessmentDue', () => {
  it('asks for a new assessment by the next day after strangulation, injury or a weapon', () => {
    for (const field of ['strangulation', 'injuries', 'weapon']) {
      const inc = incident('2026-01-20', { [field]: true });
      expect(reassessmentDue(eff([assessment('2026-01-10', 'medium'), inc]))).toEqual({
        dueOn: '2026-01-21',
        trigger: { kind: 'incident', entryId: inc.id, occurredAt: inc.occurredAt },
        triggers: [{ kind: 'incident', entryId: inc.id, occurredAt: inc.occurredAt }],
      });
    }
    const mild = incident('2026-01-20', { incidentTypes: ['psychological'], injuries: false });
    expect(reassessmentDue(eff([assessment('2026-01-10', 'medium'), mild]))).toBeNull();
  });

  it('after a breach of a measure, too', () => {
    const breach = testEntry(
      'order-breached',
      { orderEntryId: 'o' },
      { id: 'b', at: at('2026-01-20', '23:50') },
    );
    expect(reassessmentDue(eff([assessment('2026-01-10', 'high'), breach]))?.dueOn).toBe('2026-01-21');
  });

  it('is answered by an assessment at the same moment or later, not by one a minute before', () => {
    const inc = incident('2026-01-20', { weapon: true }, '14:00');
    expect(reassessmentDue(eff([inc, assessment('2026-01-20', 'high', {}, '14:00')]))).toBeNull();
    expect(reassessmentDue(eff([inc, assessment('2026-01-22', 'high')]))).toBeNull();
    expect(reassessmentDue(eff([assessment('2026-01-20', 'high', {}, '13:59'), inc]))?.dueOn).toBe(
      '2026-01-21',
    );
  });

  it('is due on a case never assessed, from its first trigger', () => {
    const first = incident('2026-01-05', { injuries: true });
    const second = incident('2026-01-08', { strangulation: true });
    const due = reassessmentDue(eff([second, first]));
    expect(due?.dueOn).toBe('2026-01-06');
    expect(due?.triggers.map((t) => t.entryId)).toEqual([first.id, second.id]);
  });

  it('asks for one when reports and call-outs reach three days in 12 months after the assessment', () => {
    const base: Entry[] = [callout('2025-06-01'), assessment('2025-12-01', 'medium'), callout('2026-01-05')];
    expect(reassessmentDue(eff(base))).toBeNull();
    const report = testEntry(
      'report-received',
      { channel: 'phone-102' },
      { id: 'rep', at: at('2026-01-15') },
    );
    expect(reassessmentDue(eff([...base, report]))).toMatchObject({
      dueOn: '2026-01-16',
      trigger: { kind: 'escalation', entryId: 'rep' },
    });
    // A call-out by another agency is not a police call-out.
    expect(reassessmentDue(eff([...base, callout('2026-01-15', 'crisis-centre')]))).toBeNull();
  });
});
