/**
 * Finding people across cases: the same IIN on other cases (through the persons' token index,
 * never the IIN itself), and the names the case header keeps for lists and search.
 */
import type { CaseId } from '../../shared/ids';
import type { CaseStatus, PersonRole } from '../../shared/domain/types';
import { casePeople, iinToken, openPerson, type CasePerson, type SealedCase } from './caseRows';
import { codec } from './codec';
import type { CaselineDb } from './db';
import { db } from './db';
import type { CaseRowV1 } from './schema/v1';

/** A case on which a person with a given IIN is recorded. */
export type IinMatch = {
  readonly caseId: CaseId;
  readonly reference: string;
  readonly status: CaseStatus;
  /** The roles that person has on that case (usually one). */
  readonly roles: readonly PersonRole[];
};

/**
 * The cases (other than `exceptCaseId`) that record a person with this IIN, by reference.
 * Empty for text that is not a valid IIN. One indexed lookup of the IIN's token.
 */
export async function casesWithIin(iin: string, exceptCaseId?: string): Promise<IinMatch[]> {
  const token = await iinToken(iin);
  if (token === null) return [];
  const d = db();
  const persons = await d.persons.where('iinToken').equals(token).toArray();
  const roles = new Map<string, PersonRole[]>();
  for (const p of persons)
    if (p.caseId !== exceptCaseId) roles.set(p.caseId, [...(roles.get(p.caseId) ?? []), p.role]);
  const ids = [...roles.keys()];
  const cases = await d.cases.bulkGet(ids);
  const out: IinMatch[] = [];
  ids.forEach((id, i) => {
    const c = cases[i];
    if (c)
      out.push({ caseId: id as CaseId, reference: c.reference, status: c.status, roles: roles.get(id)! });
  });
  return out.sort((a, b) => a.reference.localeCompare(b.reference));
}

/** Cases per transaction when the headers are completed: small, as it runs beside the user. */
const COMPLETE_CHUNK = 200;

/**
 * Gives cases sealed before schema v3 the names of their people in the header (SealedCase
 * `people`): reads and opens their persons, then writes each header back, resealed, unless it
 * changed meanwhile (it is then completed on the next start). Returns the names by case id, so
 * the case index can use them at once. Reading and sealing happen outside the transactions.
 */
export async function completeCasePeople(
  d: CaselineDb,
  rows: readonly CaseRowV1[],
): Promise<Map<string, CasePerson[]>> {
  const found = new Map<string, CasePerson[]>();
  for (let i = 0; i < rows.length; i += COMPLETE_CHUNK) {
    const chunk = rows.slice(i, i + COMPLETE_CHUNK);
    const personRows = await d.persons
      .where('caseId')
      .anyOf(chunk.map((r) => r.id))
      .toArray();
    const persons = await Promise.all(personRows.map(openPerson));
    for (const r of chunk) found.set(r.id, casePeople(persons.filter((p) => p.caseId === r.id)));
    const resealed = await Promise.all(
      chunk.map(async (r) => {
        const sealed = await codec().open<SealedCase>(r.sealed);
        return codec().seal({ ...sealed, people: found.get(r.id)! } satisfies SealedCase);
      }),
    );
    await d.transaction('rw', d.cases, async () => {
      const now = await d.cases.bulkGet(chunk.map((r) => r.id));
      const changed = chunk.flatMap((r, j) =>
        now[j]?.sealed === r.sealed ? [{ key: r.id, changes: { sealed: resealed[j]! } }] : [],
      );
      await d.cases.bulkUpdate(changed);
    });
  }
  return found;
}
