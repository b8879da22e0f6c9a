/**
 * Loads and removes the demo workspace. Everything is prepared (ids, hashes, sealed rows)
 * before any transaction opens; cases and people are written first with empty summaries, then
 * the entries through the one write path, which keeps every summary equal to what is stored.
 */
import type { CalendarDate, Instant } from '../../../shared/dates';
import { demoDraft, generateDemo, type DemoCase } from '../../../shared/demo/generator';
import type { Entry } from '../../../shared/domain/types';
import type { CaseId, PersonId } from '../../../shared/ids';
import { auditRow, type Actor } from '../../db/audit';
import { bulkCreateCases, existingReferences, removeDemoCases } from '../../db/caseRepo';
import { caseRows } from '../../db/caseRows';
import { finishEntry } from '../../db/entryRepo';
import { nextReference } from '../../db/references';
import { writeEntries, type CaseEntries } from '../../db/writeEntries';

export type DemoSize = { readonly cases: number; readonly entriesPerCase: number; readonly seed: number };
export const DEFAULT_DEMO: DemoSize = { cases: 24, entriesPerCase: 30, seed: 2026 };

export type Progress = { readonly phase: 'prepare' | 'write'; readonly done: number; readonly total: number };

/** Turns one generated case into finished entries, with references resolved to real ids. */
async function finishCase(
  demo: DemoCase,
  caseId: CaseId,
  personIds: readonly PersonId[],
  recordedAt: Instant,
): Promise<Entry[]> {
  const ids: string[] = [];
  const out: Entry[] = [];
  for (const d of demo.entries) {
    const entry = await finishEntry(demoDraft(d, caseId, ids, personIds), recordedAt);
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
  const prefix = `DEMO-${ctx.today.slice(0, 4)}-`;
  const taken = await existingReferences(prefix);
  const generated = generateDemo({
    seed: size.seed,
    cases: size.cases,
    entriesPerCase: size.entriesPerCase,
    today: ctx.today,
    now: ctx.now,
    home: ctx.actor.agency,
  });

  const cases: Awaited<ReturnType<typeof caseRows>>[] = [];
  const groups: CaseEntries[] = [];
  for (const [i, demo] of generated.entries()) {
    const reference = nextReference(prefix, taken);
    taken.push(reference);
    const rows = await caseRows(
      {
        reference,
        persons: demo.persons,
        demo: true,
        createdAt: demo.createdAt,
        status: demo.status,
        closedReason: demo.closedReason,
        agencies: [demo.owner],
      },
      ctx.actor,
    );
    cases.push(rows);
    groups.push({
      caseId: rows.caseRow.id,
      entries: await finishCase(
        demo,
        rows.caseRow.id as CaseId,
        rows.personRows.map((p) => p.id as PersonId),
        ctx.now,
      ),
    });
    if (i % 50 === 0) onProgress?.({ phase: 'prepare', done: i, total: generated.length });
  }

  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  onProgress?.({ phase: 'write', done: 0, total });
  await bulkCreateCases(cases);
  await writeEntries(groups, {
    demo: true,
    // New cases: nothing stored yet, so nothing to read back before the first write.
    known: new Map(groups.map((g) => [g.caseId, []])),
    audit: [auditRow(ctx.actor, ctx.now, 'demo-loaded', null, `${cases.length} cases, ${total} entries`)],
    onProgress: (done) => onProgress?.({ phase: 'write', done, total }),
  });
  return cases.length;
}

/** Removes exactly the demo cases, their people and their entries; returns how many cases. */
export function removeDemo(ctx: { now: Instant; actor: Actor }): Promise<number> {
  return removeDemoCases(ctx.now, ctx.actor);
}
