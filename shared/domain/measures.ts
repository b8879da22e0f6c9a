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
 * - A court's term in months that was not recorded is not assumed: the measure has no known
 *   end (endsOn null) and `termMissing` says so, until the entry is corrected.
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

/**
 * One measure's facts, with no "today" in them: its dates, rule, person, schedule and the
 * entries linked to it. What the stored summary and the check-in schedule derive from.
 */
export type MeasureRecord = {
  /** Original id of the 'order-issued' entry: what served/breached/ended entries refer to. */
  readonly orderEntryId: string;
  readonly measure: MeasureType;
  readonly startsOn: CalendarDate;
  /** Last day in force; null when the measure has no known end. */
  readonly endsOn: CalendarDate | null;
  /** When it was first served; null when not served. */
  readonly servedAt: Instant | null;
  /** occurredAt of every breach, oldest first. Kept after the measure expires. */
  readonly breaches: readonly Instant[];
  readonly endedOn: CalendarDate | null;
  /** The rule version used, with its legal source note. */
  readonly rule: MeasureRule;
  /** Months used for a court-set term; null for rules in days or open-ended, or not recorded. */
  readonly durationMonths: number | null;
  /** The entry's durationMonths was outside the rule's range and was held to it. */
  readonly durationAdjusted: boolean;
  /** A term in months that the entry does not record: the measure has no known end. */
  readonly termMissing: boolean;
  /** Id of the person the measure is against; null on entries that did not record one. */
  readonly againstPersonId: string | null;
  /** What special requirements forbid (PROHIBITIONS); empty for other measures. */
  readonly prohibitions: readonly string[];
  /** Required reports to the police per month; null when none were ordered. */
  readonly checkInsPerMonth: number | null;
};

/** One measure as of `today`. */
export type MeasureState = MeasureRecord & {
  readonly state: MeasureStateName;
  /**
   * daysBetween(today, endsOn): 0 when today is the last day, negative once expired. Null for
   * a measure with no fixed end, and for one ended early (it is not running down any more).
   */
  readonly daysLeft: number | null;
  readonly served: boolean;
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

/** The reports per month an order asks for, when its rule allows them; null otherwise. */
function checkInsOf(rule: MeasureRule, value: unknown): number | null {
  const allowed = rule.checkInsPerMonth;
  if (allowed === null || typeof value !== 'number' || !Number.isInteger(value)) return null;
  return value >= allowed.min && value <= allowed.max ? value : null;
}

/**
 * Every measure on a case, in timeline order: one per 'order-issued' entry with a known
 * measure type, with the served, breach and end entries that name it.
 */
export function measureRecords(
  effective: readonly EffectiveEntry[],
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureRecord[] {
  const linked = linkedEntries(effective);
  const out: MeasureRecord[] = [];
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'order-issued' || !isMeasure(entry.fields.measure)) continue;
    const measure = entry.fields.measure;
    const startsOn = isCalendarDate(entry.fields.startsOn)
      ? entry.fields.startsOn
      : calendarDateOf(entry.occurredAt);
    const rule = ruleFor(measure, startsOn, rules);
    const given = typeof entry.fields.durationMonths === 'number' ? entry.fields.durationMonths : null;
    const months = rule.term.kind === 'months' ? termMonths(rule.term, given) : null;
    const prohibitions = entry.fields.prohibitions;
    const l = linked.get(originalId);
    out.push({
      orderEntryId: originalId,
      measure,
      startsOn,
      endsOn: lastDayInForce(rule, startsOn, given),
      servedAt: l?.servedAt ?? null,
      breaches: l?.breaches ?? [],
      endedOn: l?.endedOn ?? null,
      rule,
      durationMonths: months?.months ?? null,
      durationAdjusted: months?.adjusted ?? false,
      termMissing: months !== null && months.months === null,
      againstPersonId: typeof entry.fields.againstPersonId === 'string' ? entry.fields.againstPersonId : null,
      prohibitions: measure === 'special-requirements' && Array.isArray(prohibitions) ? prohibitions : [],
      checkInsPerMonth: checkInsOf(rule, entry.fields.checkInsPerMonth),
    });
  }
  return out;
}

/** The stored form of a measure: its dates, `breached` when any breach is on record. */
export function spanOf(m: MeasureRecord): MeasureSpan {
  return {
    orderEntryId: m.orderEntryId,
    measure: m.measure,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    endedOn: m.endedOn,
    breached: m.breaches.length > 0,
    ...(m.termMissing ? { termMissing: true } : {}),
    ...(m.againstPersonId === null ? {} : { againstPersonId: m.againstPersonId }),
    ...(m.checkInsPerMonth === null ? {} : { checkInsPerMonth: m.checkInsPerMonth }),
  };
}

/**
 * The dates of every measure, with no "today" in them: what the case summary stores.
 * `breached` is true when any breach is on record.
 */
export function measureSpans(
  effective: readonly EffectiveEntry[],
  rules: readonly MeasureRule[] = DEFAULT_RULES,
): MeasureSpan[] {
  return measureRecords(effective, rules).map(spanOf);
}

/** A measure's state on `today` (see computeMeasures). */
export function measureStateOn(m: MeasureRecord, today: CalendarDate, soonDays: number): MeasureState {
  const span: MeasureSpan = {
    ...spanOf(m),
    // Only breaches on or before today, so a past day can be shown as it was.
    breached: m.breaches.some((b) => compareCalendar(calendarDateOf(b), today) <= 0),
  };
  const state = stateOn(span, today, soonDays);
  return {
    ...m,
    state,
    daysLeft: m.endsOn === null || state === 'ended-early' ? null : daysBetween(today, m.endsOn),
    served: m.servedAt !== null,
  };
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
  return measureRecords(effective, rules).map((m) => measureStateOn(m, today, soonDays));
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
