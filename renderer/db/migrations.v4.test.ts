/**
 * Schema v4 (case meetings) from the version before it: a database as schemas v1 and v2 declared
 * it, with a row in the `meetings` table that v1 declared and nothing wrote, opens with today's
 * CaselineDb; the row is kept with the new columns and reads as unreadable, every other row is
 * untouched, and new meetings are written and found through the new indexes.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { sealAuditRecord } from '../../shared/audit/chain';
import { addToAgenda } from '../../shared/domain/meeting';
import type { AuditId, CaseId } from '../../shared/ids';
import { createMeeting, getMeeting, lastMeetingOfCase, listMeetings, saveMeeting } from './meetingRepo';
import { V1_STORES } from './schema/v1';
import { upgradeToV2, V2_STORES } from './schema/v2';
import { ACTOR, CRISIS, fakeIdb, freshDb, POLICE, uniqueDbName } from './testDb.testkit';
import { SCHEMA_VERSION } from './db';

describe('a database written before schema v4', () => {
  it('upgrades its meetings table and keeps every row', async () => {
    const name = uniqueDbName();
    // Opened as the app of schema v2 did, with its own declarations.
    const v2 = new Dexie(name, fakeIdb);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    const old = { id: 'm-old', heldOn: '2024-03-05', sealed: JSON.stringify({ agenda: 'Case review' }) };
    const audit = sealAuditRecord(null, {
      id: '0190a000-0000-7000-8000-0000000000a1' as AuditId,
      at: '2024-03-05T10:00:00+05:00',
      caseId: null,
      action: 'demo-loaded',
      actor: 'A',
      agencyId: POLICE.id,
      detail: '',
    });
    await v2.transaction('rw', v2.tables, async () => {
      await v2.table('meetings').add(old);
      await v2.table('audit').add(audit);
    });
    v2.close();

    const d = freshDb(name);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
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
