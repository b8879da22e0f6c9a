/**
 * The new-case form's values and their checks, with messages a user understands: what is wrong
 * and, for a length, the limit. Every person field is checked by its kind in PERSON_FIELDS.
 */
import { compareCalendar, isCalendarDate, type CalendarDate } from '../../../shared/dates';
import { checkIin, type IinProblem } from '../../../shared/domain/iin';
import {
  asksForIin,
  EMPTY_PERSON_FORM,
  PERSON_FIELD_KEYS,
  PERSON_FIELDS,
  splitAliases,
  type PersonFieldKey,
  type PersonFieldSpec,
  type PersonFormValues,
  type PersonInput,
} from '../../../shared/domain/person';
import type { PersonRole } from '../../../shared/domain/types';
import { invisibleChars } from '../../../shared/text';
import type { MessageKey } from '../../i18n/catalogue';
import { checkReference } from '../../db/references';

/** One person's row of the form: a key that stays with the row, the role and the typed values. */
export type PersonDraft = { readonly key: number; readonly role: PersonRole } & PersonFormValues;

/** A message with what it needs to say (a limit, a character). */
export type FormProblem = {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
};

export type PersonProblems = Partial<Record<PersonFieldKey, FormProblem>>;

export type CaseFormErrors = {
  readonly reference?: FormProblem;
  readonly persons?: FormProblem;
  readonly person: Readonly<Record<number, PersonProblems>>;
};

/** What each IIN problem says (iin.ts IIN_PROBLEM_KEYS, checked against the catalogue here). */
const IIN_MESSAGES: Record<IinProblem, MessageKey> = {
  format: 'iin.err.format',
  century: 'iin.err.century',
  'birth-date': 'iin.err.birthDate',
  'check-digit': 'iin.err.checkDigit',
};

/** Birth dates before this are typing slips. */
const EARLIEST_BIRTH: CalendarDate = '1900-01-01';

export function blankPerson(key: number, role: PersonRole): PersonDraft {
  return { key, role, ...EMPTY_PERSON_FORM };
}

/** Whether nothing at all was typed into the row. */
export function isBlank(p: PersonDraft): boolean {
  return PERSON_FIELD_KEYS.every((k) => {
    const v = p[k];
    return typeof v === 'boolean' ? !v : v.trim() === '';
  });
}

function invisible(text: string): FormProblem | null {
  const [c] = invisibleChars(text);
  // Positions as a user counts them: characters, from 1.
  return c
    ? {
        key: 'people.err.invisible',
        params: { char: c.codePoint, position: [...text.slice(0, c.index)].length + 1 },
      }
    : null;
}

function tooLong(text: string, max: number): FormProblem | null {
  const length = [...text].length;
  return length > max ? { key: 'people.err.tooLong', params: { max, length } } : null;
}

/** The check of one typed value by its field's kind; null when it may be saved. */
export function checkPersonField(
  key: PersonFieldKey,
  p: PersonDraft,
  today: CalendarDate,
): FormProblem | null {
  const spec: PersonFieldSpec = PERSON_FIELDS[key];
  const raw = p[key];
  if (typeof raw === 'boolean') return null;
  const value = raw.trim();
  switch (spec.kind) {
    case 'text':
      if (spec.required && value === '') return { key: 'caseForm.err.nameRequired' };
      return invisible(raw) ?? tooLong(value, spec.max);
    case 'multiline':
      return invisible(raw) ?? tooLong(value, spec.max);
    case 'list': {
      const problem = invisible(raw);
      if (problem) return problem;
      const items = splitAliases(raw);
      if (items.length > spec.maxItems)
        return { key: 'people.err.tooManyAliases', params: { max: spec.maxItems } };
      for (const item of items) {
        const long = tooLong(item, spec.max);
        if (long) return long;
      }
      return null;
    }
    case 'date':
      if (value === '') return null;
      return !isCalendarDate(value) ||
        compareCalendar(value, today) > 0 ||
        compareCalendar(value, EARLIEST_BIRTH) < 0
        ? { key: 'caseForm.err.birthDate' }
        : null;
    case 'iin': {
      if (value === '' || !asksForIin(p.role)) return null;
      const c = checkIin(value, today);
      return c.ok ? null : { key: IIN_MESSAGES[c.problem] };
    }
    case 'choice':
      return value === '' || spec.options.includes(value) ? null : { key: 'people.err.choice' };
    case 'flag':
      return null;
  }
}

/** What the form keeps of a row that passed its checks, trimmed and typed. */
export function personInput(p: PersonDraft): PersonInput {
  const iin = asksForIin(p.role) ? checkIin(p.iin) : null;
  const typedBirth = p.birthDate.trim();
  return {
    role: p.role,
    name: p.name.trim(),
    aliases: splitAliases(p.aliases),
    // An IIN holds the date of birth: used when none was typed.
    birthDate: typedBirth !== '' ? typedBirth : iin?.ok ? iin.birthDate : null,
    iin: iin?.ok ? iin.iin : '',
    phone: p.phone.trim(),
    address: p.address.trim(),
    safeContactTimes: p.safeContactTimes.trim(),
    safeChannel: p.safeChannel,
    preferredLanguage: p.preferredLanguage,
    interpreterNeeded: p.interpreterNeeded,
    notes: p.notes.trim(),
  };
}

/** Warnings that do not stop saving: an IIN whose date of birth differs from the one typed. */
export function personWarnings(p: PersonDraft): PersonProblems {
  if (!asksForIin(p.role)) return {};
  const c = checkIin(p.iin);
  const typed = p.birthDate.trim();
  return c.ok && typed !== '' && c.birthDate !== typed ? { iin: { key: 'iin.warn.birthDateMismatch' } } : {};
}

export function validateCaseForm(
  reference: string,
  persons: readonly PersonDraft[],
  today: CalendarDate,
): { errors: CaseFormErrors; valid: boolean; persons: PersonInput[] } {
  const ref = checkReference(reference);
  const referenceProblem: FormProblem | undefined = ref.ok
    ? undefined
    : ref.problem === 'required'
      ? { key: 'caseForm.err.referenceRequired' }
      : ref.problem === 'too-long'
        ? { key: 'people.err.referenceTooLong', params: { max: ref.max, length: ref.length } }
        : (invisible(reference.trim()) ?? undefined);
  const personErrors: Record<number, PersonProblems> = {};
  const clean: PersonInput[] = [];
  for (const p of persons) {
    // An extra row left completely empty is not a person; skip it rather than block the form.
    if (isBlank(p) && p.role !== 'victim') continue;
    const e: PersonProblems = {};
    for (const key of PERSON_FIELD_KEYS) {
      const problem = checkPersonField(key, p, today);
      if (problem) e[key] = problem;
    }
    if (Object.keys(e).length > 0) personErrors[p.key] = e;
    clean.push(personInput(p));
  }
  const errors: CaseFormErrors = {
    ...(referenceProblem ? { reference: referenceProblem } : {}),
    ...(persons.some((p) => p.role === 'victim')
      ? {}
      : { persons: { key: 'caseForm.err.victimRequired' } satisfies FormProblem }),
    person: personErrors,
  };
  const valid = !errors.reference && !errors.persons && Object.keys(personErrors).length === 0;
  return { errors, valid, persons: clean };
}
