/**
 * The value of an agency field (`agency-ref` in entryKinds.ts): the triple [id, kind, name].
 * An entry field holds only strings, numbers, booleans and lists of strings, and the name must
 * travel with the id (a partner that reads the entry may not know the agency it names), so the
 * agency is written as a list of three strings in that order. Everything that reads or writes
 * one goes through these two functions.
 */
import { isUuid, type AgencyId } from '../ids';
import { isAgencyKind, type AgencyRef } from './agencies';
import type { FieldValue } from './types';

/** An agency as an entry field stores it. */
export type AgencyFieldValue = readonly [id: string, kind: string, name: string];

/** The field value naming `agency`. */
export function agencyFieldValue(agency: AgencyRef): AgencyFieldValue {
  return [agency.id, agency.kind, agency.name];
}

/** The agency a field value names, or null when the value is not one. */
export function agencyOfField(value: FieldValue | undefined): AgencyRef | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [id, kind, name] = value as readonly unknown[];
  if (!isUuid(id) || !isAgencyKind(kind) || typeof name !== 'string') return null;
  return { id: id as AgencyId, kind, name };
}
