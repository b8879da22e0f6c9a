/**
 * Loads and removes the demo workspace. Everything is prepared (ids, hashes, sealed rows,
 * summaries) before any transaction opens; rows are then written in chunked transactions.
 */
import type { CalendarDate, Instant } from '../../../shared/dates';
import { demoDraft, generateDemo, type DemoCase } from '../../../shared/demo/generator';
import { isSummaryKind, summariseCase } from '../../../shared/domain/summary';
import type { Entry } from '../../../shared/domain/types';
import type { CaseId } from '../../../shared/ids';
import { auditRow, type Actor } from '../../db/audit';
import { caseRows, emptySummary } from '../../db/caseRepo';
import { BULK_CHUNK, bulkAddEntries, finishEntry } from '../../db/entryRepo';
import { db } from '../../db/db';
import { nextReference } from '../../db/references';
import type { CaseRowV1, PersonRowV1 } from '../../db/schema/v1';

export type DemoSize = { readonly cases: number; readonly entriesPerCase: number; readonly seed: number };
export const DEFAULT_DEMO: DemoSize = { cases: 24, entriesPerCase: 30, seed: 2026 };

export type Progress = { readonly phase: 'prepare' | 'write'; readonly done: number; readonly total: number };

/** Turns one generated case into finished entries, with references resolved to real ids. */
async function finishCase(demo: DemoCase, caseId: CaseId, recordedAt: Instant): Promise<Entry[]> {
  const ids: string[] = [];
  const out: Entry[] = [];
  for (const d of demo.entries) {
    const entry = await finishEntry(demoDraft(d, caseId, ids), recordedAt);
    ids.push(entry.id);
    out.push(entry);
  }
  return out;
}

/** Creates the demo cases; returns how many. */
export async function loadDemo(
  size: DemoSize,
  ctx: { today: CalendarDate; now: Instant; windowDays: number; actor: Actor },
  onProgress?: (p: Progress) => void,
): Promise<number> {
  const d = db();
  const year = ctx.today.slice(0, 4);
  const prefix = `DEMO-${year}-`;
  const taken = (await d.cases.where('reference').startsWith(prefix).keys()).map(String);
  const generated = generateDemo({
    seed: size.seed,
    cases: size.cases,
    entriesPerCase: size.entriesPerCase,
    today: ctx.today,
    now: ctx.now,
    home: ctx.actor.agency,
  });

  const cases: CaseRowV1[] = [];
  const persons: PersonRowV1[] = [];
  const entries: Entry[] = [];
  for (const [i, demo] of generated.entries()) {
    const reference = nextReference(prefix, taken);
    taken.push(reference);
    const { caseRow, personRows } = await caseRows(
      {
        reference,
        persons: demo.persons,
        demo: true,
        createdAt: demo.createdAt,
        status: demo.status,
        closedReason: demo.closedReason,
      },
      ctx.actor,
    );
    const caseEntries = await finishCase(demo, caseRow.id as CaseId, ctx.now);
    const summary = summariseCase({
      previous: { ...emptySummary(demo.createdAt, ctx.actor), agencies: [demo.owner] },
      added: caseEntries,
      relevant: caseEntries.filter((e) => isSummaryKind(e.kind)),
      today: ctx.today,
      windowDays: ctx.windowDays,
    });
    cases.push({ ...caseRow, summary });
    persons.push(...personRows);
    entries.push(...caseEntries);
    if (i % 50 === 0) onProgress?.({ phase: 'prepare', done: i, total: generated.length });
  }

  onProgress?.({ phase: 'write', done: 0, total: entries.length });
  for (let i = 0; i < cases.length; i += BULK_CHUNK) {
    const chunk = cases.slice(i, i + BULK_CHUNK);
    const chunkIds = new Set(chunk.map((c) => c.id));
    await d.transaction('rw', d.cases, d.persons, async () => {
      await d.cases.bulkAdd(chunk);
      await d.persons.bulkAdd(persons.filter((p) => chunkIds.has(p.caseId)));
    });
  }
  await bulkAddEntries(entries, true, (done) =>
    onProgress?.({ phase: 'write', done, total: entries.length }),
  );
  await d.audit.add(
    auditRow(ctx.actor, ctx.now, 'demo-loaded', null, `${cases.length} cases, ${entries.length} entries`),
  );
  return cases.length;
}

/** Removes exactly the demo cases, their people and their entries; returns how many cases. */
export async function removeDemo(ctx: { now: Instant; actor: Actor }): Promise<number> {
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
    await d.audit.add(auditRow(ctx.actor, ctx.now, 'demo-removed', null, `${ids.length} cases`));
  return ids.length;
}
