import { describe, expect, it } from 'vitest';
import { sealAuditRecord, type AuditRecord } from '../../../shared/audit/chain';
import type { AuditAction } from '../../../shared/audit/actions';
import type { AgencyId, AuditId, CaseId } from '../../../shared/ids';
import { uuidv7 } from '../../../shared/ids';
import { actorsOf, filterAudit, NO_FILTER } from './auditFilter';

const CASE_A = uuidv7() as CaseId;
const CASE_B = uuidv7() as CaseId;
const refs = new Map([
  [CASE_A, 'POL-2026-0001'],
  [CASE_B, 'CC-2026-0042'],
]);

function chain(events: [string, string, AuditAction, CaseId | null][]): AuditRecord[] {
  let last: AuditRecord | null = null;
  return events.map(([at, actor, action, caseId]) => {
    last = sealAuditRecord(last, {
      id: uuidv7() as AuditId,
      at,
      actor,
      agencyId: uuidv7() as AgencyId,
      action,
      caseId,
      detail: '',
    });
    return last;
  });
}

const LOG = chain([
  ['2026-02-28T23:30:00+05:00', 'Aigerim', 'sign-in', null],
  ['2026-03-01T09:00:00+05:00', 'Aigerim', 'case-viewed', CASE_A],
  ['2026-03-01T10:00:00+05:00', 'Dana', 'entry-added', CASE_A],
  ['2026-03-02T00:00:00+05:00', 'Dana', 'case-viewed', CASE_B],
  ['2026-03-03T08:00:00+05:00', 'Dana', 'unlock-failed', null],
]);
const seqs = (rs: AuditRecord[]) => rs.map((r) => r.seq);

describe('filterAudit', () => {
  it('shows everything, newest first, with no filter', () => {
    expect(seqs(filterAudit(LOG, NO_FILTER, refs))).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters by person, action and case reference (any part, any case)', () => {
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, actor: 'Dana' }, refs))).toEqual([5, 4, 3]);
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, action: 'case-viewed' }, refs))).toEqual([4, 2]);
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, caseText: 'pol-2026' }, refs))).toEqual([3, 2]);
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, caseText: '0042', actor: 'Aigerim' }, refs))).toEqual([]);
  });

  it('takes both date bounds inclusively, on the day as it was recorded', () => {
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, from: '2026-03-01', to: '2026-03-01' }, refs))).toEqual([
      3, 2,
    ]);
    // 23:30 on 28 February stays on 28 February; midnight on 2 March is 2 March.
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, to: '2026-02-28' }, refs))).toEqual([1]);
    expect(seqs(filterAudit(LOG, { ...NO_FILTER, from: '2026-03-02' }, refs))).toEqual([5, 4]);
  });

  it('lists everyone named once', () => {
    expect(actorsOf(LOG, new Intl.Collator('en'))).toEqual(['Aigerim', 'Dana']);
  });
});
