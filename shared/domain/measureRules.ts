/**
 * Terms of protective measures, as data (DOMAIN.md: legal durations change, keep them
 * configurable with a source note). Each rule version names the law version it implements, the
 * day it applies from and its source; a measure keeps the rule that was in force on its start
 * date, so an order issued under an older law keeps its older terms. Edit the table (or pass
 * another one), not the code that uses it.
 *
 * Counting is inclusive: the start day is day 1.
 * - A term in days: last day in force = startsOn + days − 1. A 30-day order starting on
 *   2024-01-31 is in force through 2024-02-29 and has lapsed on 2024-03-01.
 * - A term in months: last day in force = addMonths(startsOn, n) − 1 day. Three months from
 *   2024-01-31: addMonths gives 2024-04-30 (the 31st clamps to the month's end), so the last
 *   day is 2024-04-29.
 * - An open term (no fixed end): in force until an 'order-ended' entry ends it.
 *
 * There is no default term. A court's term in months that was not recorded is not guessed
 * (it used to become 3 months): the entry validator refuses it, and a stored entry without one
 * runs with no known end, flagged `termMissing`, until it is corrected.
 */
import { addDays, addMonths, compareCalendar, isCalendarDate, type CalendarDate } from '../dates';
import { assertNever } from '../result';
import { MEASURE_TYPES, type MeasureType } from './entryKinds';

/** How long a measure lasts under one rule version. */
export type MeasureTerm =
  | { readonly kind: 'days'; readonly days: number }
  /** Set by a court within a range: the entry's durationMonths. */
  | { readonly kind: 'months'; readonly min: number; readonly max: number }
  /** No fixed term: until ended. */
  | { readonly kind: 'open' };

/** One version of the rule for one measure type. */
export type MeasureRule = {
  readonly measure: MeasureType;
  /** Short name of the law version the rule implements, shown next to the measure. */
  readonly lawVersion: string;
  /** Measures starting on or after this day use this version (until a later version applies). */
  readonly appliesFrom: CalendarDate;
  readonly term: MeasureTerm;
  /** Legal source note, shown to users; says so where the term is uncertain. */
  readonly source: string;
  /** The youngest a person the measure is against may be on its start date; null: no limit here. */
  readonly minAge: number | null;
  /** How often the person may be required to report to the police, per month; null: never. */
  readonly checkInsPerMonth: { readonly min: number; readonly max: number } | null;
};

/** The rules Caseline ships with. Replace through settings where local practice differs. */
export const DEFAULT_RULES: readonly MeasureRule[] = [
  {
    measure: 'protective-order',
    lawVersion: 'DV-2009',
    appliesFrom: '2009-12-04',
    term: { kind: 'days', days: 30 },
    minAge: 16,
    checkInsPerMonth: null,
    source:
      'Law of the RK "On Prevention of Domestic Violence" No. 214-IV (2009), art. 20 as amended: a protective order is issued by the police, without a court, to a person aged 16 or over, for 30 days; since 1 July 2023 also without the victim’s written complaint. (Earlier wordings of the term are not modelled: the table starts at the law’s date.)',
  },
  {
    measure: 'protective-order',
    lawVersion: '245-VIII',
    appliesFrom: '2026-03-02',
    term: { kind: 'days', days: 30 },
    minAge: 16,
    checkInsPerMonth: null,
    source:
      'Law of the RK No. 245-VIII "On Prevention of Offences", applying from 2 March 2026: protective order for 30 days. Orders starting before that day keep the earlier rule.',
  },
  {
    measure: 'special-requirements',
    lawVersion: 'CAO-2014',
    appliesFrom: '2014-07-05',
    term: { kind: 'months', min: 3, max: 12 },
    minAge: null,
    checkInsPerMonth: { min: 1, max: 4 },
    source:
      'Law "On Prevention of Domestic Violence", art. 22, and the Code of Administrative Offences of the RK: special requirements for the offender’s behaviour are set by a court with an administrative case for 3 months to 1 year, and may require reporting to the police for a preventive talk 1 to 4 times a month; the court’s term is taken from the entry and must be recorded.',
  },
  {
    measure: 'restraining-order',
    lawVersion: 'CPC-2014',
    appliesFrom: '2014-07-04',
    term: { kind: 'open' },
    minAge: null,
    checkInsPerMonth: null,
    source:
      'Criminal Procedure Code of the RK: a restraining order in criminal proceedings has no fixed term here; it lasts until the proceedings or the court end it (record an "order ended" entry).',
  },
  {
    measure: 'removal-from-home',
    lawVersion: 'DV-2024',
    appliesFrom: '2024-06-16',
    term: { kind: 'days', days: 30 },
    minAge: null,
    checkInsPerMonth: null,
    source:
      'Amendments of 15 April 2024 (in force mid-2024) added temporary removal of the person causing harm from the shared home. UNCERTAIN: the 30-day term and the start date here are Caseline defaults; the term must be checked against the text of the 2024 amendments. It is configurable: adjust this rule in settings (or end each removal with an "order ended" entry).',
  },
];

