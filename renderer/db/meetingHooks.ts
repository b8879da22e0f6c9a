/**
 * Live meetings for screens: rows watched by Dexie's liveQuery, decoded through the codec
 * outside the query (hooks.ts explains why).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AgencyRef } from '../../shared/domain/agencies';
import { actionRecordsOf } from '../../shared/domain/caseFacts';
import { effectiveEntries } from '../../shared/domain/timeline';
import type { Entry } from '../../shared/domain/types';
import { openEntry } from './entryRepo';
import { useDecoded } from './hooks';
import { db } from './db';
import { openMeetingRow, type StoredMeeting } from './meetingRepo';

/** Every meeting, newest day first; undefined while loading. */
export function useMeetings(): readonly StoredMeeting[] | undefined {
  const rows = useLiveQuery(() => db().meetings.orderBy('heldOn').reverse().toArray(), []);
  return useDecoded(rows, openMeetingRow);
}

/** One meeting; null when it does not exist, undefined while loading. */
export function useStoredMeeting(id: string): StoredMeeting | null | undefined {
  const row = useLiveQuery(async () => (await db().meetings.get(id)) ?? null, [id]);
  const rows = useMemo(() => (row ? [row] : row === null ? [] : undefined), [row]);
  const decoded = useDecoded(rows, openMeetingRow);
  if (row === null) return null;
  const found = decoded?.[0];
  // While a newer revision decodes, the previous one stays on screen (same meeting only).
  return found?.id === id ? found : undefined;
}

/**
 * What a list shows of an action: its wording, the owner agency by name (null on an entry
 * that holds only its kind), the named person, the meeting discussion that agreed it.
 */
export type ActionDetails = {
  readonly text: string;
  readonly ownerAgency: AgencyRef | null;
  readonly ownerPerson: string;
  readonly meetingEntryId: string | null;
};

/**
 * The current details of action entries, by original id, for the given cases. The stored case
 * summary holds no typed text, so lists across cases read it here, through the codec, with
 * corrections applied (caseFacts' actionRecordsOf: the one reading of an action's fields).
 */
export function useActionDetails(caseIds: readonly string[]): ReadonlyMap<string, ActionDetails> | undefined {
  const key = [...caseIds].sort().join(',');
  const rows = useLiveQuery(
    () =>
      key === ''
        ? []
        : db()
            .entries.where('[caseId+kind]')
            .anyOf(key.split(',').map((id) => [id, 'action-assigned']))
            .toArray(),
    [key],
  );
  const entries = useDecoded(rows, openEntry);
  return useMemo(() => {
    if (!entries) return undefined;
    const byCase = new Map<string, Entry[]>();
    for (const e of entries) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    const out = new Map<string, ActionDetails>();
    for (const list of byCase.values())
      for (const a of actionRecordsOf(effectiveEntries(list)))
        out.set(a.originalId, {
          text: a.text,
          ownerAgency: a.ownerAgencyRef,
          ownerPerson: a.ownerPerson,
          meetingEntryId: a.meetingEntryId,
        });
    return out;
  }, [entries]);
}
