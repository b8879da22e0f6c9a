/**
 * Taking a verified bundle in: the plan the preview shows (shared/bundle/incoming.ts, made
 * against what is stored here), then the merge, in ONE transaction: the new local case or the
 * link to an existing one, persons, entries through the one write path (storeEntries keeps the
 * summary right), the received-bundle record, the sender's details in the partner directory and
 * the audit record. Everything that awaits the codec (sealing rows) happens before the
 * transaction opens. Nothing of a merge that fails is stored; a conflict (same id, other
 * content) is listed, never written over what is held.
 */
import type { Instant } from '../../shared/dates';
import type { Bundle } from '../../shared/bundle/types';
import {
  idsToLookUp,
  planIncoming,
  type IncomingPlan,
  type ReceiveProblem,
} from '../../shared/bundle/incoming';
import type { Entry } from '../../shared/domain/types';
import type { CaseId } from '../../shared/ids';
import { appendAudit, auditRow, type Actor } from './audit';
import { casesChanged } from './caseIndex';
import { linkRows } from './caseLinkRepo';
import { caseRows, personRow, type PersonInput } from './caseRows';
import { EMPTY_PERSON_DETAILS, personDetailsFrom } from '../../shared/domain/person';
import type { PersonId } from '../../shared/ids';
import { codec } from './codec';
import { db } from './db';
import { entryRow, openEntry } from './entryRepo';
import type { PersonRowV3 } from './schema/v3';
import type { EntryRowV5, ShareRowV5 } from './schema/v5';
import { refreshPartnerAgency } from './partnerRepo';
import { packIds } from './shareLog';
import { listPersons } from './caseRepo';
import { prepareSummaries, readBase, storeEntries, type Prepared, type WriteContext } from './writeEntries';
import { SHARE_RULE_KINDS } from '../../shared/domain/consent';

/** Where a bundle goes: a new local case (with the bundle's case id), or a case held here. */
export type ReceiveTarget =
  | { readonly kind: 'new'; readonly reference: string }
  | { readonly kind: 'existing'; readonly localCaseId: string };

export type ReceiveProgress = (p: {
  readonly phase: 'compare' | 'prepare' | 'write';
  readonly done: number;
  readonly total: number;
}) => void;

/** The bundle is a valid file this office still does not take in (nothing was stored). */
export class ReceiveRefusedError extends Error {
  constructor(readonly problem: ReceiveProblem) {
    super(`Bundle refused: ${problem.code}`);
    this.name = 'ReceiveRefusedError';
  }
}

/** Ids looked up per slice: a few tens of milliseconds of the window's time each. */
const LOOKUP_SLICE = 2_000;

/** Lets input and rendering run between slices of a long job. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type HeldEntries = Map<string, Pick<Entry, 'hash' | 'author'>>;

/**
 * The stored rows among `sorted` (ascending ids). A bundle's ids are mostly consecutive ones
 * (ids begin with their time), so the key range from the first to the last usually holds those
 * stored and little else: it is read in one request of at most twice as many rows as asked
 * for. A range that holds more is read by key, one request per id (about twice the cost per
 * row), after the one wasted request.
 */
async function storedAmong(sorted: readonly string[]): Promise<readonly (EntryRowV5 | undefined)[]> {
  const most = 2 * sorted.length;
  const range = await db()
    .entries.where(':id')
    .between(sorted[0], sorted[sorted.length - 1], true, true)
    .limit(most + 1)
    .toArray();
  return range.length <= most ? range : db().entries.bulkGet([...sorted]);
}

/** Lookups under way at once: the database reads the next slice while the window takes in one. */
const LOOKUPS_AT_ONCE = 3;

/** The stored hash and author of each of `ids` held here (no decoding). */
async function heldEntries(ids: readonly string[], onProgress?: ReceiveProgress): Promise<HeldEntries> {
  const held: HeldEntries = new Map();
  const sorted = [...ids].sort();
  const slices: string[][] = [];
  for (let i = 0; i < sorted.length; i += LOOKUP_SLICE) slices.push(sorted.slice(i, i + LOOKUP_SLICE));
  let next = 0;
  let done = 0;
  // Each slice read is its own task for the window: no turn needs to be given in between.
  const lookUpSlices = async () => {
    for (let slice = slices[next++]; slice; slice = slices[next++]) {
      const wanted = new Set(slice);
      for (const r of await storedAmong(slice))
        if (r && wanted.has(r.id)) held.set(r.id, { hash: r.hash, author: r.author });
      done += slice.length;
      onProgress?.({ phase: 'compare', done, total: ids.length });
    }
  };
  await Promise.all(Array.from({ length: LOOKUPS_AT_ONCE }, lookUpSlices));
  return held;
}

/**
 * Stored entries looked up ahead of the plan, while the file is still being verified: the
 * lookup takes seconds for a large bundle, and so does verifying it. Only a finished plan
 * decides anything; a file refused meanwhile leaves the lookup unused.
 */
export type LookAhead = { readonly ids: ReadonlySet<string>; readonly held: Promise<HeldEntries> };

