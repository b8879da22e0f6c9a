/**
 * Check-ins under a court's special requirements: the person reports to the police for a
 * preventive talk 1 to 4 times a month (measureRules: checkInsPerMonth). Each report is recorded
 * as a 'check-in' entry, kept or missed, naming the order.
 *
 * When each check-in is due. The term is cut into months counted from the start day: month k
 * runs from addMonths(startsOn, k) to the day before addMonths(startsOn, k + 1) (a start on the
 * 31st uses the last day of shorter months, as terms do). A month of L days with n check-ins is
 * split into n equal parts: check-in i (1…n) is due by day ⌈i·L/n⌉ of that month and may be made
 * from the day after the previous one was due (the first from the month's first day). So with
 * one a month it is due on the month's last day; with four in a 30-day month by days 8, 15, 23
 * and 30. Check-ins due after the measure's last day in force are not asked for: the last day is
 * endsOn, or the day before an early end. A term not recorded (termMissing) is scheduled up to
 * its rule's longest term, so reminders go on until the entry is corrected rather than stop.
 *
 * Which scheduled check-in a record answers, in the order records happened:
 * 1. the one whose due day the record names (field scheduledOn), if it is not answered yet;
 * 2. a kept record: the one whose window holds the record's day;
 * 3. a missed record: the latest one due on or before the record's day that is still
 *    unanswered (misses are recorded after the day passes), else the one whose window holds it.
 * A record matching none (a second report in one window, a day outside the term) is `extra`.
 *
 * A scheduled check-in with no record stays open, and overdue after its day, until one is made.
 * A missed one is a fact on the case and asks for a response: it stays open until a later kept
 * check-in or a breach of the same order is recorded (the breach records what followed).
 */
import {
  addDays,
  addMonths,
  calendarDateOf,
  compareCalendar,
  daysBetween,
  instantMs,
  isCalendarDate,
  type CalendarDate,
  type Instant,
} from '../dates';
import type { MeasureRecord } from './measures';
import type { EffectiveEntry } from './timeline';

/** One scheduled check-in. */
export type CheckInSlot = {
  /** Original id of the order. */
  readonly orderEntryId: string;
  /** The first day it may be made. */
  readonly opensOn: CalendarDate;
  /** The last day it may be made. */
  readonly dueOn: CalendarDate;
};

export const CHECK_IN_STATES = ['kept', 'missed', 'upcoming', 'due', 'overdue'] as const;
export type CheckInStateName = (typeof CHECK_IN_STATES)[number];

/** A scheduled check-in, with the record that answered it. */
export type CheckInStatus = CheckInSlot & {
  /** Original id of the check-in entry that answered it; null when none has. */
  readonly recordId: string | null;
  readonly outcome: 'kept' | 'missed' | null;
  readonly recordedAt: Instant | null;
};

/** The schedule of one measure, matched with its records. */
export type CheckInSchedule = {
  readonly orderEntryId: string;
  readonly perMonth: number;
  readonly slots: readonly CheckInStatus[];
  /** Original ids of check-in records that answer no scheduled check-in. */
  readonly extra: readonly string[];
};

/**
 * The scheduled check-ins of a measure from `startsOn` through `lastDay` (inclusive), n a month.
 * Empty for n outside 1–4 or a last day before the start.
 */
export function checkInSlots(
  orderEntryId: string,
  startsOn: CalendarDate,
  lastDay: CalendarDate,
  perMonth: number,
): CheckInSlot[] {
  if (!Number.isInteger(perMonth) || perMonth < 1 || perMonth > 4) return [];
  const slots: CheckInSlot[] = [];
  for (let k = 0; ; k++) {
    const monthStart = addMonths(startsOn, k);
    if (compareCalendar(monthStart, lastDay) > 0) break;
    const length = daysBetween(monthStart, addMonths(startsOn, k + 1));
    let opensOn = monthStart;
    for (let i = 1; i <= perMonth; i++) {
      const dueOn = addDays(monthStart, Math.ceil((i * length) / perMonth) - 1);
      if (compareCalendar(dueOn, lastDay) > 0) return slots;
      slots.push({ orderEntryId, opensOn, dueOn });
      opensOn = addDays(dueOn, 1);
    }
  }
  return slots;
}

/** The last day check-ins are asked for: the last day in force, or the day before an early end. */
function lastScheduledDay(m: MeasureRecord): CalendarDate | null {
  let last = m.endsOn;
  if (last === null && m.termMissing && m.rule.term.kind === 'months') {
    last = addDays(addMonths(m.startsOn, m.rule.term.max), -1);
  }
  if (m.endedOn !== null) {
    const dayBefore = addDays(m.endedOn, -1);
    if (last === null || compareCalendar(dayBefore, last) < 0) last = dayBefore;
  }
  return last;
}

type CheckInRecord = {
  readonly id: string;
  readonly at: Instant;
  readonly day: CalendarDate;
  readonly outcome: 'kept' | 'missed';
  readonly scheduledOn: CalendarDate | null;
};

