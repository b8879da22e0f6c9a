/**
 * A timeline entry as a bundle carries it: the `Entry` of shared/domain/types.ts, field for
 * field, with its hash. The kind-specific `fields` are checked against the kind's table in
 * shared/domain/entryKinds.ts (and, for risk assessments, the checklist of risk.ts): only the
 * keys that table names, each of its type; required ones present. A change to those tables is
 * a change to the format (see docs/bundle-format.md, "Versions"): what each version added is
 * listed in ADDED_IN, so an older version's schema is the table without it, and a file of that
 * version with a newer kind or field is refused as it always was.
 */
import * as v from 'valibot';
import {
  ENTRY_FIELDS,
  ENTRY_KINDS,
  KIND_FIELDS,
  SHARING_KINDS,
  type EntryKind,
  type KindFieldSpec,
} from '../../domain/entryKinds';
import { RISK_ANSWERS, RISK_FACTORS } from '../../domain/risk';
import { RISK_LEVELS, type Entry, type FieldValue } from '../../domain/types';
import type { CaseId, EntryId, PersonId } from '../../ids';
import { MAX_CHOICES, MAX_NAMED_AGENCIES, TEXT_LIMITS } from '../limits';
import { UNKNOWN_KIND } from '../issues';
import {
  agencyKind,
  agencyRef,
  calendarDate,
  id,
  instant,
  integer,
  list,
  numberIn,
  sha256Hex,
  text,
} from './common';

/** The format versions whose entries this module checks (version 1 entries are version 2's). */
export type EntryFormat = 2 | 3;

/**
 * What each format version added to the entry table: kinds, and fields of kinds that already
 * existed. Only additions are allowed after a version is released; this list is how an older
 * version's schema stays what it was.
 */
const ADDED_IN: Readonly<
  Record<
    3,
    { readonly kinds: readonly EntryKind[]; readonly fields: Partial<Record<EntryKind, readonly string[]>> }
  >
> = {
  3: {
    kinds: SHARING_KINDS,
    fields: {
      'referral-sent': ['toPartner', 'urgency', 'replyBy'],
      'action-assigned': ['ownerAgencyRef'],
    },
  },
};

function addedAfter(version: EntryFormat): { kinds: Set<EntryKind>; fields: Map<EntryKind, Set<string>> } {
  const kinds = new Set<EntryKind>();
  const fields = new Map<EntryKind, Set<string>>();
  if (version < 3) {
    for (const k of ADDED_IN[3].kinds) kinds.add(k);
    for (const [k, keys] of Object.entries(ADDED_IN[3].fields) as [EntryKind, readonly string[]][])
      fields.set(k, new Set(keys));
  }
  return { kinds, fields };
}

/** An agency field: [id, kind, name] (shared/domain/agencyField.ts). */
const agencyField = v.strictTuple([id<string>(), agencyKind, text(TEXT_LIMITS.name)]);

function fieldSchema(spec: KindFieldSpec): v.GenericSchema {
  switch (spec.type) {
    case 'text':
      return text(TEXT_LIMITS.fieldText);
    case 'date':
      return calendarDate;
    case 'number':
      return numberIn(spec.min, spec.max);
    case 'boolean':
      return v.boolean();
    case 'select':
      return v.picklist(spec.options);
    case 'multiselect':
      return list(v.picklist(spec.options), MAX_CHOICES);
    case 'entry-ref':
      return id<EntryId>();
    case 'person-ref':
      return id<PersonId>();
    case 'agency-ref':
      return agencyField;
  }
}

const level = v.picklist(RISK_LEVELS);

/**
 * The fields of a risk assessment, as assessmentToFields (risk.ts) writes them: an answer per
 * checklist factor, an optional note per factor, the score and levels.
 */
function riskAssessmentFields(): Record<string, v.GenericSchema> {
  const out: Record<string, v.GenericSchema> = {};
  for (const f of RISK_FACTORS) {
    // Optional: an assessment made before a factor joined the checklist does not answer it.
    out[`q.${f.id}`] = v.optional(v.picklist(RISK_ANSWERS));
    out[`note.${f.id}`] = v.optional(text(TEXT_LIMITS.fieldText));
  }
  out.score = integer(0, 1000);
  out.maxScore = integer(0, 1000);
  out.unknownCount = v.optional(integer(0, 1000));
  out.computedLevel = level;
  out.level = level;
  out.escalation = v.optional(level);
  out.overrideLevel = v.optional(level);
  out.overrideReason = v.optional(text(TEXT_LIMITS.fieldText));
  // A result that lowered the case's level records the level before it and why.
  out.previousLevel = v.optional(level);
  out.lowerReason = v.optional(text(TEXT_LIMITS.fieldText));
  return out;
}

/**
 * Fields the form began to require after entries of their kind already existed. Entries are
 * immutable and an older one is shared as it was written, so the format does not require these;
 * a field added as required to an existing kind goes here.
 */
const REQUIRED_SINCE_LATER: Partial<Record<EntryKind, readonly string[]>> = {
  'contact-attempt': ['contactWith'],
};