/** Starts looking up `ids` (those of entries that passed the schema; see readBundle onValidated). */
export function lookAhead(ids: readonly string[]): LookAhead {
  const held = heldEntries(ids);
  // Awaited by the plan, or dropped with a refused file: either way not an unhandled failure.
  held.catch(() => undefined);
  return { ids: new Set(ids), held };
}

/** The held entries the plan for `bundle` needs: those looked up ahead, and the rest now. */
async function heldFor(bundle: Bundle, onProgress?: ReceiveProgress, ahead?: LookAhead) {
  const rest = heldEntries(idsToLookUp(bundle.entries, bundle.delta?.previous, ahead?.ids), onProgress);
  if (!ahead) return rest;
  const [early, late] = await Promise.all([ahead.held, rest]);
  return late.size === 0 ? early : new Map([...early, ...late]);
}

/** The plan for `bundle` going to `target`, against what is stored here now. */
export async function planReceive(
  bundle: Bundle,
  agencyId: string,
  target: ReceiveTarget,
  onProgress?: ReceiveProgress,
  ahead?: LookAhead,
): Promise<IncomingPlan> {
  const held = await heldFor(bundle, onProgress, ahead);
  // Comparing 100,000 entries is tens of milliseconds: after a turn for the window.
  await nextTurn();
  if (target.kind === 'new') {
    return planIncoming(bundle, {
      agencyId,
      entries: held,
      caseEntries: [],
      persons: [],
      caseOwnerId: bundle.case.ownerAgency.id,
    });
  }
  const d = db();
  const caseRow = await d.cases.get(target.localCaseId);
  if (!caseRow) throw new RangeError('The case to receive into no longer exists');
  const ruleRows = await d.entries
    .where('[caseId+kind]')
    .anyOf(SHARE_RULE_KINDS.map((k) => [target.localCaseId, k]))
    .toArray();
  return planIncoming(bundle, {
    agencyId,
    entries: held,
    caseEntries: await Promise.all(ruleRows.map(openEntry)),
    persons: await listPersons(target.localCaseId),
    caseOwnerId: caseRow.ownerAgency.id,
  });
}

export type ReceiveContext = WriteContext & {
  readonly now: Instant;
  readonly actor: Actor;
  /** SHA-256 (hex) of the file's bytes, to know the same file again. */
  readonly fileDigest: string;
};

/** Person rows to add and to replace, sealed before the transaction. */
async function personRows(
  plan: IncomingPlan,
  localCaseId: string,
): Promise<{ add: PersonRowV3[]; replace: PersonRowV3[] }> {
  // A bundle carries a person's name, birth date, contacts and notes; what else this desktop
  // records about a person (IIN, aliases, safe contact) starts empty and is never overwritten.
  const add = await Promise.all(
    plan.persons.add.map(({ id, role, ...rest }) =>
      personRow(localCaseId, { ...EMPTY_PERSON_DETAILS, ...rest, role }, id as PersonId),
    ),
  );
  const replace: PersonRowV3[] = [];
  for (const u of plan.persons.update) {
    const row = await db().persons.get(u.id);
    if (!row) continue;
    const { role, ...values } = u.values;
    const current = personDetailsFrom(await codec().open<Record<string, unknown>>(row.sealed));
    replace.push(
      await personRow(localCaseId, { ...current, ...values, role: role ?? row.role }, row.id as PersonId),
    );
  }
  return { add, replace };
}

/** The received-bundle record. */
function shareRow(bundle: Bundle, plan: IncomingPlan, localCaseId: string, ctx: ReceiveContext): ShareRowV5 {
  return {
    id: bundle.bundleId,
    direction: 'received',
    caseId: localCaseId,
    partnerIds: [bundle.sender.agency.id],
    at: ctx.now,
    createdAt: bundle.createdAt,
    fileDigest: ctx.fileDigest,
    delta: bundle.delta !== null,
    encrypted: bundle.encrypted,
    entryIds: packIds(bundle.entries.map((e) => e.id)),
    counts: {
      entries: bundle.entries.length,
      fresh: plan.fresh.length,
      known: plan.known,
      conflicts: plan.conflicts.length,
      withheld: bundle.audience.withheld.entries,
    },
    conflictIds: plan.conflicts.map((c) => c.entry.id),
    actor: ctx.actor.name,
  };
}

/** Seals the new entries' rows, a slice at a time, with progress and a turn for the window between. */
async function sealRows(
  entries: readonly Entry[],
  localCaseId: string,
  onProgress?: ReceiveProgress,
): Promise<EntryRowV5[]> {
  const rows: EntryRowV5[] = [];
  const SLICE = 2_000;
  for (let i = 0; i < entries.length; i += SLICE) {
    const slice = entries.slice(i, i + SLICE);
    rows.push(...(await Promise.all(slice.map((e) => entryRow(e, false, localCaseId)))));
    onProgress?.({ phase: 'prepare', done: rows.length, total: entries.length });
    await nextTurn();
  }
  return rows;
}

