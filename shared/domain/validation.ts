/**
 * The domain's check of an entry before it is saved: over the draft, the case's effective
 * entries, its persons and today, it returns keyed problems for the form to show next to the
 * field (problems.ts). Nothing is saved with an error; a warning is shown and may be accepted.
 *
 * It checks, for the fields that apply to the entry (shownFields):
 * - each field's type, range and options, required fields, text length;
 * - dates inside their windows (dateRules.ts), the entry's own date not before 1990 nor after
 *   today;
 * - references to an entry or a person that exists on the case;
 * - the measure rules (measureRules.ts): a court's term is recorded and within its range, the
 *   reporting schedule within its range, a protective order only for a person old enough on
 *   its start date; a measure served not before it was issued; a breach or a kept check-in only
 *   while the measure was in force; a measure not ended before it began nor in the future; a
 *   check-in only for a measure with a schedule, and for one of its scheduled days;
 * - a shelter exit not before the admission; a period not ending before it starts.
 */
import {
  ageOn,
  calendarDateOf,
  compareCalendar,
  addDays,
  instantMs,
  isCalendarDate,
  isInstant,
  type CalendarDate,
} from '../dates';
import { agencyOfField } from './agencyField';
import { checkInSlots } from './checkIns';
import { checkDateWindow, DATE_WINDOWS, EARLIEST_DATE, EARLIEST_YEAR } from './dateRules';
import {
  MEASURE_TYPES,
  shownFields,
  type EntryKind,
  type KindFieldSpec,
  type MeasureType,
} from './entryKinds';
import { DEFAULT_RULES, ruleFor, type MeasureRule } from './measureRules';
import { measureRecords, type MeasureRecord } from './measures';
import { error, warning, type Problem } from './problems';
import type { EffectiveEntry } from './timeline';
import type { FieldValue, Person } from './types';

/** Longest text a kind-specific text field takes (a narrative has its own, larger limit). */
export const MAX_FIELD_TEXT = 500;

/** The part of an entry the validator reads. */
export type EntryToCheck = {
  readonly kind: EntryKind;
  readonly occurredAt: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
};

export type EntryContext = {
  /** The case's effective entries (timeline.effectiveEntries), before this one is saved. */
  readonly effective: readonly EffectiveEntry[];
  /** The case's persons: their ids and birth dates. */
  readonly persons: readonly Pick<Person, 'id' | 'birthDate'>[];
  readonly today: CalendarDate;
  readonly rules?: readonly MeasureRule[];
};

const f = (key: string) => `field.${key}`;

const isMeasureType = (v: string): v is MeasureType => (MEASURE_TYPES as readonly string[]).includes(v);

