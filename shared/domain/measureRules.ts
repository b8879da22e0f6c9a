/**
 * Terms of protective measures, as data. Legal durations change; each rule names the law
 * version it implements, the day it applies from and its source, and an order keeps the rule
 * that was in force on its start date. Edit the table, not the code that uses it.
 *
 * Counting is inclusive: a 30-day order that starts on 31 January 2024 is in force through
 * 29 February 2024 and has lapsed on 1 March.
 */
import { addDays, addMonths, compareCalendar, type CalendarDate } from '../dates';
import type { MeasureType } from './entryKinds';

export type MeasureTerm =
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'months'; readonly min: number; readonly max: number; readonly default: number }
  | { readonly kind: 'open' };

export type MeasureRule = {
  readonly measure: MeasureType;
  readonly lawVersion: string;
  readonly appliesFrom: CalendarDate;
  readonly term: MeasureTerm;
  readonly source: string;
};

export const DEFAULT_RULES: readonly MeasureRule[] = [
  {
    measure: 'protective-order',
    lawVersion: 'DV-2009',
    appliesFrom: '2009-12-04',
    term: { kind: 'days', days: 30 },
    source:
      'Law of the RK "On Prevention of Domestic Violence" (2009, as amended): a protective order is issued by the police, without a court, for 30 days; since 1 July 2023 without the victim’s written complaint.',
  },
  {
    measure: 'protective-order',
    lawVersion: '245-VIII',
    appliesFrom: '2026-03-02',
    term: { kind: 'days', days: 30 },
    source:
      'Law of the RK No. 245-VIII "On Prevention of Offences", in force from 2 March 2026: protective order for 30 days.',
  },
  {
    measure: 'special-requirements',
    lawVersion: 'CAO-2014',
    appliesFrom: '2014-07-05',
    term: { kind: 'months', min: 3, max: 12, default: 3 },
    source:
      'Code of Administrative Offences of the RK: special requirements for the offender’s behaviour are set by a court with an administrative case for 3 months to 1 year.',
  },
  {
    measure: 'restraining-order',
    lawVersion: 'CPC-2014',
    appliesFrom: '2014-07-04',
    term: { kind: 'open' },
    source:
      'Criminal Procedure Code of the RK: a restraining order in criminal proceedings lasts until the proceedings or the court end it.',
  },
  {
    measure: 'removal-from-home',
    lawVersion: 'DV-2024',
    appliesFrom: '2024-06-16',
    term: { kind: 'days', days: 30 },
    source:
      'Amendments of 2024 to the domestic-violence legislation introduced temporary removal of the aggressor from the home. The term here (30 days) is a default to be checked against the applicable text and set locally.',
  },
];

/** The rule in force for a measure that starts on `startsOn` (the latest with appliesFrom ≤ startsOn). */
export function ruleFor(
  measure: MeasureType,
  startsOn: CalendarDate,
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureRule {
  const candidates = rules
    .filter((r) => r.measure === measure)
    .sort((a, b) => compareCalendar(a.appliesFrom, b.appliesFrom));
  const applicable = candidates.filter((r) => compareCalendar(r.appliesFrom, startsOn) <= 0);
  const rule = applicable[applicable.length - 1] ?? candidates[0];
  if (!rule) throw new Error(`No rule for ${measure}`);
  return rule;
}

/** Months a court set, held to the rule's range; the rule's default when none was given. */
export function termMonths(term: Extract<MeasureTerm, { kind: 'months' }>, durationMonths?: number): number {
  if (durationMonths === undefined || !Number.isFinite(durationMonths)) return term.default;
  return Math.min(term.max, Math.max(term.min, Math.round(durationMonths)));
}

/** The last day a measure is in force (inclusive), or null for one with no fixed end. */
export function lastDayInForce(
  rule: MeasureRule,
  startsOn: CalendarDate,
  durationMonths?: number,
): CalendarDate | null {
  switch (rule.term.kind) {
    case 'days':
      return addDays(startsOn, rule.term.days - 1);
    case 'months':
      return addDays(addMonths(startsOn, termMonths(rule.term, durationMonths)), -1);
    case 'open':
      return null;
  }
}