/** Check-in records by the order they name, in the order they happened. */
function recordsByOrder(effective: readonly EffectiveEntry[]): Map<string, CheckInRecord[]> {
  const out = new Map<string, CheckInRecord[]>();
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'check-in') continue;
    const order = entry.fields.orderEntryId;
    const outcome = entry.fields.outcome;
    if (typeof order !== 'string' || (outcome !== 'kept' && outcome !== 'missed')) continue;
    const list = out.get(order) ?? [];
    list.push({
      id: originalId,
      at: entry.occurredAt,
      day: calendarDateOf(entry.occurredAt),
      outcome,
      scheduledOn: isCalendarDate(entry.fields.scheduledOn) ? entry.fields.scheduledOn : null,
    });
    out.set(order, list);
  }
  for (const list of out.values())
    list.sort((a, b) => instantMs(a.at) - instantMs(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return out;
}

const within = (s: CheckInSlot, day: CalendarDate) =>
  compareCalendar(s.opensOn, day) <= 0 && compareCalendar(day, s.dueOn) <= 0;

/** Which slot a record answers (see the module comment), or -1. */
function slotFor(slots: readonly CheckInSlot[], taken: readonly boolean[], r: CheckInRecord): number {
  const free = (i: number) => i >= 0 && !taken[i];
  if (r.scheduledOn !== null) {
    const named = slots.findIndex((s) => s.dueOn === r.scheduledOn);
    if (free(named)) return named;
  }
  const holding = slots.findIndex((s) => within(s, r.day));
  if (r.outcome === 'kept') return free(holding) ? holding : -1;
  for (let i = slots.length - 1; i >= 0; i--) {
    if (compareCalendar(slots[i]!.dueOn, r.day) <= 0 && free(i)) return i;
  }
  return free(holding) ? holding : -1;
}

/**
 * The check-in schedule of every measure that has one, matched with its records. Needs no
 * "today": a slot's state on a day is checkInStateOn.
 */
export function checkInSchedules(
  effective: readonly EffectiveEntry[],
  measures: readonly MeasureRecord[],
): CheckInSchedule[] {
  const records = recordsByOrder(effective);
  const out: CheckInSchedule[] = [];
  for (const m of measures) {
    const last = lastScheduledDay(m);
    if (m.checkInsPerMonth === null || last === null) continue;
    const slots = checkInSlots(m.orderEntryId, m.startsOn, last, m.checkInsPerMonth);
    const taken = slots.map(() => false);
    const answered: (CheckInRecord | null)[] = slots.map(() => null);
    const extra: string[] = [];
    for (const r of records.get(m.orderEntryId) ?? []) {
      const i = slotFor(slots, taken, r);
      if (i < 0) extra.push(r.id);
      else {
        taken[i] = true;
        answered[i] = r;
      }
    }
    out.push({
      orderEntryId: m.orderEntryId,
      perMonth: m.checkInsPerMonth,
      slots: slots.map((s, i) => {
        const r = answered[i] ?? null;
        return { ...s, recordId: r?.id ?? null, outcome: r?.outcome ?? null, recordedAt: r?.at ?? null };
      }),
      extra,
    });
  }
  return out;
}

/** A scheduled check-in's state on `today`. */
export function checkInStateOn(slot: CheckInStatus, today: CalendarDate): CheckInStateName {
  if (slot.outcome !== null) return slot.outcome;
  if (compareCalendar(today, slot.dueOn) > 0) return 'overdue';
  return compareCalendar(today, slot.opensOn) < 0 ? 'upcoming' : 'due';
}

/** A missed check-in, and whether something has answered it since (see the module comment). */
export type MissedCheckIn = {
  readonly orderEntryId: string;
  readonly dueOn: CalendarDate;
  /** Original id of the record of the miss. */
  readonly recordId: string;
  /** Recorded when the miss was. */
  readonly recordedAt: Instant;
  /** A later kept check-in or a breach of the same order answered it. */
  readonly answered: boolean;
};

/** Every missed check-in on a case, oldest first. */
export function missedCheckIns(
  effective: readonly EffectiveEntry[],
  schedules: readonly CheckInSchedule[],
): MissedCheckIn[] {
  const breaches = new Map<string, number[]>();
  for (const { entry } of effective) {
    const order = entry.fields.orderEntryId;
    if (entry.kind !== 'order-breached' || typeof order !== 'string') continue;
    breaches.set(order, [...(breaches.get(order) ?? []), instantMs(entry.occurredAt)]);
  }
  const out: MissedCheckIn[] = [];
  for (const sch of schedules) {
    for (const s of sch.slots) {
      if (s.outcome !== 'missed' || s.recordId === null || s.recordedAt === null) continue;
      const missedAt = instantMs(s.recordedAt);
      const keptLater = sch.slots.some(
        (k) => k.outcome === 'kept' && k.recordedAt !== null && instantMs(k.recordedAt) > missedAt,
      );
      const breachLater = (breaches.get(sch.orderEntryId) ?? []).some((b) => b >= missedAt);
      out.push({
        orderEntryId: sch.orderEntryId,
        dueOn: s.dueOn,
        recordId: s.recordId,
        recordedAt: s.recordedAt,
        answered: keptLater || breachLater,
      });
    }
  }
  return out.sort((a, b) => compareCalendar(a.dueOn, b.dueOn));
}
