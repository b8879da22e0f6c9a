/**
 * The quick actions of a measure on the case page: served, breached, check-in kept or missed,
 * extend, end. Each either fills in the entry form (what followed a breach, the new term, the
 * end's reason are the user's to say) or, where nothing else is needed, is a draft saved at once
 * (served now; the check-in due now kept or missed). Which actions apply follows the measure's
 * state today and its check-in schedule.
 */
import {
  addDays,
  compareCalendar,
  daysBetween,
  type CalendarDate,
  type Instant,
} from '../../../shared/dates';
import type { CheckInToday } from '../../../shared/domain/caseFacts';
import { DATE_WINDOWS } from '../../../shared/domain/dateRules';
import type { EntryKind } from '../../../shared/domain/entryKinds';
import { isInForce, type MeasureState } from '../../../shared/domain/measures';
import type { EntryDraft, FieldValue } from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import type { Actor } from '../../db/audit';

export const QUICK_ACTIONS = [
  'served',
  'breached',
  'check-in-kept',
  'check-in-missed',
  'extend',
  'end',
] as const;
export type QuickAction = (typeof QUICK_ACTIONS)[number];

/** What an action does: fill in the form with these values, or save this entry now. */
export type QuickStep =
  | { readonly type: 'form'; readonly kind: EntryKind; readonly fields: Readonly<Record<string, FieldValue>> }
  | {
      readonly type: 'save';
      readonly kind: EntryKind;
      readonly fields: Readonly<Record<string, FieldValue>>;
    };

/** The schedule of one measure today, as caseFacts gives it. */
export type ScheduleToday = { readonly slots: readonly CheckInToday[] };

/** The scheduled check-in a "came" answers: the one due now, else the oldest not recorded. */
export function slotForKept(schedule: ScheduleToday | undefined): CheckInToday | null {
  const slots = schedule?.slots ?? [];
  return slots.find((s) => s.state === 'due') ?? slots.find((s) => s.state === 'overdue') ?? null;
}

/** The scheduled check-in a "did not come" answers: the oldest past its day, else the one due now. */
export function slotForMissed(schedule: ScheduleToday | undefined): CheckInToday | null {
  const slots = schedule?.slots ?? [];
  return slots.find((s) => s.state === 'overdue') ?? slots.find((s) => s.state === 'due') ?? null;
}

/** The actions that apply to a measure today, in the order the card shows them. */
export function quickActions(m: MeasureState, schedule: ScheduleToday | undefined): QuickAction[] {
  const live = isInForce(m.state) || m.state === 'not-started';
  const out: QuickAction[] = [];
  if (!m.served && live) out.push('served');
  if (isInForce(m.state)) out.push('breached');
  if (m.checkInsPerMonth !== null && slotForKept(schedule)) out.push('check-in-kept');
  if (m.checkInsPerMonth !== null && slotForMissed(schedule)) out.push('check-in-missed');
  if (live && m.endsOn !== null) out.push('extend');
  if (live) out.push('end');
  return out;
}

/**
 * The day a follow-on measure starts: the day after this one's last day, when that is within the
 * window a start may be set ahead (DATE_WINDOWS.startsOn); otherwise today, for the user to set.
 */
export function extensionStart(m: MeasureState, today: CalendarDate): CalendarDate {
  if (m.endsOn === null) return today;
  const next = addDays(m.endsOn, 1);
  const ahead = DATE_WINDOWS.startsOn?.maxDaysAfterEntry ?? 0;
  return compareCalendar(next, today) >= 0 && daysBetween(today, next) <= ahead ? next : today;
}

/** What an action does for a measure today (see the module comment). */
export function quickStep(
  action: QuickAction,
  m: MeasureState,
  schedule: ScheduleToday | undefined,
  today: CalendarDate,
): QuickStep {
  const order = { orderEntryId: m.orderEntryId };
  switch (action) {
    case 'served':
      return { type: 'save', kind: 'order-served', fields: order };
    case 'breached':
      return { type: 'form', kind: 'order-breached', fields: order };
    case 'check-in-kept':
    case 'check-in-missed': {
      const slot = action === 'check-in-kept' ? slotForKept(schedule) : slotForMissed(schedule);
      const outcome = action === 'check-in-kept' ? 'kept' : 'missed';
      return slot
        ? { type: 'save', kind: 'check-in', fields: { ...order, outcome, scheduledOn: slot.dueOn } }
        : { type: 'form', kind: 'check-in', fields: { ...order, outcome } };
    }
    case 'extend': {
      // The same measure against the same person with the same requirements, from the day after
      // this one ends. A court's new term is left for the user to type: it is never assumed.
      const fields: Record<string, FieldValue> = { measure: m.measure, startsOn: extensionStart(m, today) };
      if (m.againstPersonId) fields.againstPersonId = m.againstPersonId;
      if (m.prohibitions.length > 0) fields.prohibitions = m.prohibitions;
      if (m.checkInsPerMonth !== null) fields.checkInsPerMonth = m.checkInsPerMonth;
      return { type: 'form', kind: 'order-issued', fields };
    }
    case 'end':
      return { type: 'form', kind: 'order-ended', fields: { ...order, endedOn: today } };
  }
}

/** The entry a direct step saves: now, by the actor, shared, observed, with no narrative. */
export function quickDraft(
  step: Extract<QuickStep, { type: 'save' }>,
  ctx: { readonly caseId: CaseId; readonly actor: Actor; readonly at: Instant },
): EntryDraft {
  return {
    caseId: ctx.caseId,
    kind: step.kind,
    occurredAt: ctx.at,
    author: { name: ctx.actor.name, agency: ctx.actor.agency },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: '',
    fields: step.fields,
    correction: null,
  };
}