/** Required in a bundle: required by the kind's table, unless the form began to ask for it later. */
function isRequired(kind: EntryKind, key: string): boolean {
  if (REQUIRED_SINCE_LATER[kind]?.includes(key)) return false;
  return ENTRY_FIELDS[kind].some((f) => f.key === key && 'required' in f && f.required === true);
}

/** What a `fields` schema gives: every value is one FieldValue, by construction of fieldSchema. */
type FieldsSchema = v.GenericSchema<unknown, Readonly<Record<string, FieldValue>>>;

/** The schema of `fields` for one kind in one format version: exactly the keys its table names. */
export function fieldsSchema(kind: EntryKind, version: EntryFormat = CURRENT_ENTRY_FORMAT): FieldsSchema {
  if (kind === 'risk-assessment') return v.strictObject(riskAssessmentFields()) as FieldsSchema;
  const later = addedAfter(version).fields.get(kind);
  const entries: Record<string, v.GenericSchema> = {};
  for (const spec of KIND_FIELDS[kind]) {
    if (later?.has(spec.key)) continue;
    entries[spec.key] = isRequired(kind, spec.key) ? fieldSchema(spec) : v.optional(fieldSchema(spec));
  }
  // The entries are built from FieldSpecs above, each a schema of one FieldValue type; valibot
  // cannot see that through a computed record, so the output type is stated here.
  return v.strictObject(entries) as FieldsSchema;
}

const confidentiality = v.variant('level', [
  v.strictObject({ level: v.literal('shared') }),
  v.strictObject({
    level: v.literal('restricted'),
    agencies: v.pipe(list(agencyRef, MAX_NAMED_AGENCIES), v.minLength(1)),
  }),
  v.strictObject({ level: v.literal('internal') }),
]);

const basis = v.variant('kind', [
  v.strictObject({ kind: v.literal('observed') }),
  v.strictObject({ kind: v.literal('reported'), by: text(TEXT_LIMITS.short) }),
  v.strictObject({ kind: v.literal('opinion') }),
]);

const correction = v.nullable(
  v.strictObject({
    supersedes: id<EntryId>(),
    action: v.picklist(['correct', 'void']),
    reason: text(TEXT_LIMITS.reason),
  }),
);

const common = {
  id: id<EntryId>(),
  caseId: id<CaseId>(),
  occurredAt: instant,
  recordedAt: instant,
  author: v.strictObject({ name: text(TEXT_LIMITS.name), agency: agencyRef }),
  confidentiality,
  basis,
  sourceAgency: text(TEXT_LIMITS.short),
  narrative: text(TEXT_LIMITS.narrative),
  correction,
  hash: sha256Hex,
};

function entryOf<K extends EntryKind>(kind: K, version: EntryFormat) {
  return v.strictObject({ ...common, kind: v.literal(kind), fields: fieldsSchema(kind, version) });
}

/** The newest entry format: the whole table of entryKinds.ts. */
export const CURRENT_ENTRY_FORMAT: EntryFormat = 3;

function kindsOf(version: EntryFormat): EntryKind[] {
  const later = addedAfter(version).kinds;
  return ENTRY_KINDS.filter((k) => !later.has(k));
}

function entrySchemaOf(version: EntryFormat): v.GenericSchema<unknown, Entry> {
  return v.variant(
    'kind',
    kindsOf(version).map((k) => entryOf(k, version)),
    UNKNOWN_KIND,
  );
}

const SCHEMAS: Record<EntryFormat, v.GenericSchema<unknown, Entry>> = {
  2: entrySchemaOf(2),
  3: entrySchemaOf(3),
};

function byKind(version: EntryFormat): ReadonlyMap<string, v.GenericSchema<unknown, Entry>> {
  return new Map(kindsOf(version).map((k) => [k, entryOf(k, version) as v.GenericSchema<unknown, Entry>]));
}

const BY_KIND: Record<EntryFormat, ReadonlyMap<string, v.GenericSchema<unknown, Entry>>> = {
  2: byKind(2),
  3: byKind(3),
};

/** One entry of any kind the version knows; its output is a domain Entry. */
export function entrySchemaFor(version: EntryFormat): v.GenericSchema<unknown, Entry> {
  return SCHEMAS[version];
}

/**
 * The schema to check `item` with: its kind's own, when it names a kind the version knows, or
 * else entrySchemaFor's, which says what is wrong with the kind. The same answer either way;
 * looking the kind up spares trying fifty kinds in turn for each of 100,000 entries.
 */
export function entrySchemaForItem(version: EntryFormat, item: unknown): v.GenericSchema<unknown, Entry> {
  const kind =
    typeof item === 'object' && item !== null && Object.hasOwn(item, 'kind')
      ? (item as { kind: unknown }).kind
      : undefined;
  return (typeof kind === 'string' ? BY_KIND[version].get(kind) : undefined) ?? SCHEMAS[version];
}

/** One entry of any kind the current version knows. */
export const entrySchema: v.GenericSchema<unknown, Entry> = SCHEMAS[CURRENT_ENTRY_FORMAT];
