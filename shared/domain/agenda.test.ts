import { describe, expect, it } from 'vitest';
import type { CaseId } from '../ids';
import { agendaFactsOf, agendaReasons, suggestAgenda, type AgendaCase } from './agenda';
import { testSummary } from './testEntries.testkit';
import type { CaseSignals, CaseSummary } from './types';

const SINCE = '2026-02-12T10:00:00+05:00';
const TODAY = '2026-03-12';
const quiet: CaseSignals = {
  lastIncidentAt: null,
  lastSeriousIncidentAt: null,
  lastBreachAt: null,
  lastCalloutAt: null,
  lastReportAt: null,
  lastMissedCheckInAt: null,
};
const aCase = (
  ref: string,
  over: Partial<CaseSummary> = {},
  status: AgendaCase['status'] = 'open',
): AgendaCase => ({
  id: ref as CaseId,
  reference: ref,
  status,
  summary: testSummary({ signals: quiet, ...over }),
});
const kinds = (c: AgendaCase) => agendaReasons(c, SINCE, TODAY).map((r) => r.kind);

describe('agendaReasons', () => {
  it('suggests nothing for a quiet case, and never a closed one', () => {
    expect(kinds(aCase('quiet'))).toEqual([]);
    expect(kinds(aCase('closed', { riskLevel: 'high' }, 'closed'))).toEqual([]);
    expect(kinds(aCase('monitoring', { riskLevel: 'high' }, 'monitoring'))).toEqual(['high-risk']);
  });

  it('counts a signal strictly after the last meeting began', () => {
    expect(kinds(aCase('at', { signals: { ...quiet, lastBreachAt: SINCE } }))).toEqual([]);
    expect(
      kinds(aCase('after', { signals: { ...quiet, lastBreachAt: '2026-02-12T10:00:01+05:00' } })),
    ).toEqual(['breach']);
    // The same moment written in the former UTC+6 offset is still the same moment.
    expect(
      kinds(aCase('offset', { signals: { ...quiet, lastCalloutAt: '2026-02-12T11:00:00+06:00' } })),
    ).toEqual([]);
  });

  it('names a serious incident once, not also as an incident', () => {
    const at = '2026-03-01T22:00:00+05:00';
    const c = aCase('x', {
      signals: { ...quiet, lastIncidentAt: at, lastSeriousIncidentAt: at, lastCalloutAt: at },
    });
    expect(agendaReasons(c, SINCE, TODAY)).toEqual([
      { kind: 'serious-incident', at },
      { kind: 'callout', at },
    ]);
  });

  it('sees a rise from the level held at the last meeting, but not a first assessment', () => {
    const trend = [
      { at: '2026-01-10T10:00:00+05:00', level: 'medium' as const },
      { at: '2026-03-01T10:00:00+05:00', level: 'high' as const },
    ];
    expect(agendaReasons(aCase('rose', { riskLevel: 'high', riskTrend: trend }), SINCE, TODAY)).toEqual([
      { kind: 'high-risk' },
      { kind: 'risk-rose', from: 'medium', to: 'high' },
    ]);
    const first = [{ at: '2026-03-01T10:00:00+05:00', level: 'medium' as const }];
    expect(kinds(aCase('first', { riskLevel: 'medium', riskTrend: first }))).toEqual([]);
    // Escalation raised the level now above the assessment held then.
    const held = [{ at: '2026-01-10T10:00:00+05:00', level: 'standard' as const }];
    expect(kinds(aCase('esc', { riskLevel: 'medium', riskTrend: held }))).toEqual(['risk-rose']);
  });

  it('counts actions past their due day as overdue, not those due today', () => {
    const action = (date: string, sourceEntryId: string) => ({
      date,
      kind: 'action-due',
      label: 'police',
      sourceEntryId,
    });
    const c = aCase('late', {
      deadlines: [action('2026-03-12', 'a'), action('2026-03-11', 'b'), action('2026-02-01', 'c')],
    });
    expect(agendaReasons(c, SINCE, TODAY)).toEqual([
      { kind: 'overdue-action', count: 2, oldest: '2026-02-01' },
    ]);
    expect(kinds(aCase('due', { deadlines: [action('2026-03-12', 'a')] }))).toEqual([]);
  });

  it('reads summaries written before signals existed without failing', () => {
    const old = aCase('old', { riskLevel: 'high' });
    const { signals: _, riskTrend: __, ...rest } = old.summary;
    expect(kinds({ ...old, summary: rest })).toEqual(['high-risk']);
  });
});

describe('agendaFactsOf', () => {
  it('gives the reasons a document shows from the facts its audience may read', () => {
    const facts = {
      risk: null,
      trend: [],
      signals: { ...quiet, lastBreachAt: '2026-03-01T10:00:00+05:00' },
      deadlines: [],
    };
    const c = { id: 'x' as CaseId, reference: 'x', status: 'open' as const, summary: agendaFactsOf(facts) };
    expect(kinds(c)).toEqual(['breach']);
    expect(kinds({ ...c, summary: agendaFactsOf({ ...facts, signals: quiet }) })).toEqual([]);
  });
});

describe('suggestAgenda', () => {
  it('orders by the most pressing reason, then the number of reasons, then reference; leaves out the agenda', () => {
    const at = '2026-03-01T10:00:00+05:00';
    const cases = [
      aCase('B-high', { riskLevel: 'high' }),
      aCase('A-high', { riskLevel: 'high' }),
      aCase('C-high-callout', { riskLevel: 'high', signals: { ...quiet, lastCalloutAt: at } }),
      aCase('D-breach', { signals: { ...quiet, lastBreachAt: at } }),
      aCase('E-quiet'),
      aCase('F-on-agenda', { riskLevel: 'high' }),
    ];
    const s = suggestAgenda(cases, { since: SINCE, today: TODAY, exclude: new Set(['F-on-agenda']) });
    expect(s.map((x) => x.reference)).toEqual(['D-breach', 'C-high-callout', 'A-high', 'B-high']);
    expect(s[1]).toMatchObject({
      riskLevel: 'high',
      reasons: [{ kind: 'high-risk' }, { kind: 'callout', at }],
    });
  });
});
