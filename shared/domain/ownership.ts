/**
 * Whose entry is whose (DESIGN.md §3): an entry belongs to the agency that wrote it.
 * - Only that agency corrects or voids it; another agency answers with its own entry
 *   ('entry-response': disputed, or added information) that points to it.
 * - An entry internal to an agency exists only on that agency's desktops; an entry restricted to
 *   named agencies only on the desktops of its author and of the agencies it names.
 * The same rules decide what a form offers, what a bundle may carry, and what an import accepts.
 */
import type { AgencyRef } from './agencies';
import type { Entry } from './types';

/** True when `agencyId` wrote the entry, and so may correct or void it. */
export function mayCorrect(entry: Pick<Entry, 'author'>, agencyId: string): boolean {
  return entry.author.agency.id === agencyId;
}

/**
 * True when a desktop of `agencyId` may hold the entry: a shared entry anywhere, a restricted
 * one at its author and the agencies it names, an internal one at its author only.
 */
export function mayHold(entry: Pick<Entry, 'author' | 'confidentiality'>, agencyId: string): boolean {
  const c = entry.confidentiality;
  if (entry.author.agency.id === agencyId) return true;
  switch (c.level) {
    case 'shared':
      return true;
    case 'restricted':
      return c.agencies.some((a) => a.id === agencyId);
    case 'internal':
      return false;
  }
}

/** True when every one of `agencies` may hold the entry (what a bundle to them may carry). */
export function mayHoldAll(
  entry: Pick<Entry, 'author' | 'confidentiality'>,
  agencies: readonly Pick<AgencyRef, 'id'>[],
): boolean {
  return agencies.every((a) => mayHold(entry, a.id));
}

/**
 * True when `correction` supersedes an entry another agency wrote: a correction or void only
 * its author's agency may make. Every version of an entry is then by the same agency.
 */
export function isForeignCorrection(
  correction: Pick<Entry, 'author'>,
  target: Pick<Entry, 'author'>,
): boolean {
  return correction.author.agency.id !== target.author.agency.id;
}
