/**
 * What a bundle to some partners carries, decided from the case as this desktop holds it:
 * - every version of every entry (originals, corrections, voids) that each recipient may hold
 *   (ownership.ts): never an internal entry, a restricted one only when it names every
 *   recipient or one of them wrote it;
 * - an entry holding a sensitive field (a shelter's name) only when the victim's consent covers
 *   contacts and addresses. An entry is immutable and its hash is its identity, so it is sent
 *   whole or not at all: cutting a field out would make a second entry with the same id;
 * - persons whole, with phone, address and notes only when consent covers contacts (absent
 *   keys mean "withheld", not "empty");
 * - for a delta, only what the recipients are not known to hold (`held`), the rest listed in
 *   `previous` so references to it resolve and the receiver can tell if something never came.
 * The ids of what was withheld go to buildBundle, which names those that sent entries refer to.
 */
import type { AgencyRef } from '../domain/agencies';
import { KIND_FIELDS } from '../domain/entryKinds';
import { mayHoldAll } from '../domain/ownership';
import type { Entry, Person } from '../domain/types';
import type { EntryId } from '../ids';
import type { BundlePerson, SentEntry } from './types';

export type WithheldReason = 'internal' | 'restricted' | 'sensitive';

export type OutgoingInput = {
  /** Every entry of the case on this desktop, all versions. */
  readonly entries: readonly Entry[];
  readonly persons: readonly Person[];
  readonly recipients: readonly AgencyRef[];
  /** Whether contacts, addresses and sensitive fields may go (consent covers them for every recipient). */
  readonly contacts: boolean;
  /** Entries every recipient is known to hold, by id with the hash held: a delta. Null: a full bundle. */
  readonly held: ReadonlyMap<string, string> | null;
};

export type Outgoing = {
  readonly entries: readonly Entry[];
  /** Ids of entries left out for this audience (not those the recipients already hold). */
  readonly withheldIds: readonly string[];
  readonly withheld: Readonly<Record<WithheldReason, number>>;
  /** Entries left out of a delta because the recipients hold them already. */
  readonly alreadyHeld: number;
  readonly previous: readonly SentEntry[];
  readonly persons: readonly BundlePerson[];
  readonly contactsRemoved: boolean;
};

/** True when the entry holds a value in a field marked sensitive (a shelter's name). */
export function hasSensitiveValue(entry: Entry): boolean {
  return KIND_FIELDS[entry.kind].some((f) => {
    if (f.type !== 'text' || f.sensitive !== true) return false;
    const v = entry.fields[f.key];
    return typeof v === 'string' && v !== '';
  });
}

/** Why an entry may not go to the recipients, or null when it may. */
export function withheldReason(
  entry: Entry,
  recipients: readonly AgencyRef[],
  contacts: boolean,
): WithheldReason | null {
  if (!mayHoldAll(entry, recipients))
    return entry.confidentiality.level === 'internal' ? 'internal' : 'restricted';
  if (!contacts && hasSensitiveValue(entry)) return 'sensitive';
  return null;
}

/** A person as the recipients may have them. */
export function outgoingPerson(p: Person, contacts: boolean): BundlePerson {
  const base = { id: p.id, role: p.role, name: p.name, birthDate: p.birthDate };
  return contacts ? { ...base, phone: p.phone, address: p.address, notes: p.notes } : base;
}

/** What goes in a bundle to `recipients` (see the module comment). */
export function outgoing(input: OutgoingInput): Outgoing {
  const sent: Entry[] = [];
  const withheldIds: string[] = [];
  const withheld: Record<WithheldReason, number> = { internal: 0, restricted: 0, sensitive: 0 };
  let alreadyHeld = 0;
  for (const e of input.entries) {
    const reason = withheldReason(e, input.recipients, input.contacts);
    if (reason) {
      withheld[reason] += 1;
      withheldIds.push(e.id);
    } else if (input.held?.get(e.id) === e.hash) alreadyHeld += 1;
    else sent.push(e);
  }
  // An entry sent now is not also listed as sent before (an id appears once in a bundle).
  const sentIds = new Set<string>(sent.map((e) => e.id));
  const previous: SentEntry[] = [];
  for (const [id, hash] of input.held ?? []) if (!sentIds.has(id)) previous.push({ id: id as EntryId, hash });
  return {
    entries: sent,
    withheldIds,
    withheld,
    alreadyHeld,
    previous,
    persons: input.persons.map((p) => outgoingPerson(p, input.contacts)),
    contactsRemoved: !input.contacts,
  };
}
