/**
 * The entry form's state and its check into the drafts to save. The kind's fields come from
 * KIND_FIELDS (only those that apply, shownFields), the rules from the domain's validateEntry;
 * this module adds what only a form knows: the typed time resolved in the zone in force then
 * (with a note when it was repeated or skipped), text that is too long or holds invisible
 * characters, who may see it, and a correction's reason. An order issued and served at once
 * gives two drafts (issueAndServe).
 */
import {
  calendarDateOf,
  instantMs,
  localParts,
  resolveLocal,
  type Instant,
  type ZoneOffset,
} from '../../../shared/dates';
import type { AgencyKind, AgencyRef } from '../../../shared/domain/agencies';
import {
  KIND_FIELDS,
  shownFields,
  withoutHiddenFields,
  type EntryKind,
  type FieldKey,
} from '../../../shared/domain/entryKinds';
import { issueAndServe } from '../../../shared/domain/measureDrafts';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type {
  BasisKind,
  ConfidentialityLevel,
  Correction,
  Entry,
  EntryDraft,
  FieldValue,
  Person,
} from '../../../shared/domain/types';
import { MAX_FIELD_TEXT, validateEntry } from '../../../shared/domain/validation';
import type { CaseId } from '../../../shared/ids';
import { assertNever } from '../../../shared/result';
import type { Actor } from '../../db/audit';
import type { DraftToSave } from '../../db/writeEntries';
import { noErrors, textProblems, type FormProblem } from '../../ui/entry/textChecks';
import { assessmentRefusal, type AssessmentRefusal } from './assessmentChanges';

/** Longest narrative: longer text is kept in the form and refused, never cut. */
export const MAX_NARRATIVE = 20_000;

export type EntryFormState = {
  readonly kind: EntryKind;
  /** 'yyyy-MM-dd' and 'HH:mm' as typed ('' while incomplete). */
  readonly date: string;
  readonly time: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly confidentiality: ConfidentialityLevel;
  readonly restrictedTo: readonly AgencyRef[];
  readonly basis: BasisKind;
  readonly reportedBy: string;
  readonly sourceAgency: string;
  readonly narrative: string;
  /** Required when correcting or voiding. */
  readonly reason: string;
  /** A new order handed to the person at once: saved with an 'order-served' entry. */
  readonly servedTogether: boolean;
  readonly servedDate: string;
  readonly servedTime: string;
};

/** What a new form's defaults are chosen from. */
export type DefaultsContext = {
  /** The case's persons with their roles. */
  readonly persons: readonly Pick<Person, 'id' | 'role'>[];
  /** Earlier entries an entry-ref field may name, by field key. */
  readonly refChoices: (kind: EntryKind, key: FieldKey) => readonly string[];
  readonly agencyKind: AgencyKind;
};

/**
 * Values given without asking, where the choice is what the kind says: a police call-out is a
 * call-out until the user says home visit; a police officer issues protective orders. Other
 * selects start empty and must be chosen: a fact is never filled in silently.
 */
function selectDefault(key: FieldKey, agencyKind: AgencyKind): string | null {
  if (key === 'visitType') return 'call-out';
  if (key === 'measure' && agencyKind === 'police') return 'protective-order';
  return null;
}

/** Date fields that start as, and move with, the entry's own date until the user changes them. */
const FOLLOWS_ENTRY_DATE: readonly FieldKey[] = ['startsOn', 'endedOn'];

/**
 * A kind's starting values: booleans unticked, lists empty, dates that follow the entry's day,
 * the one person or earlier entry when there is only one to choose, and the selects above.
 */