function isEmpty(v: FieldValue | undefined): boolean {
  return v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The type, range and option checks of one field. */
function checkValue(spec: KindFieldSpec, v: FieldValue): Problem | null {
  const field = f(spec.key);
  switch (spec.type) {
    case 'text':
      if (typeof v !== 'string') return error(field, 'entry.err.required');
      return v.length > MAX_FIELD_TEXT ? error(field, 'entry.err.tooLong', { max: MAX_FIELD_TEXT }) : null;
    case 'date':
      return isCalendarDate(v) ? null : error(field, 'entry.err.date');
    case 'number':
      return typeof v === 'number' && Number.isInteger(v) && v >= spec.min && v <= spec.max
        ? null
        : error(field, 'entry.err.number', { min: spec.min, max: spec.max });
    case 'boolean':
      return typeof v === 'boolean' ? null : error(field, 'entry.err.required');
    case 'select':
      return typeof v === 'string' && spec.options.includes(v) ? null : error(field, 'entry.err.required');
    case 'multiselect':
      return Array.isArray(v) && v.every((x) => typeof x === 'string' && spec.options.includes(x))
        ? null
        : error(field, 'entry.err.required');
    case 'entry-ref':
    case 'person-ref':
      return typeof v === 'string' ? null : error(field, 'entry.err.required');
    case 'agency-ref':
      return agencyOfField(v) ? null : error(field, 'entry.err.required');
  }
}

/** The day the measure was last in force: its last day, or the day before an early end. */
function lastInForce(m: MeasureRecord): CalendarDate | null {
  const beforeEnd = m.endedOn === null ? null : addDays(m.endedOn, -1);
  if (m.endsOn === null) return beforeEnd;
  return beforeEnd !== null && compareCalendar(beforeEnd, m.endsOn) < 0 ? beforeEnd : m.endsOn;
}

function inForceOn(m: MeasureRecord, day: CalendarDate): boolean {
  const last = lastInForce(m);
  return compareCalendar(day, m.startsOn) >= 0 && (last === null || compareCalendar(day, last) <= 0);
}

/** Validates an entry (see the module comment). Empty when it may be saved as it is. */
export function validateEntry(draft: EntryToCheck, ctx: EntryContext): Problem[] {
  const problems: Problem[] = [];
  if (!isInstant(draft.occurredAt)) return [error('date', 'entry.err.date')];
  const entryDay = calendarDateOf(draft.occurredAt);
  if (compareCalendar(entryDay, EARLIEST_DATE) < 0)
    problems.push(error('date', 'rules.err.tooEarly', { year: EARLIEST_YEAR }));
  else if (compareCalendar(entryDay, ctx.today) > 0) problems.push(error('date', 'entry.err.future'));

  const specs = shownFields(draft.kind, draft.fields);
  const bad = new Set<string>();
  for (const spec of specs) {
    const v = draft.fields[spec.key];
    const problem =
      v === undefined || isEmpty(v)
        ? 'required' in spec && spec.required
          ? error(f(spec.key), 'entry.err.required')
          : null
        : checkValue(spec, v);
    if (problem) {
      problems.push(problem);
      bad.add(spec.key);
      continue;
    }
    if (v === undefined || isEmpty(v)) continue;
    if (spec.type === 'date' && typeof v === 'string') {
      const limit = checkDateWindow(v, DATE_WINDOWS[spec.key], entryDay, ctx.today);
      if (limit) {
        bad.add(spec.key);
        problems.push(
          limit.limit === 'too-early'
            ? error(f(spec.key), 'rules.err.tooEarly', { year: limit.year })
            : limit.limit === 'before-entry'
              ? error(f(spec.key), 'rules.err.beforeEntry')
              : limit.limit === 'too-far-ahead'
                ? error(f(spec.key), 'rules.err.tooFarAhead', { days: limit.days })
                : error(f(spec.key), spec.key === 'endedOn' ? 'rules.err.endInFuture' : 'entry.err.future'),
        );
      }
    }
    if (spec.type === 'entry-ref' && typeof v === 'string') {
      const target = ctx.effective.find((e) => e.originalId === v);
      if (!target || !spec.kinds.includes(target.entry.kind)) {
        bad.add(spec.key);
        problems.push(error(f(spec.key), 'rules.err.unknownEntry'));
      }
    }
    if (spec.type === 'person-ref' && !ctx.persons.some((p) => p.id === v)) {
      bad.add(spec.key);
      problems.push(error(f(spec.key), 'rules.err.personNotOnCase'));
    }
  }
  problems.push(...kindRules(draft, ctx, entryDay, bad));
  return problems;
}

/** The rules of particular kinds, on fields that passed their own checks. */
function kindRules(
  draft: EntryToCheck,
  ctx: EntryContext,
  entryDay: CalendarDate,
  bad: ReadonlySet<string>,
): Problem[] {
  const out: Problem[] = [];
  const fields = draft.fields;
  const ok = (key: string) => !bad.has(key) && fields[key] !== undefined && fields[key] !== '';
  const rules = ctx.rules ?? DEFAULT_RULES;
  const order = (): MeasureRecord | null =>
    ok('orderEntryId')
      ? (measureRecords(ctx.effective, rules).find((m) => m.orderEntryId === fields.orderEntryId) ?? null)
      : null;

  switch (draft.kind) {
    case 'order-issued':
      out.push(...issuedRules(fields, ctx, ok, rules));
      break;
    case 'order-served': {
      const m = order();
      const issued = ctx.effective.find((e) => e.originalId === fields.orderEntryId)?.entry.occurredAt;
      if (m && issued && instantMs(draft.occurredAt) < instantMs(issued))
        out.push(error('date', 'rules.err.servedBeforeIssued'));
      break;
    }
    case 'order-breached': {
      const m = order();
      if (m && !inForceOn(m, entryDay)) out.push(error('date', 'rules.err.notInForce'));
      break;
    }
    case 'order-ended': {
      const m = order();
      if (m && ok('endedOn') && compareCalendar(String(fields.endedOn), m.startsOn) < 0)
        out.push(error(f('endedOn'), 'rules.err.endBeforeStart'));
      break;
    }
    case 'check-in': {
      const m = order();
      if (!m) break;
      if (m.checkInsPerMonth === null) {
        out.push(error(f('orderEntryId'), 'rules.err.noSchedule'));
        break;
      }
      if (fields.outcome === 'kept' && !inForceOn(m, entryDay))
        out.push(error('date', 'rules.err.notInForce'));
      if (ok('scheduledOn')) {
        const last = lastInForce(m) ?? addDays(m.startsOn, 366);
        const scheduled = checkInSlots(m.orderEntryId, m.startsOn, last, m.checkInsPerMonth);
        if (!scheduled.some((s) => s.dueOn === fields.scheduledOn))
          out.push(error(f('scheduledOn'), 'rules.err.notScheduled'));
      }
      break;
    }
    case 'shelter-exit': {
      const admissions = ctx.effective.filter((e) => e.entry.kind === 'shelter-admission');
      const t = instantMs(draft.occurredAt);
      if (admissions.length > 0 && admissions.every((a) => instantMs(a.entry.occurredAt) > t))
        out.push(error('date', 'rules.err.exitBeforeAdmission'));
      break;
    }
    case 'benefit':
    case 'housing-support':
    case 'employment-support':
      if (ok('fromOn') && ok('untilOn') && compareCalendar(String(fields.untilOn), String(fields.fromOn)) < 0)
        out.push(error(f('untilOn'), 'rules.err.endBeforeStart'));
      break;
    default:
      break;
  }
  return out;
}

/** A new measure: its term, schedule and person under the rule in force on its start date. */
function issuedRules(
  fields: Readonly<Record<string, FieldValue>>,
  ctx: EntryContext,
  ok: (key: string) => boolean,
  rules: readonly MeasureRule[],
): Problem[] {
  const out: Problem[] = [];
  const measure = fields.measure;
  if (!ok('measure') || !ok('startsOn') || typeof measure !== 'string') return out;
  if (!rules.some((r) => r.measure === measure) || !isMeasureType(measure)) return out;
  const startsOn = String(fields.startsOn);
  const rule = ruleFor(measure, startsOn, rules);
  const term = rule.term;
  // Whether a term is asked for depends on the rule in force on the start date, so it is
  // checked here rather than marked required on the field.
  if (term.kind === 'months') {
    const months = fields.durationMonths;
    if (months === undefined || months === '')
      out.push(error(f('durationMonths'), 'rules.err.termRequired', { min: term.min, max: term.max }));
    // The field's own check has already refused what is outside its range; the rule's range
    // may be narrower under another law version.
    else if (ok('durationMonths') && typeof months === 'number' && (months < term.min || months > term.max))
      out.push(error(f('durationMonths'), 'entry.err.number', { min: term.min, max: term.max }));
  }
  const perMonth = fields.checkInsPerMonth;
  const allowed = rule.checkInsPerMonth;
  if (
    allowed &&
    ok('checkInsPerMonth') &&
    typeof perMonth === 'number' &&
    (perMonth < allowed.min || perMonth > allowed.max)
  )
    out.push(error(f('checkInsPerMonth'), 'entry.err.number', { min: allowed.min, max: allowed.max }));
  if (rule.minAge !== null && ok('againstPersonId')) {
    const person = ctx.persons.find((p) => p.id === fields.againstPersonId);
    if (person && person.birthDate === null)
      out.push(warning(f('againstPersonId'), 'rules.warn.ageUnknown', { min: rule.minAge }));
    else if (person?.birthDate && isCalendarDate(person.birthDate)) {
      const age = ageOn(person.birthDate, startsOn);
      if (age < rule.minAge)
        out.push(error(f('againstPersonId'), 'rules.err.underAge', { age, min: rule.minAge }));
    }
  }
  return out;
}
