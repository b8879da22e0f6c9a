/**
 * The one list of what Caseline records about a person (DOMAIN.md "People"). The stored person
 * (`Person`), what a form or an import gives (`PersonInput`) and what the new-case form holds
 * while typing (`PersonFormValues`) are all derived from PERSON_FIELDS, so a new field is added
 * here and in the message catalogues (`person.field.<key>`), nowhere else.
 *
 * Names follow the bundle format's person (shared/bundle/schema/v2.ts `personV2`): iin,
 * safeContactTimes, safeChannel, preferredLanguage, interpreterNeeded. `aliases` (other names
 * and spellings the person is known by) is kept locally and searched; the bundle format has no
 * field for it yet.
 */
import type { CalendarDate } from '../dates';
import type { PersonRole } from './types';

/** How to reach a person without putting them at risk; '' when not recorded. */
export const SAFE_CHANNELS = [
  'call',
  'sms',
  'messenger',
  'in-person',
  'via-crisis-centre',
  'via-relative',
  'email',
  'no-direct-contact',
] as const;
export type SafeChannel = (typeof SAFE_CHANNELS)[number];

/**
 * Languages a person may prefer, by ISO 639 code ('sgn-kz': Kazakh sign language). The
 * languages most spoken in Kazakhstan first.
 */
export const PERSON_LANGUAGES = [
  'kk',
  'ru',
  'uz',
  'ug',
  'ky',
  'tg',
  'tk',
  'az',
  'tr',
  'de',
  'ko',
  'zh',
  'en',
  'sgn-kz',
] as const;
export type PersonLanguage = (typeof PERSON_LANGUAGES)[number];

type FieldBase = {
  /** Shown marked as sensitive: it can lead the person who caused harm to the person. */
  readonly sensitive: boolean;
  /** Kept when the case goes to partners or a meeting; otherwise removed (audience.ts). */
  readonly shared: boolean;
};

export type PersonFieldSpec =
  | (FieldBase & { readonly kind: 'text'; readonly max: number; readonly required?: boolean })
  | (FieldBase & { readonly kind: 'multiline'; readonly max: number })
  /** Several short texts; the form takes them separated by commas, semicolons or lines. */
  | (FieldBase & { readonly kind: 'list'; readonly max: number; readonly maxItems: number })
  | (FieldBase & { readonly kind: 'date' })
  | (FieldBase & { readonly kind: 'iin' })
  | (FieldBase & { readonly kind: 'choice'; readonly options: readonly string[] })
  | (FieldBase & { readonly kind: 'flag' });

/** Every person field, in form order. */
export const PERSON_FIELDS = {
  name: { kind: 'text', max: 200, required: true, sensitive: false, shared: true },
  aliases: { kind: 'list', max: 200, maxItems: 10, sensitive: false, shared: true },
  birthDate: { kind: 'date', sensitive: false, shared: true },
  iin: { kind: 'iin', sensitive: true, shared: false },
  phone: { kind: 'text', max: 50, sensitive: true, shared: false },
  address: { kind: 'text', max: 300, sensitive: true, shared: false },
  safeContactTimes: { kind: 'text', max: 300, sensitive: true, shared: false },
  safeChannel: { kind: 'choice', options: SAFE_CHANNELS, sensitive: true, shared: false },
  preferredLanguage: { kind: 'choice', options: PERSON_LANGUAGES, sensitive: false, shared: true },
  interpreterNeeded: { kind: 'flag', sensitive: false, shared: true },
  // Free text can hold anything (where she is staying, who helps her): not sent to partners.
  notes: { kind: 'multiline', max: 2000, sensitive: false, shared: false },
} as const satisfies Readonly<Record<string, PersonFieldSpec>>;

export type PersonFieldKey = keyof typeof PERSON_FIELDS;
export const PERSON_FIELD_KEYS = Object.keys(PERSON_FIELDS) as readonly PersonFieldKey[];

type Spec<K extends PersonFieldKey> = (typeof PERSON_FIELDS)[K];

/** The stored value of a field of kind S. */
type StoredValue<S> = S extends { readonly kind: 'list' }
  ? readonly string[]
  : S extends { readonly kind: 'date' }
    ? CalendarDate | null
    : S extends { readonly kind: 'flag' }
      ? boolean
      : string;

/** What a form holds for a field of kind S while it is typed. */
type FormValue<S> = S extends { readonly kind: 'flag' } ? boolean : string;

/** Everything recorded about a person besides their id, case and role. */
export type PersonDetails = { readonly [K in PersonFieldKey]: StoredValue<Spec<K>> };

/** A person as a form or an import gives them, before they have ids. */
export type PersonInput = { readonly role: PersonRole } & PersonDetails;

/** The new-case form's values for one person, as typed. */
export type PersonFormValues = { readonly [K in PersonFieldKey]: FormValue<Spec<K>> };

function emptyStored(spec: PersonFieldSpec): PersonDetails[PersonFieldKey] {
  switch (spec.kind) {
    case 'list':
      return [];
    case 'date':
      return null;
    case 'flag':
      return false;
    case 'text':
    case 'multiline':
    case 'iin':
    case 'choice':
      return '';
  }
}

function fromEntries<T>(make: (key: PersonFieldKey) => unknown): T {
  return Object.fromEntries(PERSON_FIELD_KEYS.map((k) => [k, make(k)])) as T;
}

/** A person with nothing recorded. */
export const EMPTY_PERSON_DETAILS: PersonDetails = fromEntries((k) => emptyStored(PERSON_FIELDS[k]));

/** An empty form for one person. */
export const EMPTY_PERSON_FORM: PersonFormValues = fromEntries((k) =>
  PERSON_FIELDS[k].kind === 'flag' ? false : '',
);

/**
 * A person's details as stored by any version: a field recorded before it existed reads as
 * empty, and a value of the wrong type (a damaged row) as empty rather than as something else.
 */
export function personDetailsFrom(stored: Readonly<Record<string, unknown>>): PersonDetails {
  return fromEntries((k) => {
    const v = stored[k];
    const spec: PersonFieldSpec = PERSON_FIELDS[k];
    switch (spec.kind) {
      case 'list':
        return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
      case 'date':
        return typeof v === 'string' && v !== '' ? v : null;
      case 'flag':
        return v === true;
      case 'text':
      case 'multiline':
      case 'iin':
      case 'choice':
        return typeof v === 'string' ? v : '';
    }
  });
}

/** The details with every field that does not go to partners emptied (audience.ts). */
export function withoutUnsharedDetails<P extends PersonDetails>(person: P): P {
  const out: Record<string, unknown> = { ...person };
  for (const k of PERSON_FIELD_KEYS) if (!PERSON_FIELDS[k].shared) out[k] = emptyStored(PERSON_FIELDS[k]);
  return out as P;
}

/** Splits typed aliases: commas, semicolons and line breaks separate them; blanks are dropped. */
export function splitAliases(text: string): string[] {
  return text
    .split(/[,;\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Whether a field of the person has a value worth showing. */
export function hasValue(details: PersonDetails, key: PersonFieldKey): boolean {
  const v = details[key];
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'boolean') return v;
  return v !== null && v !== '';
}

/** Roles for which the form asks for an IIN: adults (a child's is not recorded). */
export function asksForIin(role: PersonRole): boolean {
  return role !== 'child';
}
