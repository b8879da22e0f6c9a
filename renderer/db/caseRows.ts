/**
 * Case and person rows: how they are built (sensitive values sealed through the codec, before
 * any transaction opens) and read back. The operations on them are in caseRepo.ts.
 */
import type { Instant } from '../../shared/dates';
import { newId, type CaseId, type PersonId } from '../../shared/ids';
import type { AgencyRef } from '../../shared/domain/agencies';
import { checkIin } from '../../shared/domain/iin';
import { personDetailsFrom, type PersonDetails, type PersonInput } from '../../shared/domain/person';
import type { Case, CaseStatus, CaseSummary, Person, PersonRole } from '../../shared/domain/types';
import { SUMMARY_VERSION } from '../../shared/domain/summary';
import type { Actor } from './audit';
import { codec } from './codec';
import type { CaseRowV1, PersonRowV1 } from './schema/v1';
import type { PersonRowV3 } from './schema/v3';

export type { PersonInput };

/** A person as the case header carries them for lists and search: no contacts, no IIN. */
export type CasePerson = {
  readonly role: PersonRole;
  readonly name: string;
  readonly aliases: readonly string[];
};

/**
 * The sealed part of a case row. `people` is absent in cases sealed before schema v3 until the
 * case index completes them (caseIndex.ts).
 */
export type SealedCase = {
  victimName: string;
  closedReason: string;
  people?: readonly CasePerson[];
};

/**
 * A case as lists, headers and search show it: the header, the victim's name and everyone's
 * names. `people` is null for a case sealed before they were kept in the header.
 */
export type CaseView = Case & {
  readonly victimName: string;
  readonly people: readonly CasePerson[] | null;
};

export function emptySummary(at: Instant, actor: Actor): CaseSummary {
  return {
    riskLevel: null,
    lastAssessmentAt: null,
    measures: [],
    deadlines: [],
    openActions: 0,
    lastActivityAt: at,
    lastContactAt: null,
    agencies: [actor.agency],
    entryCount: 0,
    version: SUMMARY_VERSION,
  };
}

/** What the case header keeps of each person (for lists and search). */
export function casePeople(persons: readonly Pick<PersonInput, 'role' | 'name' | 'aliases'>[]): CasePerson[] {
  return persons.map((p) => ({ role: p.role, name: p.name, aliases: [...p.aliases] }));
}

/** The text whose token stands for an IIN in the persons index: only a valid IIN has one. */
export function iinTokenText(iin: string): string | null {
  const c = checkIin(iin);
  return c.ok ? `iin:${c.iin}` : null;
}

/** The codec's token of a valid IIN, or null (no IIN, or not a valid one). */
export async function iinToken(iin: string): Promise<string | null> {
  const text = iinTokenText(iin);
  return text === null ? null : codec().token(text);
}

/** A person row of `caseId`, sealed; its IIN only as a token outside the seal. */
export async function personRow(caseId: string, input: PersonInput, id?: PersonId): Promise<PersonRowV3> {
  const { role, ...details } = input;
  return {
    id: id ?? newId<'PersonId'>(),
    caseId,
    role,
    iinToken: await iinToken(details.iin),
    sealed: await codec().seal(details satisfies PersonDetails),
  };
}

/** Builds the rows for a new case; sealing happens here, before any transaction. */
export async function caseRows(
  input: {
    reference: string;
    persons: readonly PersonInput[];
    demo: boolean;
    createdAt: Instant;
    /** A new case is open; the demo workspace also creates monitored and closed ones. */
    status?: CaseStatus;
    closedReason?: string;
    /** Agencies already on the case when it is created (the demo workspace's own stories). */
    agencies?: readonly AgencyRef[];
    /** A case received from another office keeps its id and the agency that opened it. */
    id?: CaseId;
    owner?: AgencyRef;
  },
  actor: Actor,
): Promise<{ caseRow: CaseRowV1; personRows: PersonRowV3[] }> {
  const id = input.id ?? newId<'CaseId'>();
  const victim = input.persons.find((p) => p.role === 'victim');
  const caseRow: CaseRowV1 = {
    id,
    reference: input.reference,
    status: input.status ?? 'open',
    ownerAgency: input.owner ?? actor.agency,
    createdAt: input.createdAt,
    demo: input.demo ? 1 : 0,
    summary: {
      ...emptySummary(input.createdAt, actor),
      agencies: input.agencies ?? [input.owner ?? actor.agency],
    },
    sealed: await codec().seal({
      victimName: victim?.name ?? '',
      closedReason: input.closedReason ?? '',
      people: casePeople(input.persons),
    } satisfies SealedCase),
  };
  const personRows = await Promise.all(input.persons.map((p) => personRow(id, p)));
  return { caseRow, personRows };
}

/** The case view of a row whose sealed part is already open. */
export function caseView(row: CaseRowV1, sealed: SealedCase): CaseView {
  return {
    id: row.id as CaseId,
    reference: row.reference,
    status: row.status,
    closedReason: sealed.closedReason,
    ownerAgency: row.ownerAgency,
    createdAt: row.createdAt,
    demo: row.demo === 1,
    summary: row.summary,
    victimName: sealed.victimName,
    people: sealed.people ?? null,
  };
}

export async function openCase(row: CaseRowV1): Promise<CaseView> {
  return caseView(row, await codec().open<SealedCase>(row.sealed));
}

/** A person from a row of any schema version (fields recorded before they existed read as empty). */
export async function openPerson(row: PersonRowV1 | PersonRowV3): Promise<Person> {
  return {
    id: row.id as PersonId,
    caseId: row.caseId as CaseId,
    role: row.role,
    ...personDetailsFrom(await codec().open<Record<string, unknown>>(row.sealed)),
  };
}
