/**
 * Reads and writes of cases and the people in them. Sensitive values go through the codec
 * (caseRows.ts); every write is one transaction with its audit row, and reports the cases it
 * changed to the case index.
 */
import { Dexie } from 'dexie';
import type { Instant } from '../../shared/dates';
import type { CaseId } from '../../shared/ids';
import type { CaseStatus, Person } from '../../shared/domain/types';
import { appendAudit, auditRow, type Actor } from './audit';
import { casesChanged } from './caseIndex';
import { caseRows, openCase, openPerson, type CaseView, type PersonInput, type SealedCase } from './caseRows';
import { codec } from './codec';
import { db } from './db';
import { nextReference, referencePrefix } from './references';
import type { CaseRowV1 } from './schema/v1';
import type { PersonRowV3 } from './schema/v3';
import { BULK_CHUNK } from './writeEntries';

export class ReferenceTakenError extends Error {
  constructor(reference: string) {
    super(`Reference ${reference} is taken`);
    this.name = 'ReferenceTakenError';
  }
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
      await appendAudit([auditRow(actor, input.createdAt, 'case-created', caseRow.id, caseRow.reference)], d);
    });
    await casesChanged([caseRow.id]);
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

export async function listCases(): Promise<CaseView[]> {
  const rows = await db().cases.toArray();
  return Promise.all(rows.map(openCase));
}

export async function getCase(id: string): Promise<CaseView | null> {
  const row = await db().cases.get(id);
  return row ? openCase(row) : null;
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
  return nextReference(prefix, await existingReferences(prefix));
}

/** The references in use that start with `prefix`. */
export async function existingReferences(prefix: string): Promise<string[]> {
  return (await db().cases.where('reference').startsWith(prefix).keys()).map(String);
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
  // Re-sealed before the transaction (the codec may encrypt); written only if the sealed part
  // is still the one read, so a concurrent change is read again instead of overwritten.
  for (;;) {
    const row = await d.cases.get(id);
    if (!row) throw new Error('Case not found');
    const sealed = await codec().open<SealedCase>(row.sealed);
    const resealed = await codec().seal({
      ...sealed,
      closedReason: status === 'closed' ? reason : '',
    } satisfies SealedCase);
    const written = await d.transaction('rw', d.cases, d.audit, async () => {
      const now = await d.cases.get(id);
      if (now?.sealed !== row.sealed) return false;
      await d.cases.update(id, { status, sealed: resealed });
      await appendAudit([auditRow(actor, at, 'case-status', id, status)], d);
      return true;
    });
    if (written) break;
  }
  await casesChanged([id]);
}

export async function recordCaseView(id: string, at: Instant, actor: Actor): Promise<void> {
  await appendAudit([auditRow(actor, at, 'case-viewed', id)]);
}

/** Every document that leaves the case (printed or saved as PDF) is written to the audit log. */
export async function recordCasePrint(id: string, detail: string, at: Instant, actor: Actor): Promise<void> {
  await appendAudit([auditRow(actor, at, 'case-printed', id, detail)]);
}

/**
 * Writes prepared cases with their people in chunked transactions (the demo workspace). Each
 * case starts with an empty summary; its entries follow through writeEntries, which keeps the
 * summary equal to what is stored at every commit.
 */
export async function bulkCreateCases(
  items: readonly { readonly caseRow: CaseRowV1; readonly personRows: readonly PersonRowV3[] }[],
): Promise<void> {
  const d = db();
  for (let i = 0; i < items.length; i += BULK_CHUNK) {
    const chunk = items.slice(i, i + BULK_CHUNK);
    await d.transaction('rw', d.cases, d.persons, async () => {
      await d.cases.bulkAdd(chunk.map((c) => c.caseRow));
      await d.persons.bulkAdd(chunk.flatMap((c) => c.personRows));
    });
  }
  await casesChanged(items.map((c) => c.caseRow.id));
}

/** Removes exactly the demo cases, their people and their entries; returns how many cases. */
export async function removeDemoCases(at: Instant, actor: Actor): Promise<number> {
  const d = db();
  const ids = (await d.cases.where('demo').equals(1).primaryKeys()).map(String);
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    await d.transaction('rw', d.cases, d.persons, d.entries, async () => {
      for (const id of chunk) {
        await d.entries.where('[caseId+occurredUtc]').between([id, ''], [id, '\uffff']).delete();
      }
      await d.persons.where('caseId').anyOf(chunk).delete();
      await d.cases.bulkDelete(chunk);
    });
  }
  if (ids.length > 0)
    await appendAudit([auditRow(actor, at, 'demo-removed', null, `${ids.length} cases`)], d);
  await casesChanged(ids);
  return ids.length;
}
