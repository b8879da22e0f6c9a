/**
 * Who a printed or exported document is for, and what each audience may read (DESIGN.md §5).
 * Redaction is decided here, once, so every export applies the same rules:
 * - own agency: everything on this desktop;
 * - all case partners / the case meeting: shared entries only; no contacts, address, IIN or
 *   notes of any person (person.ts: fields not `shared`), no sensitive entry fields (a shelter's
 *   name or location);
 * - a named agency: shared entries, restricted entries that name that agency, and restricted
 *   entries that agency wrote itself; the same removal of contacts, addresses and sensitive
 *   fields.
 * Internal entries never leave the agency. Corrections are applied before redaction, so a
 * correction to a shared entry that was itself marked internal keeps the internal text out.
 */
import type { AgencyRef } from './agencies';
import { KIND_FIELDS } from './entryKinds';
import { withoutUnsharedDetails } from './person';
import type { EffectiveEntry } from './timeline';
import type { Entry, Person } from './types';

export const AUDIENCE_KINDS = ['own', 'partners', 'agency', 'meeting'] as const;
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

export type Audience =
  { readonly kind: 'own' | 'partners' | 'meeting' } | { readonly kind: 'agency'; readonly agency: AgencyRef };

export function mayRead(audience: Audience, entry: Entry): boolean {
  const c = entry.confidentiality;
  if (audience.kind === 'own') return true;
  if (c.level === 'shared') return true;
  if (c.level === 'restricted' && audience.kind === 'agency')
    return (
      entry.author.agency.id === audience.agency.id || c.agencies.some((a) => a.id === audience.agency.id)
    );
  return false;
}

/** Drops the kind-specific fields marked sensitive for audiences outside the agency. */
function withoutSensitiveFields(entry: Entry): Entry {
  const sensitive = KIND_FIELDS[entry.kind].filter((f) => f.type === 'text' && f.sensitive === true);
  if (sensitive.length === 0) return entry;
  const fields = { ...entry.fields };
  for (const f of sensitive) delete fields[f.key];
  return { ...entry, fields };
}

export type Redacted = {
  readonly entries: readonly EffectiveEntry[];
  readonly persons: readonly Person[];
  /** How many entries this audience may not read were left out, so the document can say so. */
  readonly withheld: number;
  /** Of those, how many are internal to this agency and how many restricted to other agencies. */
  readonly withheldInternal: number;
  readonly withheldRestricted: number;
  /** Entries the audience may read that the person printing chose to leave out of this document. */
  readonly leftOut: number;
  /** Whether contacts, addresses and sensitive fields were removed. */
  readonly contactsRemoved: boolean;
};

/**
 * What `audience` may read of a case. `leaveOut` names entries (by original id) the person
 * printing chose to leave out of this one document, typically a shared narrative that quotes
 * something redaction cannot find in free text; they are counted apart from what the audience
 * may not read.
 */
export function redactFor(
  audience: Audience,
  entries: readonly EffectiveEntry[],
  persons: readonly Person[],
  leaveOut: ReadonlySet<string> = new Set(),
): Redacted {
  const chosen = entries.filter((e) => !leaveOut.has(e.originalId));
  const leftOut = entries.length - chosen.length;
  if (audience.kind === 'own')
    return {
      entries: chosen,
      persons,
      withheld: 0,
      withheldInternal: 0,
      withheldRestricted: 0,
      leftOut,
      contactsRemoved: false,
    };
  const kept: EffectiveEntry[] = [];
  let withheldInternal = 0;
  let withheldRestricted = 0;
  for (const e of chosen) {
    if (mayRead(audience, e.entry)) kept.push(e);
    else if (e.entry.confidentiality.level === 'internal') withheldInternal++;
    else withheldRestricted++;
  }
  return {
    entries: kept.map((e) => ({ originalId: e.originalId, entry: withoutSensitiveFields(e.entry) })),
    persons: persons.map(withoutUnsharedDetails),
    withheld: withheldInternal + withheldRestricted,
    withheldInternal,
    withheldRestricted,
    leftOut,
    contactsRemoved: true,
  };
}
