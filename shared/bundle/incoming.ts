/**
 * What a verified bundle would change on this desktop, decided before anything is stored (the
 * receive preview, and the plan the merge then writes in one transaction):
 * - each entry is new, already here (same id, same hash), or a conflict (same id, another
 *   hash): a conflict is listed and never overwrites what is held;
 * - the bundle is refused, with nothing stored, when it was made for other agencies, carries an
 *   entry this agency may not hold, corrects or voids an entry in the name of an agency that did
 *   not write it, or is about a case that lists this agency as one that must never receive it;
 * - a delta that lists entries as sent before that this desktop does not hold (an earlier
 *   bundle never arrived) or holds otherwise is reported;
 * - persons are merged by id: one not held is added; for one held, the version of the agency
 *   that owns the case wins where it has a value (it replaces ours), anyone else's value only
 *   fills what we have empty. A key absent from the bundle was withheld, and an empty value is
 *   not knowledge: neither ever empties what we hold.
 */
import { calendarDateOf } from '../dates';
import type { AgencyRef } from '../domain/agencies';
import { isShareRuleKind, mustNotReceive } from '../domain/consent';
import { isForeignCorrection, mayHold } from '../domain/ownership';
import { effectiveEntries } from '../domain/timeline';
import type { Entry, Person, PersonRole } from '../domain/types';
import type { Bundle, BundlePerson, SentEntry } from './types';

/** Why a bundle that is a valid file is still not taken in. */
export type ReceiveProblem =
  /** It names its recipients and this agency is not among them. */
  | { readonly code: 'not-addressed'; readonly recipients: readonly AgencyRef[] }
  /** It carries an entry this agency may not hold (restricted to others, or internal). */
  | { readonly code: 'not-for-this-agency'; readonly entryId: string }
  /** It corrects or voids an entry in the name of another agency than the one that wrote it. */
  | {
      readonly code: 'foreign-correction';
      readonly entryId: string;
      readonly by: AgencyRef;
      readonly owner: AgencyRef;
    }
  /** The case lists this agency as one that must never receive it. */
  | { readonly code: 'must-not-receive' };

/** What this desktop holds that a plan is made against. */
export type Held = {
  /** This office's agency. */
  readonly agencyId: string;
  /**
   * Entries held here among the bundle's and those they correct (by id): enough to tell new,
   * known and conflicting, and whose entry a correction supersedes.
   */
  readonly entries: ReadonlyMap<string, Pick<Entry, 'hash' | 'author'>>;
  /** Every entry of the matched local case (empty for a new case): its must-never list counts too. */
  readonly caseEntries: readonly Entry[];
  readonly persons: readonly Person[];
  /** The agency that owns the case here (for a new case, the bundle's owner). */
  readonly caseOwnerId: string;
};

/** The person fields a bundle carries that this desktop keeps. */
export type PersonValues = {
  readonly role: PersonRole;
  readonly name: string;
  readonly birthDate: Person['birthDate'];
  readonly phone: string;
  readonly address: string;
  readonly notes: string;
};

export type PersonChanges = {
  readonly add: readonly (PersonValues & { readonly id: string })[];
  readonly update: readonly { readonly id: string; readonly values: Partial<PersonValues> }[];
  readonly unchanged: number;
};

export type IncomingPlan = {
  readonly problem: ReceiveProblem | null;
  /** Entries to store, in the bundle's order. */
  readonly fresh: readonly Entry[];
  /** Entries held already, identical. */
  readonly known: number;
  /** Same id as an entry held here, other content: listed, not stored. */
  readonly conflicts: readonly { readonly entry: Entry; readonly heldHash: string }[];
  /** Entries the sender lists as sent before that are not here: an earlier bundle never arrived. */
  readonly missing: readonly SentEntry[];
  /** Entries listed as sent before that are held here with other content. */
  readonly differing: readonly SentEntry[];
  readonly persons: PersonChanges;
};

/**
 * The ids a plan looks up among the entries held here: the entries', those they correct, and
 * those a delta lists as sent before; but none of `except` (those already looked up).
 */
export function idsToLookUp(
  entries: readonly Pick<Entry, 'id' | 'correction'>[],
  previous: readonly SentEntry[] = [],
  except: ReadonlySet<string> = new Set(),
): string[] {
  const ids = new Set<string>();
  for (const e of entries) {
    if (!except.has(e.id)) ids.add(e.id);
    const target = e.correction?.supersedes;
    if (target !== undefined && !except.has(target)) ids.add(target);
  }
  for (const p of previous) if (!except.has(p.id)) ids.add(p.id);
  return [...ids];
}

