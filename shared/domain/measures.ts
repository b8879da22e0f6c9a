/**
 * Protective measures computed from the timeline: each 'order-issued' entry is a measure; later
 * entries that name it by its original id (served, breached, ended) change its state. Terms
 * come from the rules table (measureRules.ts), so the same code serves every measure and every
 * law version.
 *
 * Dates:
 * - startsOn is the entry's startsOn field; when missing, the calendar day the entry occurred
 *   on in its own recorded offset (an order recorded at 2024-02-29T23:30+06:00, before
 *   Kazakhstan moved to UTC+5, started on 29 February whatever the machine's zone is now).
 * - endsOn is the last day in force (inclusive), null for a measure with no fixed end.
 * - endedOn (from 'order-ended') is the day the measure was lifted: it is no longer in force
 *   from that day. The earliest one counts when several were recorded.
 */
import {
  calendarDateOf,
  compareCalendar,
  daysBetween,
  instantMs,
  isCalendarDate,
  type CalendarDate,
  type Instant,
} from '../dates';
import { MEASURE_TYPES, type MeasureType } from './entryKinds';
import { DEFAULT_RULES, lastDayInForce, ruleFor, termMonths, type MeasureRule } from './measureRules';
import type { EffectiveEntry } from './timeline';
import type { MeasureSpan } from './types';

/** A measure's state on a day. 'breached' is a measure in force with a breach on record. */
export const MEASURE_STATE_NAMES = [
  'not-started',
  'active',
  'expiring-soon',
  'breached',
  'expired',
  'ended-early',
] as const;
export type MeasureStateName = (typeof MEASURE_STATE_NAMES)[number];

/** States in which a measure is in force. */
export const IN_FORCE_STATES: readonly MeasureStateName[] = ['active', 'expiring-soon', 'breached'];

/** One measure as of `today`. */
export type MeasureState = {
  /** Original id of the 'order-issued' entry: what served/breached/ended entries refer to. */
  readonly orderEntryId: string;
  readonly measure: MeasureType;
  readonly startsOn: CalendarDate;
  /** Last day in force; null when the measure has no fixed end. */
  readonly endsOn: CalendarDate | null;
  readonly state: MeasureStateName;
  /**
   * daysBetween(today, endsOn): 0 when today is the last day, negative once expired. Null for
   * a measure with no fixed end, and for one ended early (it is not running down any more).
   */
  readonly daysLeft: number | null;
  readonly served: boolean;
  /** When it was first served; null when not served. */
  readonly servedAt: Instant | null;
  /** occurredAt of every breach, oldest first. Kept after the measure expires. */
  readonly breaches: readonly Instant[];
  readonly endedOn: CalendarDate | null;
  /** The rule version used, with its legal source note. */
  readonly rule: MeasureRule;
  /** Months used for a court-set term; null for rules in days or open-ended. */
  readonly durationMonths: number | null;
  /** The entry's durationMonths was missing or outside the rule's range and was replaced. */
  readonly durationAdjusted: boolean;
};

type Linked = {
  servedAt: Instant | null;
  breaches: Instant[];
  endedOn: CalendarDate | null;
};

function isMeasure(v: unknown): v is MeasureType {
  return typeof v === 'string' && (MEASURE_TYPES as readonly string[]).includes(v);
}

function earlier(a: Instant, b: Instant | null): Instant {
  return b === null || instantMs(a) < instantMs(b) ? a : b;
}

/** Served, breach and end entries grouped by the order they name. */
function linkedEntries(effective: readonly EffectiveEntry[]): Map<string, Linked> {
  const byOrder = new Map<string, Linked>();
  const get = (id: string): Linked => {
    let l = byOrder.get(id);
    if (!l) byOrder.set(id, (l = { servedAt: null, breaches: [], endedOn: null }));
    return l;
  };
  for (const { entry } of effective) {
    const ref = entry.fields.orderEntryId;
    if (typeof ref !== 'string' || ref === '') continue;
    switch (entry.kind) {
      case 'order-served':
        get(ref).servedAt = earlier(entry.occurredAt, get(ref).servedAt);
        break;
      case 'order-breached':
        get(ref).breaches.push(entry.occurredAt);
        break;
      case 'order-ended': {
        const on = isCalendarDate(entry.fields.endedOn)
          ? entry.fields.endedOn
          : calendarDateOf(entry.occurredAt);
        const l = get(ref);
        if (l.endedOn === null || compareCalendar(on, l.endedOn) < 0) l.endedOn = on;
        break;
      }
      default:
        break;
    }
  }
  for (const l of byOrder.values()) l.breaches.sort((a, b) => instantMs(a) - instantMs(b));
  return byOrder;
}