export function defaultFields(
  kind: EntryKind,
  date: string,
  ctx: DefaultsContext,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const spec of KIND_FIELDS[kind]) {
    switch (spec.type) {
      case 'boolean':
        out[spec.key] = false;
        break;
      case 'multiselect':
        out[spec.key] = [];
        break;
      case 'select': {
        const v = selectDefault(spec.key, ctx.agencyKind);
        if (v !== null && (spec.options as readonly string[]).includes(v)) out[spec.key] = v;
        break;
      }
      case 'date':
        if (FOLLOWS_ENTRY_DATE.includes(spec.key) && date !== '') out[spec.key] = date;
        break;
      case 'person-ref': {
        const preferred = ctx.persons.filter((p) => spec.roles.includes(p.role));
        if (preferred.length === 1) out[spec.key] = preferred[0]!.id;
        break;
      }
      case 'entry-ref': {
        const choices = ctx.refChoices(kind, spec.key);
        if (choices.length === 1) out[spec.key] = choices[0]!;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** A fresh form at `at` (now, in the zone in force), shared, observed. */
export function newEntryForm(kind: EntryKind, at: Instant, ctx: DefaultsContext): EntryFormState {
  const { date, time } = localParts(at);
  return {
    kind,
    date,
    time,
    fields: defaultFields(kind, date, ctx),
    confidentiality: 'shared',
    restrictedTo: [],
    basis: 'observed',
    reportedBy: '',
    sourceAgency: '',
    narrative: '',
    reason: '',
    servedTogether: false,
    servedDate: date,
    servedTime: time,
  };
}

/** The form for correcting or voiding `entry`: its values, to be changed, plus a reason. */
export function correctionForm(entry: Entry): EntryFormState {
  const { date, time } = localParts(entry.occurredAt);
  return {
    kind: entry.kind,
    date,
    time,
    fields: entry.fields,
    confidentiality: entry.confidentiality.level,
    restrictedTo: entry.confidentiality.level === 'restricted' ? entry.confidentiality.agencies : [],
    basis: entry.basis.kind,
    reportedBy: entry.basis.kind === 'reported' ? entry.basis.by : '',
    sourceAgency: entry.sourceAgency,
    narrative: entry.narrative,
    reason: '',
    servedTogether: false,
    servedDate: date,
    servedTime: time,
  };
}

/** Another kind: its own starting values; the date, time and everything else stay. */
export function withKind(form: EntryFormState, kind: EntryKind, ctx: DefaultsContext): EntryFormState {
  return { ...form, kind, fields: defaultFields(kind, form.date, ctx), servedTogether: false };
}

/**
 * Another entry date: date fields that still hold the old entry date move with it (an order
 * issued on the day it was recorded starts that day), and so does the time it was served.
 */
export function withDate(form: EntryFormState, date: string): EntryFormState {
  const fields = { ...form.fields };
  for (const key of FOLLOWS_ENTRY_DATE) if (fields[key] === form.date && date !== '') fields[key] = date;
  const servedDate = form.servedDate === form.date ? date : form.servedDate;
  return { ...form, date, fields, servedDate };
}

/** A note about the typed time: it happened twice, or never (moved past the gap). */
export type TimeNote =
  { readonly kind: 'repeated' } | { readonly kind: 'skipped'; readonly instant: Instant } | null;

/** The moment a typed date and time stand for, in the zone in force then, with its note. */
export function typedInstant(
  date: string,
  time: string,
  zone: ZoneOffset,
): { readonly instant: Instant | null; readonly note: TimeNote } {
  const r = resolveLocal(date, time, zone);
  switch (r.kind) {
    case 'invalid':
      return { instant: null, note: null };
    case 'exact':
      return { instant: r.instant, note: null };
    case 'repeated':
      return { instant: r.instant, note: { kind: 'repeated' } };
    case 'skipped':
      return { instant: r.instant, note: { kind: 'skipped', instant: r.instant } };
  }
}

export type EntryFormContext = {
  readonly caseId: CaseId;
  readonly actor: Actor;
  readonly nowMs: number;
  readonly today: string;
  /** The machine's zone: pass the function (machineOffset), so a back-dated time gets the offset then. */
  readonly zone: ZoneOffset;
  readonly correcting: Entry | null;
  readonly voiding?: boolean;
  /** Whether the signed-in person may lower a case's risk level ('risk-lower'). */
  readonly mayLowerRisk: boolean;
  /** The case's effective entries and persons, for the domain's rules. */
  readonly effective: readonly EffectiveEntry[];
  readonly persons: readonly Pick<Person, 'id' | 'birthDate'>[];
};

export type EntryFormCheck = {
  readonly problems: readonly FormProblem[];
  readonly timeNote: TimeNote;
  /** What to save, in order; null while an error stands. */
  readonly drafts: readonly DraftToSave[] | null;
};

const isEmpty = (v: FieldValue | undefined) =>
  v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Field values as they are saved: text trimmed, empty values left out, hidden fields dropped. */
export function cleanFields(
  kind: EntryKind,
  fields: Readonly<Record<string, FieldValue>>,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(fields)) {
    const value = typeof v === 'string' ? v.trim() : v;
    if (!isEmpty(value)) out[k] = value;
  }
  return withoutHiddenFields(kind, out);
}

/** Why this form may not save a change to a risk assessment (assessmentChanges.ts), or null. */
export function refusalOf(form: EntryFormState, ctx: EntryFormContext): AssessmentRefusal | null {
  return assessmentRefusal(form.kind, ctx.correcting, ctx.voiding === true, ctx.effective, ctx.mayLowerRisk);
}

function refusalProblem(r: AssessmentRefusal): FormProblem {
  switch (r.kind) {
    case 'not-corrected':
      return { field: 'kind', key: 'timeline.err.assessmentNotCorrected', severity: 'error' };
    case 'void-lowers':
      return { field: 'reason', key: 'timeline.err.voidLowersRisk', severity: 'error' };
    default:
      return assertNever(r);
  }
}

/** The checks of the parts every entry has: time, text, who may see it, the reason. */
function commonProblems(
  form: EntryFormState,
  ctx: EntryFormContext,
  occurredAt: Instant | null,
): FormProblem[] {
  const out: FormProblem[] = [];
  if (form.date === '') out.push({ field: 'date', key: 'entry.err.date', severity: 'error' });
  else if (form.time === '') out.push({ field: 'time', key: 'entry.err.time', severity: 'error' });
  else if (occurredAt === null) out.push({ field: 'date', key: 'entry.err.date', severity: 'error' });
  else if (instantMs(occurredAt) > ctx.nowMs + 60_000)
    out.push({
      field: calendarDateOf(occurredAt) === ctx.today ? 'time' : 'date',
      key: 'entry.err.future',
      severity: 'error',
    });
  out.push(...textProblems('narrative', form.narrative, MAX_NARRATIVE));
  if (form.basis === 'reported') {
    if (form.reportedBy.trim() === '')
      out.push({ field: 'reportedBy', key: 'entry.err.required', severity: 'error' });
    out.push(...textProblems('reportedBy', form.reportedBy, MAX_FIELD_TEXT));
  }
  out.push(...textProblems('sourceAgency', form.sourceAgency, MAX_FIELD_TEXT));
  if (form.confidentiality === 'restricted' && form.restrictedTo.length === 0)
    out.push({ field: 'restrictedTo', key: 'entry.err.restricted', severity: 'error' });
  if (ctx.correcting) {
    if (form.reason.trim() === '')
      out.push({ field: 'reason', key: 'entry.err.required', severity: 'error' });
    out.push(...textProblems('reason', form.reason, MAX_FIELD_TEXT));
  }
  return out;
}

/** The kind's fields: the form's own text checks, then the domain's rules (validateEntry). */
function fieldProblems(
  form: EntryFormState,
  ctx: EntryFormContext,
  occurredAt: Instant,
  fields: Readonly<Record<string, FieldValue>>,
): FormProblem[] {
  const out: FormProblem[] = [];
  const ownText = new Set<string>();
  for (const spec of shownFields(form.kind, form.fields)) {
    const v = form.fields[spec.key];
    if (spec.type !== 'text' || typeof v !== 'string') continue;
    const found = textProblems(`field.${spec.key}`, v.trim(), MAX_FIELD_TEXT);
    if (found.length > 0) ownText.add(`field.${spec.key}`);
    out.push(...found);
  }
  // Rules about other entries read the case as it was before the entry being corrected.
  const target = ctx.correcting;
  const effective = target ? ctx.effective.filter((e) => e.entry.id !== target.id) : ctx.effective;
  for (const p of validateEntry(
    { kind: form.kind, occurredAt, fields },
    { effective, persons: ctx.persons, today: ctx.today },
  )) {
    // The form's own message says by how much a text is too long.
    if (p.key === 'entry.err.tooLong' && ownText.has(p.field)) continue;
    out.push({ field: p.field, key: p.key, params: p.params, severity: p.severity });
  }
  return out;
}

/**
 * Checks the form. Returns every problem (errors stop the save, warnings do not), the note on the
 * typed time, and the drafts to save when nothing stops it. A void checks only its reason: the
 * entry it withdraws is kept as it was.
 */
export function checkEntryForm(form: EntryFormState, ctx: EntryFormContext): EntryFormCheck {
  const { instant: occurredAt, note } = typedInstant(form.date, form.time, ctx.zone);
  const problems = commonProblems(form, ctx, occurredAt);
  // An assessment's fields are not in the kind table: the generic form would save it empty.
  const refusal = refusalOf(form, ctx);
  if (refusal) problems.push(refusalProblem(refusal));
  const fields = ctx.voiding && ctx.correcting ? ctx.correcting.fields : cleanFields(form.kind, form.fields);
  if (occurredAt !== null && !ctx.voiding) problems.push(...fieldProblems(form, ctx, occurredAt, fields));

  let servedAt: Instant | null = null;
  const serving = form.servedTogether && form.kind === 'order-issued' && !ctx.correcting;
  if (serving) {
    servedAt = typedInstant(form.servedDate, form.servedTime, ctx.zone).instant;
    if (servedAt === null) problems.push({ field: 'servedAt', key: 'entry.err.date', severity: 'error' });
    else if (instantMs(servedAt) > ctx.nowMs + 60_000)
      problems.push({ field: 'servedAt', key: 'entry.err.future', severity: 'error' });
  }
  if (!noErrors(problems) || occurredAt === null) return { problems, timeNote: note, drafts: null };

  const correction: Correction | null = ctx.correcting
    ? { supersedes: ctx.correcting.id, action: ctx.voiding ? 'void' : 'correct', reason: form.reason.trim() }
    : null;
  const draft: EntryDraft = {
    caseId: ctx.caseId,
    kind: form.kind,
    occurredAt,
    author: { name: ctx.actor.name, agency: ctx.actor.agency },
    confidentiality:
      form.confidentiality === 'restricted'
        ? { level: 'restricted', agencies: form.restrictedTo }
        : { level: form.confidentiality },
    basis:
      form.basis === 'reported' ? { kind: 'reported', by: form.reportedBy.trim() } : { kind: form.basis },
    sourceAgency: form.sourceAgency.trim(),
    narrative: form.narrative.trim(),
    fields,
    correction,
  };
  if (!serving || servedAt === null) return { problems, timeNote: note, drafts: [draft] };
  const both = issueAndServe(draft, servedAt);
  if (!both.ok)
    return {
      problems: [...problems, ...both.problems.map((p) => ({ ...p, severity: 'error' as const }))],
      timeNote: note,
      drafts: null,
    };
  return {
    problems,
    timeNote: note,
    drafts: [both.issued, (earlier) => both.served(earlier[0]!.id)],
  };
}
