/**
 * Live meetings for screens: rows watched by Dexie's liveQuery, decoded through the codec
 * outside the query (hooks.ts explains why).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
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