/**
 * The summary facts of the local case with the entries of `parts` added. A case's summary
 * changes only with new entries: with none, not even its base is read. A new case has none yet.
 */
async function prepare(
  parts: ReadonlyMap<string, readonly Entry[]>,
  localCaseId: string,
  isNew: boolean,
): Promise<Map<string, Prepared>> {
  if (parts.size === 0) return new Map();
  const base = isNew ? { relevant: [], count: 0 } : await readBase(localCaseId);
  return prepareSummaries(parts, new Map([[localCaseId, base]]));
}

/** Thrown inside the transaction to abort it when another writer changed the case meanwhile. */
class StaleBase extends Error {}

/**
 * Takes `bundle` in: plans again against what is stored now (another window may have received
 * something since the preview), refuses with ReceiveRefusedError when the plan has a problem,
 * and otherwise writes everything in one transaction. Returns the local case and the plan
 * that was applied. Receiving the same bundle again stores nothing new. `ahead` is a lookup
 * started while the file was read, moments before: only a flow that merges straight after
 * reading passes one; a merge after a preview a person looked at plans afresh.
 */
export async function applyReceive(
  bundle: Bundle,
  target: ReceiveTarget,
  ctx: ReceiveContext,
  onProgress?: ReceiveProgress,
  ahead?: LookAhead,
): Promise<{ readonly localCaseId: CaseId; readonly plan: IncomingPlan }> {
  const plan = await planReceive(bundle, ctx.actor.agency.id, target, onProgress, ahead);
  if (plan.problem) throw new ReceiveRefusedError(plan.problem);
  const localCaseId = (target.kind === 'new' ? bundle.case.id : target.localCaseId) as CaseId;
  const parts = new Map<string, readonly Entry[]>(plan.fresh.length > 0 ? [[localCaseId, plan.fresh]] : []);
  const isNew = target.kind === 'new';
  // The summary's facts are computed (on a worker, for a large case) while the rows are sealed.
  let prepared = prepare(parts, localCaseId, isNew);
  // Awaited below; until then a failure must not count as unhandled.
  prepared.catch(() => undefined);
  const rows = await sealRows(plan.fresh, localCaseId, onProgress);
  const persons = await personRows(plan, localCaseId);
  const victim = bundle.persons.find((p) => p.role === 'victim');
  const newCase = isNew
    ? (
        await caseRows(
          {
            id: localCaseId,
            owner: bundle.case.ownerAgency,
            reference: target.reference,
            // Only the victim's name is read from this (the case header's); persons come from the plan.
            persons: victim
              ? [
                  {
                    ...EMPTY_PERSON_DETAILS,
                    role: 'victim',
                    name: victim.name,
                    birthDate: victim.birthDate,
                  } satisfies PersonInput,
                ]
              : [],
            demo: false,
            createdAt: bundle.case.createdAt,
          },
          ctx.actor,
        )
      ).caseRow
    : null;
  const links = linkRows(bundle.case, bundle.sender.agency, localCaseId, ctx.now);
  const share = shareRow(bundle, plan, localCaseId, ctx);
  const audit = [
    ...(newCase ? [auditRow(ctx.actor, ctx.now, 'case-created', localCaseId, newCase.reference)] : []),
    auditRow(
      ctx.actor,
      ctx.now,
      'share-received',
      localCaseId,
      `${bundle.bundleId} ${bundle.sender.agency.name}: ${plan.fresh.length} new, ${plan.known} known, ${plan.conflicts.length} conflicting`,
    ),
  ];
  const d = db();

  for (;;) {
    const ready = await prepared;
    try {
      const tables = [d.entries, d.cases, d.persons, d.caseLinks, d.shares, d.partners, d.audit];
      await d.transaction('rw', tables, async () => {
        if (newCase) await d.cases.add(newCase);
        if (persons.add.length > 0) await d.persons.bulkAdd(persons.add);
        if (persons.replace.length > 0) await d.persons.bulkPut(persons.replace);
        // A link or alias already recorded stays as it was first recorded.
        const knownLinks = await d.caseLinks.bulkGet(links.map((l) => l.key));
        const freshLinks = links.filter((_, i) => knownLinks[i] === undefined);
        if (freshLinks.length > 0) await d.caseLinks.bulkAdd(freshLinks);
        const stale = await storeEntries(d, parts, rows, ready, (n) =>
          onProgress?.({ phase: 'write', done: n, total: rows.length }),
        );
        if (stale !== null) throw new StaleBase();
        // The same bundle taken in again keeps its first record.
        if (!(await d.shares.get(share.id))) await d.shares.add(share);
        // The sender's name, kind and district as this signed bundle gives them: only with a merge.
        await refreshPartnerAgency(d, bundle.sender.agency, bundle.sender.fingerprint);
        await appendAudit(audit, d);
      });
      break;
    } catch (e) {
      if (!(e instanceof StaleBase)) throw e;
      prepared = prepare(parts, localCaseId, isNew);
    }
  }
  await casesChanged([localCaseId]);
  return { localCaseId, plan };
}
