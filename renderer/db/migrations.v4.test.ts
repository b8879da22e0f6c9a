/**
 * Schema v4 (case meetings) from the version before it: a database as schema v1 declared it,
 * with a row in the `meetings` table that v1 declared and nothing wrote, opens with today's
 * CaselineDb; the row is kept with the new columns and reads as unreadable, every other row is
 * untouched, and new meetings are written and found through the new indexes.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { V1_STORES } from './schema/v1';
import { createMeeting, getMeeting, lastMeetingOfCase, listMeetings, saveMeeting } from './meetingRepo';
import { addToAgenda } from '../../shared/domain/meeting';
import type { CaseId } from '../../shared/ids';
import { ACTOR, CRISIS, fakeIdb, freshDb, POLICE, uniqueDbName } from './testDb.testkit';

describe('a database written before schema v4', () => {
  it('upgrades its meetings table and keeps every row', async () => {
    const name = uniqueDbName();
    const v1 = new Dexie(name, fakeIdb);
    v1.version(1).stores(V1_STORES);
    const old = { id: 'm-old', heldOn: '2024-03-05', sealed: JSON.stringify({ agenda: 'Case review' }) };
    const audit = {
      id: 'au1',
      at: '2024-03-05T10:00:00+05:00',
      caseId: null,
      action: 'demo-loaded',
      actor: 'A',
      agencyId: 'x',
      detail: '',
    };
    await v1.transaction('rw', v1.tables, async () => {
      await v1.table('meetings').add(old);
      await v1.table('audit').add(audit);
    });
    v1.close();

    const d = freshDb(name);
    await d.open();
    expect(d.verno).toBe(4);
    expect(await d.meetings.toArray()).toEqual([{ ...old, status: 'planned', caseIds: [], rev: 0 }]);
    expect(await d.audit.toArray()).toEqual([audit]);
    expect(await getMeeting('m-old')).toMatchObject({ id: 'm-old', meeting: null, unwritten: 0 });

    const m = await createMeeting(
      { heldOn: '2024-03-19', startsAt: '', place: '', chair: POLICE, invited: [CRISIS] },
      ACTOR,
      '2024-03-06T09:00:00+05:00',
    );
    await saveMeeting(
      { ...m, ...addToAgenda(m, [{ caseId: 'c1' as CaseId, reference: 'A', reasons: [] }]) },
      1,
    );
    expect((await listMeetings()).map((x) => x.id)).toEqual([m.id, 'm-old']);
    expect((await lastMeetingOfCase('c1', '2024-12-31'))?.id).toBe(m.id);
    expect(await d.meetings.where('status').equals('planned').count()).toBe(2);
  });
});