/** The first reason to refuse the bundle as a whole, or null. */
function problemOf(bundle: Bundle, held: Held): ReceiveProblem | null {
  const own = held.agencyId;
  if (bundle.recipients.length > 0 && !bundle.recipients.some((r) => r.id === own))
    return { code: 'not-addressed', recipients: bundle.recipients };
  const inBundle = new Map<string, Entry>(bundle.entries.map((e) => [e.id, e]));
  for (const e of bundle.entries) {
    if (!mayHold(e, own)) return { code: 'not-for-this-agency', entryId: e.id };
    const targetId = e.correction?.supersedes;
    const target =
      targetId === undefined ? undefined : (inBundle.get(targetId) ?? held.entries.get(targetId));
    if (target && isForeignCorrection(e, target))
      return { code: 'foreign-correction', entryId: e.id, by: e.author.agency, owner: target.author.agency };
  }
  // Only the must-never list and supervisors' overrides decide this (with their corrections):
  // resolving the whole timeline of a large bundle would hold the window for most of a second.
  const decides = (e: Entry) => isShareRuleKind(e.kind) || e.correction !== null;
  const all = new Map<string, Entry>(held.caseEntries.filter(decides).map((e) => [e.id, e]));
  for (const e of bundle.entries) if (decides(e) && !all.has(e.id)) all.set(e.id, e);
  if (mustNotReceive(effectiveEntries([...all.values()]), own, calendarDateOf(bundle.createdAt)))
    return { code: 'must-not-receive' };
  return null;
}

const TEXT_KEYS = ['phone', 'address', 'notes'] as const;

/** How the bundle's persons change what is held (see the module comment). */
export function personChanges(
  incoming: readonly BundlePerson[],
  local: readonly Person[],
  fromOwner: boolean,
): PersonChanges {
  const byId = new Map(local.map((p) => [p.id as string, p]));
  const add: (PersonValues & { id: string })[] = [];
  const update: { id: string; values: Partial<PersonValues> }[] = [];
  let unchanged = 0;
  for (const p of incoming) {
    const mine = byId.get(p.id);
    if (!mine) {
      add.push({
        id: p.id,
        role: p.role,
        name: p.name,
        birthDate: p.birthDate,
        phone: p.phone ?? '',
        address: p.address ?? '',
        notes: p.notes ?? '',
      });
      continue;
    }
    const values: { -readonly [K in keyof PersonValues]?: PersonValues[K] } = {};
    const take = <K extends keyof PersonValues>(key: K, value: PersonValues[K] | undefined) => {
      if (value === undefined || value === null || value === '' || value === mine[key]) return;
      const empty = mine[key] === '' || mine[key] === null;
      if (fromOwner || empty) values[key] = value;
    };
    if (fromOwner && p.role !== mine.role) values.role = p.role;
    take('name', p.name);
    take('birthDate', p.birthDate);
    for (const key of TEXT_KEYS) take(key, p[key]);
    if (Object.keys(values).length > 0) update.push({ id: p.id, values });
    else unchanged += 1;
  }
  return { add, update, unchanged };
}

/** The plan for taking in `bundle` on a desktop that holds `held`. */
export function planIncoming(bundle: Bundle, held: Held): IncomingPlan {
  const fresh: Entry[] = [];
  const conflicts: { entry: Entry; heldHash: string }[] = [];
  let known = 0;
  for (const e of bundle.entries) {
    const mine = held.entries.get(e.id);
    if (!mine) fresh.push(e);
    else if (mine.hash === e.hash) known += 1;
    else conflicts.push({ entry: e, heldHash: mine.hash });
  }
  const missing: SentEntry[] = [];
  const differing: SentEntry[] = [];
  for (const p of bundle.delta?.previous ?? []) {
    const mine = held.entries.get(p.id);
    if (!mine) missing.push(p);
    else if (mine.hash !== p.hash) differing.push(p);
  }
  return {
    problem: problemOf(bundle, held),
    fresh,
    known,
    conflicts,
    missing,
    differing,
    persons: personChanges(bundle.persons, held.persons, bundle.sender.agency.id === held.caseOwnerId),
  };
}
