/** Validation of the new-case form, with message keys a user understands. */
import { compareCalendar, isCalendarDate, type CalendarDate } from '../../../shared/dates';
import type { PersonRole } from '../../../shared/domain/types';
import type { MessageKey } from '../../i18n/catalogue';
import { normaliseReference } from '../../db/references';
import type { PersonInput } from '../../db/caseRows';

export type PersonDraft = {
  readonly key: number;
  readonly role: PersonRole;
  readonly name: string;
  readonly birthDate: string;
  readonly phone: string;
  readonly address: string;
  readonly notes: string;
};

export type CaseFormErrors = {
  reference?: MessageKey;
  persons?: MessageKey;
  person: Record<number, Partial<Record<'name' | 'birthDate' | 'phone' | 'address' | 'notes', MessageKey>>>;
};

const LIMITS = { name: 200, phone: 50, address: 300, notes: 2000 } as const;

export function blankPerson(key: number, role: PersonRole): PersonDraft {
  return { key, role, name: '', birthDate: '', phone: '', address: '', notes: '' };
}

export function validateCaseForm(
  reference: string,
  persons: readonly PersonDraft[],
  today: CalendarDate,
): { errors: CaseFormErrors; valid: boolean; persons: PersonInput[] } {
  const errors: CaseFormErrors = { person: {} };
  if (!normaliseReference(reference)) errors.reference = 'caseForm.err.referenceRequired';
  if (!persons.some((p) => p.role === 'victim')) errors.persons = 'caseForm.err.victimRequired';
  const clean: PersonInput[] = [];
  for (const p of persons) {
    // An extra row left completely empty is not a person; skip it rather than block the form.
    const blank = [p.name, p.birthDate, p.phone, p.address, p.notes].every((v) => v.trim() === '');
    if (blank && p.role !== 'victim') continue;
    const e: CaseFormErrors['person'][number] = {};
    if (p.name.trim() === '') e.name = 'caseForm.err.nameRequired';
    for (const f of ['name', 'phone', 'address', 'notes'] as const)
      if (p[f].trim().length > LIMITS[f]) e[f] = 'caseForm.err.tooLong';
    const bd = p.birthDate.trim();
    if (bd !== '' && (!isCalendarDate(bd) || compareCalendar(bd, today) > 0 || bd < '1900-01-01'))
      e.birthDate = 'caseForm.err.birthDate';
    if (Object.keys(e).length > 0) errors.person[p.key] = e;
    clean.push({
      role: p.role,
      name: p.name.trim(),
      birthDate: bd === '' ? null : bd,
      phone: p.phone.trim(),
      address: p.address.trim(),
      notes: p.notes.trim(),
    });
  }
  const valid = !errors.reference && !errors.persons && Object.keys(errors.person).length === 0;
  return { errors, valid, persons: clean };
}
