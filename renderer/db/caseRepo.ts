/**
 * Reads and writes of cases and the people in them. Sensitive values go through the codec;
 * every write is one transaction with its audit row.
 */
import { Dexie } from 'dexie';
import type { CalendarDate, Instant } from '../../shared/dates';
import { newId, type CaseId, type PersonId } from '../../shared/ids';
import type { Case, CaseStatus, CaseSummary, Person, PersonRole } from '../../shared/domain/types';
import { codec } from './codec';
import { db } from './db';
import { auditRow, type Actor } from './audit';
import type { CaseRowV1, PersonRowV1 } from './schema/v1';
import { nextReference, referencePrefix } from './references';

export type PersonInput = {
  readonly role: PersonRole;
  readonly name: string;
  readonly birthDate: CalendarDate | null;
  readonly phone: string;
  readonly address: string;
  readonly notes: string;
};

type SealedCase = { victimName: string; closedReason: string };
type SealedPerson = Omit<PersonInput, 'role'>;

/** A case as lists and headers show it: the header plus the victim's name. */
export type CaseView = Case & { readonly victimName: string };

export class ReferenceTakenError extends Error {
  constructor(reference: string) {
    super(`Reference ${reference} is taken`);
    this.name = 'ReferenceTakenError';
  }
}

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
  },
  actor: Actor,
): Promise<{ caseRow: CaseRowV1; personRows: PersonRowV1[] }> {
  const id = newId<'CaseId'>();
  const victim = input.persons.find((p) => p.role === 'victim');
  const caseRow: CaseRowV1 = {
    id,
    reference: input.reference,
    status: input.status ?? 'open',
    ownerAgency: actor.agency,
    createdAt: input.createdAt,
    demo: input.demo ? 1 : 0,
    summary: emptySummary(input.createdAt, actor),
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

/** Creates a case with its people. Throws ReferenceTakenError when the reference is in use. */
export async function createCase(
  input: { reference: string; persons: readonly PersonInput[]; createdAt: Instant },
  actor: Actor,
): Promise<CaseId> {
  const { caseRow, personRows } = await caseRows({ ...input, demo: false }, actor);
  const d = db();
  try {
    await d.transaction('rw', d.cases, d.persons, d.audit, async () => {
      await d.cases.add(caseRow);
      await d.persons.bulkAdd(personRows);
      await d.audit.add(auditRow(actor, input.createdAt, 'case-created', caseRow.id, caseRow.reference));
    });
  } catch (e) {
    const constraint =
      e instanceof Dexie.ConstraintError || (e instanceof Error && e.name === 'ConstraintError');
    // Only the reference is unique besides ids; say so only when it really is the reference.
    if (constraint && (await d.cases.where('reference').equals(input.reference).count()) > 0)
      throw new ReferenceTakenError(input.reference);
    throw e;
  }
  return caseRow.id as CaseId;
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

export async function listCases(): Promise<CaseView[]> {
  const rows = await db().cases.toArray();
  return Promise.all(rows.map(openCase));
}

export async function getCase(id: string): Promise<CaseView | null> {
  const row = await db().cases.get(id);
  return row ? openCase(row) : null;
}

export async function openPerson(row: PersonRowV1): Promise<Person> {
  return {
    id: row.id as PersonId,
    caseId: row.caseId as CaseId,
    role: row.role,
    ...(await codec().open<SealedPerson>(row.sealed)),
  };
}

export async function listPersons(caseId: string): Promise<Person[]> {
  const rows = await db().persons.where('caseId').equals(caseId).toArray();
  return Promise.all(rows.map(openPerson));
}

export async function referenceExists(reference: string): Promise<boolean> {
  return (await db().cases.where('reference').equals(reference).count()) > 0;
}

/** A suggested reference for a new case: this agency's kind, this year, the next number. */
export async function suggestReference(actor: Actor, year: number): Promise<string> {
  const prefix = referencePrefix(actor.agency.kind, year);
  const existing = await db().cases.where('reference').startsWith(prefix).keys();
  return nextReference(prefix, existing.map(String));
}

/** Moves a case between open, monitoring and closed (closing needs a reason). */
export async function setCaseStatus(
  id: string,
  status: CaseStatus,
  reason: string,
  at: Instant,
  actor: Actor,
): Promise<void> {
  const d = db();
  const row = await d.cases.get(id);
  if (!row) throw new Error('Case not found');
  const sealed = await codec().open<SealedCase>(row.sealed);
  const resealed = await codec().seal({
    ...sealed,
    closedReason: status === 'closed' ? reason : '',
  } satisfies SealedCase);
  await d.transaction('rw', d.cases, d.audit, async () => {
    await d.cases.update(id, { status, sealed: resealed });
    await d.audit.add(auditRow(actor, at, 'case-status', id, status));
  });
}

export async function recordCaseView(id: string, at: Instant, actor: Actor): Promise<void> {
  await db().audit.add(auditRow(actor, at, 'case-viewed', id));
}

/** Every document that leaves the case (printed or saved as PDF) is written to the audit log. */
export async function recordCasePrint(id: string, detail: string, at: Instant, actor: Actor): Promise<void> {
  await db().audit.add(auditRow(actor, at, 'case-printed', id, detail));
}
