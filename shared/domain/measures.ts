/**
 * Protective measures computed from the timeline: each 'order-issued' entry is a measure; later
 * entries that name it (served, breached, ended) change its state. Dates come from the rules
 * table, so the same code serves every measure and every law version.
 */
import {
  calendarDateOf,
  compareCalendar,
  daysBetween,
  isCalendarDate,
  type CalendarDate,
  type Instant,
} from '../dates';
import { MEASURE_TYPES, type MeasureType } from './entryKinds';
import { DEFAULT_RULES, lastDayInForce, ruleFor, type MeasureRule } from './measureRules';
import type { Entry, MeasureSpan } from './types';

export type MeasureStateName =
  'not-started' | 'active' | 'expiring-soon' | 'breached' | 'expired' | 'ended-early';

export type MeasureState = {
  readonly orderEntryId: string;
  readonly measure: MeasureType;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  readonly state: MeasureStateName;
  /** Days from today to the last day in force; 0 when today is the last day. */
  readonly daysLeft: number | null;
  readonly served: boolean;
  readonly breaches: readonly Instant[];
  readonly endedOn: CalendarDate | null;
  readonly rule: MeasureRule;
};

type Effective = readonly { readonly originalId: string; readonly entry: Entry }[];

function isMeasure(v: unknown): v is MeasureType {
  return typeof v === 'string' && (MEASURE_TYPES as readonly string[]).includes(v);
}

type Linked = { served: boolean; breaches: Instant[]; endedOn: CalendarDate | null };

function linkedEntries(effective: Effective): Map<string, Linked> {
  const byOrder = new Map<string, Linked>();
  const get = (id: string) => {
    let l = byOrder.get(id);
    if (!l) byOrder.set(id, (l = { served: false, breaches: [], endedOn: null }));
    return l;
  };
  for (const { entry } of effective) {
    const ref = entry.fields.orderEntryId;
    if (typeof ref !== 'string') continue;
    if (entry.kind === 'order-served') get(ref).served = true;
    else if (entry.kind === 'order-breached') get(ref).breaches.push(entry.occurredAt);
    else if (entry.kind === 'order-ended') {
      const on = isCalendarDate(entry.fields.endedOn)
        ? entry.fields.endedOn
        : calendarDateOf(entry.occurredAt);
      const l = get(ref);
      if (l.endedOn === null || compareCalendar(on, l.endedOn) < 0) l.endedOn = on;
    }
  }
  return byOrder;
}

/**
 * The dates of every measure. The start is the entry's "in force from" date, or else the day it
 * was recorded on in its own offset (an order recorded at 23:30 on 29 February 2024 at UTC+6
 * started on 29 February, whatever the zone today).
 */
export function measureSpans(
  effective: Effective,
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureSpan[] {
  const linked = linkedEntries(effective);
  const spans: MeasureSpan[] = [];
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'order-issued' || !isMeasure(entry.fields.measure)) continue;
    const startsOn = isCalendarDate(entry.fields.startsOn)
      ? entry.fields.startsOn
      : calendarDateOf(entry.occurredAt);
    const months = typeof entry.fields.durationMonths === 'number' ? entry.fields.durationMonths : undefined;
    const l = linked.get(originalId);
    spans.push({
      orderEntryId: originalId,
      measure: entry.fields.measure,
      startsOn,
      endsOn: lastDayInForce(ruleFor(entry.fields.measure, startsOn, rules), startsOn, months),
      endedOn: l?.endedOn ?? null,
      breached: (l?.breaches.length ?? 0) > 0,
    });
  }
  return spans;
}

/** State of one measure on `today`. Breach outranks "expiring soon": it is the most urgent. */
export function stateOn(span: MeasureSpan, today: CalendarDate, soonDays: number): MeasureStateName {
  if (
    span.endedOn &&
    compareCalendar(span.endedOn, today) <= 0 &&
    (span.endsOn === null || compareCalendar(span.endedOn, span.endsOn) <= 0)
  ) {
    return 'ended-early';
  }
  if (compareCalendar(span.startsOn, today) > 0) return 'not-started';
  if (span.endsOn !== null && compareCalendar(today, span.endsOn) > 0) return 'expired';
  if (span.breached) return 'breached';
  if (span.endsOn !== null && daysBetween(today, span.endsOn) <= soonDays) return 'expiring-soon';
  return 'active';
}

export function measureStates(
  effective: Effective,
  today: CalendarDate,
  soonDays: number,
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureState[] {
  const linked = linkedEntries(effective);
  return measureSpans(effective, rules).map((span) => {
    const l = linked.get(span.orderEntryId);
    const measure = span.measure as MeasureType;
    return {
      orderEntryId: span.orderEntryId,
      measure,
      startsOn: span.startsOn,
      endsOn: span.endsOn,
      state: stateOn(span, today, soonDays),
      daysLeft: span.endsOn === null ? null : daysBetween(today, span.endsOn),
      served: l?.served ?? false,
      breaches: l?.breaches ?? [],
      endedOn: span.endedOn,
      rule: ruleFor(measure, span.startsOn, rules),
    };
  });
}
