import { describe, expect, it } from 'vitest';
import { exportDetail, recordExport } from './exportLog';
import { ACTOR, CRISIS, freshDb, NOW } from './testDb.testkit';

describe('the audit of exports', () => {
  it('records who, what, for whom, in which language and to which file, once per case', async () => {
    const d = freshDb();
    await recordExport(
      ['c1', 'c2'],
      {
        what: 'meeting-pack',
        format: 'pdf',
        audience: { kind: 'agency', agency: CRISIS },
        language: 'kk',
        file: '/home/u/Совещания/материалы_2026-03-12.pdf',
        meetingId: 'm1',
      },
      NOW,
      ACTOR,
    );
    const rows = await d.audit.toArray();
    expect(rows.map((r) => [r.caseId, r.action, r.actor, r.agencyId, r.at])).toEqual([
      ['c1', 'export', ACTOR.name, ACTOR.agency.id, NOW],
      ['c2', 'export', ACTOR.name, ACTOR.agency.id, NOW],
    ]);
    // The file's name, never its folder (which can name a person's home).
    expect(rows[0]!.detail).toBe(
      'what=meeting-pack; format=pdf; audience=agency:Кризисный центр; language=kk; file=материалы_2026-03-12.pdf; meeting=m1',
    );
  });

  it('keeps a case summary as a print of that case, and a list export without a case as one row', async () => {
    const d = freshDb();
    await recordExport(
      ['c1'],
      { what: 'case-summary', format: 'printer', audience: { kind: 'meeting' }, language: 'ru', file: null },
      NOW,
      ACTOR,
    );
    await recordExport(
      [],
      { what: 'calendar', format: 'ics', audience: { kind: 'own' }, language: 'ru', file: 'C:\\Docs\\x.ics' },
      NOW,
      ACTOR,
    );
    expect((await d.audit.toArray()).map((r) => [r.caseId, r.action, r.detail])).toEqual([
      ['c1', 'case-printed', 'what=case-summary; format=printer; audience=meeting; language=ru'],
      [null, 'export', 'what=calendar; format=ics; audience=own; language=ru; file=x.ics'],
    ]);
    expect(
      exportDetail({
        what: 'chronology',
        format: 'csv',
        audience: { kind: 'partners' },
        language: 'en',
        file: null,
      }),
    ).toBe('what=chronology; format=csv; audience=partners; language=en');
  });
});
