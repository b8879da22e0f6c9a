/**
 * The deadlines page's filters: by the responsible agency and named person of an action, and by
 * the meeting that agreed it. An action's owner and meeting are known; other deadlines (a
 * measure expiring, a hearing) have neither, so a filter by owner or meeting shows actions only.
 */
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { DeadlineGroup, DeadlineRow } from './deadlineList';

export type DeadlineFilter = {
  /** An owner's key (ownerKey), or '' for any. */
  readonly owner: string;
  /** Text the named person contains (any case), '' for any. */
  readonly person: string;
  /** A meeting's id, 'none' for actions not from a meeting, '' for any. */
  readonly meeting: string;
};

export const NO_FILTER: DeadlineFilter = { owner: '', person: '', meeting: '' };

/** What the filters need to know of an action row. */
export type ActionFacts = {
  /** The owner agency the action's entry names; null when it holds only the kind (an older entry). */
  readonly ownerAgency: (sourceEntryId: string) => AgencyRef | null;
  readonly ownerPerson: (sourceEntryId: string) => string;
  readonly meetingOf: (sourceEntryId: string) => string | null;
};

/**
 * Which owner an action row is filtered by: the agency itself when its entry names it, so two
 * agencies of one kind are two owners; else the kind the stored summary holds.
 */
export function ownerKey(row: DeadlineRow, facts: Pick<ActionFacts, 'ownerAgency'>): string {
  const agency = facts.ownerAgency(row.item.sourceEntryId);
  return agency ? `agency:${agency.id}` : `kind:${row.item.label}`;
}

/** An owner the filter offers: its key, and the agency (null when only its kind is known). */
export type OwnerChoice = { readonly key: string; readonly agency: AgencyRef | null; readonly kind: string };

/** The owners of the action rows, each once, in the order first met. */
export function ownerChoices(
  groups: readonly DeadlineGroup[],
  facts: Pick<ActionFacts, 'ownerAgency'>,
): OwnerChoice[] {
  const out = new Map<string, OwnerChoice>();
  for (const g of groups)
    for (const r of g.rows) {
      if (r.item.kind !== 'action-due') continue;
      const key = ownerKey(r, facts);
      if (!out.has(key))
        out.set(key, { key, agency: facts.ownerAgency(r.item.sourceEntryId), kind: r.item.label });
    }
  return [...out.values()];
}

/** Whether a row passes the filters. */
export function passes(row: DeadlineRow, f: DeadlineFilter, facts: ActionFacts): boolean {
  if (f.owner === '' && f.person.trim() === '' && f.meeting === '') return true;
  if (row.item.kind !== 'action-due') return false;
  if (f.owner !== '' && ownerKey(row, facts) !== f.owner) return false;
  const person = f.person.trim().toLocaleLowerCase();
  if (person !== '' && !facts.ownerPerson(row.item.sourceEntryId).toLocaleLowerCase().includes(person))
    return false;
  if (f.meeting !== '') {
    const m = facts.meetingOf(row.item.sourceEntryId);
    if (f.meeting === 'none' ? m !== null : m !== f.meeting) return false;
  }
  return true;
}

/** The groups with only the rows that pass; empty groups dropped. */
export function filterGroups(
  groups: readonly DeadlineGroup[],
  f: DeadlineFilter,
  facts: ActionFacts,
): DeadlineGroup[] {
  return groups
    .map((g) => ({ key: g.key, rows: g.rows.filter((r) => passes(r, f, facts)) }))
    .filter((g) => g.rows.length > 0);
}
