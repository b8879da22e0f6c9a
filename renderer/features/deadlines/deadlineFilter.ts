/**
 * The deadlines page's filters: by the responsible agency and named person of an action, and by
 * the meeting that agreed it. An action's owner and meeting are known; other deadlines (a
 * measure expiring, a hearing) have neither, so a filter by owner or meeting shows actions only.
 */
import type { DeadlineGroup, DeadlineRow } from './deadlineList';

export type DeadlineFilter = {
  /** An agency kind, or '' for any. */
  readonly owner: string;
  /** Text the named person contains (any case), '' for any. */
  readonly person: string;
  /** A meeting's id, 'none' for actions not from a meeting, '' for any. */
  readonly meeting: string;
};

export const NO_FILTER: DeadlineFilter = { owner: '', person: '', meeting: '' };

/** What the filters need to know of an action row. */
export type ActionFacts = {
  readonly ownerPerson: (sourceEntryId: string) => string;
  readonly meetingOf: (sourceEntryId: string) => string | null;
};

/** Whether a row passes the filters. */
export function passes(row: DeadlineRow, f: DeadlineFilter, facts: ActionFacts): boolean {
  if (f.owner === '' && f.person.trim() === '' && f.meeting === '') return true;
  if (row.item.kind !== 'action-due') return false;
  if (f.owner !== '' && row.item.label !== f.owner) return false;
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
