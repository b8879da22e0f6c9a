/**
 * The entry form's state and its validation into an EntryDraft. Kind-specific fields come from
 * ENTRY_FIELDS, so every kind is validated by the same code.
 */
import {
  compareCalendar,
  instantFromLocal,
  instantMs,
  isCalendarDate,
  localParts,
  type Instant,
  type ZoneOffset,
} from '../../../shared/dates';
import { ENTRY_FIELDS, type EntryKind, type FieldSpec } from '../../../shared/domain/entryKinds';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type {
  BasisKind,
  ConfidentialityLevel,
  Correction,
  Entry,
  EntryDraft,
  FieldValue,
} from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import type { Actor } from '../../db/audit';
import type { MessageKey } from '../../i18n/catalogue';

export const MAX_NARRATIVE = 20_000;
export const MAX_FIELD_TEXT = 500;

export type EntryFormState = {
  readonly kind: EntryKind;
  readonly date: string;
  readonly time: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly confidentiality: ConfidentialityLevel;
  readonly restrictedTo: readonly AgencyRef[];
  readonly basis: BasisKind;
  readonly reportedBy: string;
  readonly sourceAgency: string;
  readonly narrative: string;
  /** Required when correcting. */
  readonly reason: string;
};

export type EntryFormErrors = Partial<Record<string, { key: MessageKey; params?: Record<string, number> }>>;

/** A fresh form: now, in this machine's zone, shared, observed. */
export function newEntryForm(kind: EntryKind, at: Instant): EntryFormState {
  const { date, time } = localParts(at);
  return {
    kind,
    date,
    time,
    fields: defaultFields(kind),
    confidentiality: 'shared',
    restrictedTo: [],
    basis: 'observed',
    reportedBy: '',
    sourceAgency: '',
    narrative: '',
    reason: '',
  };
}

/** The form for correcting `entry`: its values, to be changed, plus a reason. */
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
  };
}

export function defaultFields(kind: EntryKind): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const spec of ENTRY_FIELDS[kind]) {
    if (spec.type === 'boolean') out[spec.key] = false;
    else if (spec.type === 'multiselect') out[spec.key] = [];
    else if (spec.type === 'select' && spec.required) out[spec.key] = spec.options[0] ?? '';
  }
  return out;
}

function checkField(
  spec: FieldSpec,
  value: FieldValue | undefined,
): { key: MessageKey; params?: Record<string, number> } | null {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return 'required' in spec && spec.required ? { key: 'entry.err.required' } : null;
  switch (spec.type) {
    case 'text':
      return typeof value === 'string' && value.length <= MAX_FIELD_TEXT
        ? null
        : { key: 'entry.err.tooLong' };
    case 'date':
      return isCalendarDate(value) ? null : { key: 'entry.err.date' };
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
        ? null
        : { key: 'entry.err.number', params: { min: spec.min, max: spec.max } };
    case 'boolean':
      return typeof value === 'boolean' ? null : { key: 'entry.err.required' };
    case 'select':
      return typeof value === 'string' && spec.options.includes(value) ? null : { key: 'entry.err.required' };
    case 'multiselect':
      return Array.isArray(value) &&
        (value as readonly unknown[]).every((v) => typeof v === 'string' && spec.options.includes(v))
        ? null
        : { key: 'entry.err.required' };
    case 'entry-ref':
      return typeof value === 'string' ? null : { key: 'entry.err.required' };
  }
}

/**
 * Validates the form. Returns the draft to save, or the errors by field name (kind-specific
 * fields under `field.<key>`).
 */
export function validateEntryForm(
  form: EntryFormState,
  ctx: {
    caseId: CaseId;
    actor: Actor;
    nowMs: number;
    /** The machine's zone: a typed time takes the offset in force then (UTC+6 before March 2024). */
    zone: ZoneOffset;
    correcting: Entry | null;
    voiding?: boolean;
  },
): { ok: true; draft: EntryDraft } | { ok: false; errors: EntryFormErrors } {
  const errors: EntryFormErrors = {};
  const occurredAt = instantFromLocal(form.date, form.time, ctx.zone);
  if (!isCalendarDate(form.date)) errors.date = { key: 'entry.err.date' };
  else if (!occurredAt) errors.time = { key: 'entry.err.time' };
  else if (instantMs(occurredAt) > ctx.nowMs + 60_000) errors.date = { key: 'entry.err.future' };

  const fields: Record<string, FieldValue> = {};
  for (const spec of ENTRY_FIELDS[form.kind]) {
    const value = form.fields[spec.key];
    const problem = checkField(spec, typeof value === 'string' ? value.trim() : value);
    if (problem) errors[`field.${spec.key}`] = problem;
    else if (value !== undefined && value !== '')
      fields[spec.key] = typeof value === 'string' ? value.trim() : value;
  }
  // A measure starting before 1990 is a typing mistake (the law is from 2009).
  const startsOn = fields.startsOn;
  if (typeof startsOn === 'string' && isCalendarDate(startsOn) && compareCalendar(startsOn, '1990-01-01') < 0)
    errors['field.startsOn'] = { key: 'entry.err.date' };

  if (form.narrative.length > MAX_NARRATIVE) errors.narrative = { key: 'entry.err.tooLong' };
  if (form.confidentiality === 'restricted' && form.restrictedTo.length === 0)
    errors.restrictedTo = { key: 'entry.err.restricted' };
  if (form.basis === 'reported' && form.reportedBy.trim() === '')
    errors.reportedBy = { key: 'entry.err.required' };
  if (form.sourceAgency.length > MAX_FIELD_TEXT || form.reportedBy.length > MAX_FIELD_TEXT)
    errors.sourceAgency = { key: 'entry.err.tooLong' };
  if (ctx.correcting && form.reason.trim() === '') errors.reason = { key: 'entry.err.required' };
  if (form.reason.length > MAX_FIELD_TEXT) errors.reason = { key: 'entry.err.tooLong' };

  if (Object.keys(errors).length > 0 || !occurredAt) return { ok: false, errors };

  const correction: Correction | null = ctx.correcting
    ? { supersedes: ctx.correcting.id, action: ctx.voiding ? 'void' : 'correct', reason: form.reason.trim() }
    : null;
  return {
    ok: true,
    draft: {
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
    },
  };
}
