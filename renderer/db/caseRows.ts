/**
 * Case and person rows: how they are built (sensitive values sealed through the codec, before
 * any transaction opens) and read back. The operations on them are in caseRepo.ts.
 */
import type { Instant } from '../../shared/dates';
import { newId, type CaseId, type PersonId } from '../../shared/ids';
import type { AgencyRef } from '../../shared/domain/agencies';
import type { Case, CaseStatus, CaseSummary, Person } from '../../shared/domain/types';
import { SUMMARY_VERSION } from '../../shared/domain/summary';
import type { Actor } from './audit';
import { codec } from './codec';
import type { CaseRowV1, PersonRowV1 } from './schema/v1';

/** A person as a form or an import gives them, before they have ids. */
export type PersonInput = Omit<Person, 'id' | 'caseId'>;

/** The sealed part of a case row. */
export type SealedCase = { victimName: string; closedReason: string };
type SealedPerson = Omit<Person, 'id' | 'caseId' | 'role'>;

/** A case as lists and headers show it: the header plus the victim's name. */
export type CaseView = Case & { readonly victimName: string };

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
): Promise<{ caseRow: CaseRowV1; personRows: PersonRowV1[] }> {
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
    } satisfies SealedCase),
  };
  const personRows = await Promise.all(
    input.persons.map(async ({ role, ...rest }) => ({
      id: newId<'PersonId'>(),
      caseId: id,
      role,
      sealed: await codec().seal(rest satisfies SealedPerson),
    })),
  );
  return { caseRow, personRows };
}

export async function openCase(row: CaseRowV1): Promise<CaseView> {
  const sealed = await codec().open<SealedCase>(row.sealed);
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
  };
}

export async function openPerson(row: PersonRowV1): Promise<Person> {
  return {
    id: row.id as PersonId,
    caseId: row.caseId as CaseId,
    role: row.role,
    ...(await codec().open<SealedPerson>(row.sealed)),
  };
}