type Dated = {
  readonly originalId: string;
  readonly measure: MeasureType;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate | null;
  readonly rule: MeasureRule;
  readonly durationMonths: number | null;
  readonly durationAdjusted: boolean;
};

/** The dates and rule of every order-issued entry with a known measure type. */
function datedOrders(effective: readonly EffectiveEntry[], rules: readonly MeasureRule[]): Dated[] {
  const out: Dated[] = [];
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'order-issued' || !isMeasure(entry.fields.measure)) continue;
    const measure = entry.fields.measure;
    const startsOn = isCalendarDate(entry.fields.startsOn)
      ? entry.fields.startsOn
      : calendarDateOf(entry.occurredAt);
    const rule = ruleFor(measure, startsOn, rules);
    const given = typeof entry.fields.durationMonths === 'number' ? entry.fields.durationMonths : null;
    const months = rule.term.kind === 'months' ? termMonths(rule.term, given) : null;
    out.push({
      originalId,
      measure,
      startsOn,
      endsOn: lastDayInForce(rule, startsOn, given),
      rule,
      durationMonths: months?.months ?? null,
      durationAdjusted: months?.adjusted ?? false,
    });
  }
  return out;
}

/**
 * The dates of every measure, with no "today" in them: what the case summary stores.
 * `breached` is true when any breach is on record.
 */
export function measureSpans(
  effective: readonly EffectiveEntry[],
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureSpan[] {
  const linked = linkedEntries(effective);
  return datedOrders(effective, rules).map((d) => {
    const l = linked.get(d.originalId);
    return {
      orderEntryId: d.originalId,
      measure: d.measure,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      endedOn: l?.endedOn ?? null,
      breached: (l?.breaches.length ?? 0) > 0,
    };
  });
}

/** True when an 'order-ended' entry lifted the measure on or before `today`, within its term. */
function endedEarly(span: MeasureSpan, today: CalendarDate): boolean {
  return (
    span.endedOn !== null &&
    compareCalendar(span.endedOn, today) <= 0 &&
    // Lifting a measure after its last day changes nothing: it had already expired.
    (span.endsOn === null || compareCalendar(span.endedOn, span.endsOn) <= 0)
  );
}

/**
 * State of one measure on `today`, most decisive first: ended early, not started, expired,
 * breached (a breach of a measure in force is the most urgent thing to show), expiring soon
 * (daysLeft ≤ soonDays), active.
 */
export function stateOn(span: MeasureSpan, today: CalendarDate, soonDays: number): MeasureStateName {
  if (endedEarly(span, today)) return 'ended-early';
  if (compareCalendar(span.startsOn, today) > 0) return 'not-started';
  if (span.endsOn !== null && compareCalendar(today, span.endsOn) > 0) return 'expired';
  if (span.breached) return 'breached';
  if (span.endsOn !== null && daysBetween(today, span.endsOn) <= soonDays) return 'expiring-soon';
  return 'active';
}

/**
 * Every measure on a case as of `today`, in timeline order. `soonDays` is the user's "expiring
 * soon" window. Only breaches on or before today make a measure 'breached', so a past day can
 * be shown as it was.
 */
export function computeMeasures(
  effective: readonly EffectiveEntry[],
  today: CalendarDate,
  soonDays: number,
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureState[] {
  const linked = linkedEntries(effective);
  return datedOrders(effective, rules).map((d) => {
    const l = linked.get(d.originalId);
    const breaches = l?.breaches ?? [];
    const endedOn = l?.endedOn ?? null;
    const span: MeasureSpan = {
      orderEntryId: d.originalId,
      measure: d.measure,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      endedOn,
      breached: breaches.some((b) => compareCalendar(calendarDateOf(b), today) <= 0),
    };
    const state = stateOn(span, today, soonDays);
    return {
      orderEntryId: d.originalId,
      measure: d.measure,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      state,
      daysLeft: d.endsOn === null || state === 'ended-early' ? null : daysBetween(today, d.endsOn),
      served: (l?.servedAt ?? null) !== null,
      servedAt: l?.servedAt ?? null,
      breaches,
      endedOn,
      rule: d.rule,
      durationMonths: d.durationMonths,
      durationAdjusted: d.durationAdjusted,
    };
  });
}

/** Same as computeMeasures; the name the case page already uses. */
export const measureStates = computeMeasures;

/** True for a state in which the measure is in force (active, expiring soon or breached). */
export function isInForce(state: MeasureStateName): boolean {
  return IN_FORCE_STATES.includes(state);
}

/** How many measures are in force. */
export function activeMeasureCount(states: readonly MeasureState[]): number {
  return states.filter((s) => isInForce(s.state)).length;
}