/**
 * The rule for a measure that starts on `startsOn`: the latest version with appliesFrom ≤
 * startsOn. A start before every version (a data-entry slip, or a very old order) uses the
 * earliest version rather than failing. Throws if the table has no rule for the measure at all:
 * that is a configuration error, caught by checkRules and the tests of DEFAULT_RULES.
 */
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

/** The months a measure runs for, and whether the entry's own value had to be replaced. */
export type MonthsTerm = { readonly months: number | null; readonly adjusted: boolean };

/**
 * Months a court set, held to the rule's range (rounded to whole months); null when the entry
 * has none: no term is assumed. `adjusted` tells the UI to flag the entry: a value out of range
 * is more likely a typing slip than a court's decision, and the user should check it.
 */
export function termMonths(
  term: Extract<MeasureTerm, { kind: 'months' }>,
  durationMonths: number | null | undefined,
): MonthsTerm {
  if (durationMonths === null || durationMonths === undefined || !Number.isFinite(durationMonths)) {
    return { months: null, adjusted: false };
  }
  const months = Math.min(term.max, Math.max(term.min, Math.round(durationMonths)));
  return { months, adjusted: months !== durationMonths };
}

/**
 * The last day a measure is in force (inclusive), or null when it has no known end: an open
 * term, or a term in months that was not recorded.
 */
export function lastDayInForce(
  rule: MeasureRule,
  startsOn: CalendarDate,
  durationMonths?: number | null,
): CalendarDate | null {
  const d = rule.term;
  switch (d.kind) {
    case 'days':
      return addDays(startsOn, d.days - 1);
    case 'months': {
      const months = termMonths(d, durationMonths).months;
      return months === null ? null : addDays(addMonths(startsOn, months), -1);
    }
    case 'open':
      return null;
    default:
      return assertNever(d);
  }
}

/**
 * Problems in a rules table, in English for logs and settings validation: a measure without a
 * rule, two versions from the same day, impossible terms. Empty when the table is usable.
 */
export function checkRules(rules: readonly MeasureRule[]): string[] {
  const problems: string[] = [];
  for (const m of MEASURE_TYPES) {
    if (!rules.some((r) => r.measure === m)) problems.push(`${m}: no rule`);
  }
  const seen = new Set<string>();
  for (const r of rules) {
    const key = `${r.measure}@${r.appliesFrom}`;
    if (!isCalendarDate(r.appliesFrom)) problems.push(`${key}: appliesFrom is not a date`);
    if (seen.has(key)) problems.push(`${key}: two versions apply from the same day`);
    seen.add(key);
    if (r.source.trim() === '') problems.push(`${key}: no source note`);
    const d = r.term;
    if (d.kind === 'days' && !(Number.isInteger(d.days) && d.days >= 1)) {
      problems.push(`${key}: days must be a whole number ≥ 1`);
    }
    if (
      d.kind === 'months' &&
      !(Number.isInteger(d.min) && Number.isInteger(d.max) && d.min >= 1 && d.min <= d.max)
    ) {
      problems.push(`${key}: months need 1 ≤ min ≤ max, whole numbers`);
    }
    if (r.minAge !== null && !(Number.isInteger(r.minAge) && r.minAge >= 0)) {
      problems.push(`${key}: minAge must be a whole number ≥ 0`);
    }
    const c = r.checkInsPerMonth;
    if (c !== null && !(Number.isInteger(c.min) && Number.isInteger(c.max) && c.min >= 1 && c.min <= c.max)) {
      problems.push(`${key}: check-ins need 1 ≤ min ≤ max, whole numbers`);
    }
  }
  return problems;
}
