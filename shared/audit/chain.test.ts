import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../domain/canonical';
import type { AgencyId, AuditId, CaseId } from '../ids';
import { AUDIT_ACTIONS } from './actions';
import {
  auditRecordHash,
  canonicalAuditJson,
  GENESIS_HASH,
  sealAuditRecord,
  type AuditEvent,
  type AuditRecord,
} from './chain';

const AGENCY = '0190e3a1-0000-7000-8000-0000000000aa' as AgencyId;
const CASE = '0190e3a1-0000-7000-8000-0000000000cc' as CaseId;

function event(n: number, over: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `0190e3a1-0000-7000-8000-${n.toString(16).padStart(12, '0')}` as AuditId,
    at: '2024-02-29T23:30:00+06:00',
    actor: 'Әлия Сейтқали',
    agencyId: AGENCY,
    action: 'case-viewed',
    caseId: CASE,
    detail: 'ҚР-2024/015',
    ...over,
  };
}

function withoutHash(record: AuditRecord): Omit<AuditRecord, 'hash'> {
  const { hash: _hash, ...rest } = record;
  return rest;
}

describe('sealAuditRecord', () => {
  it('starts a chain at seq 1 with the genesis previous hash', () => {
    const first = sealAuditRecord(null, event(1));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe(GENESIS_HASH);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links each record to the one before it by number and hash', () => {
    const first = sealAuditRecord(null, event(1));
    const second = sealAuditRecord(
      first,
      event(2, { action: 'export', caseId: null, detail: 'CSV, all partners' }),
    );
    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(second.caseId).toBeNull();
  });

  it('hashes the same SHA-256 of the same canonical JSON as the entries do (canonical.ts)', async () => {
    const record = sealAuditRecord(sealAuditRecord(null, event(1)), event(2));
    expect(record.hash).toBe(await sha256Hex(canonicalJson(withoutHash(record))));
  });

  it('writes exactly canonicalJson’s text for any record', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    fc.assert(
      fc.property(
        fc.record({
          id: text,
          at: text,
          actor: text,
          agencyId: text,
          action: fc.constantFrom(...AUDIT_ACTIONS),
          caseId: fc.option(text, { nil: null }),
          detail: text,
          seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          prevHash: text,
        }),
        (record) => {
          const typed = record as Omit<AuditRecord, 'hash'>;
          expect(canonicalAuditJson(typed)).toBe(canonicalJson(record));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a different hash for any change to a field', () => {
    const record = withoutHash(sealAuditRecord(null, event(1)));
    const base = auditRecordHash(record);
    expect(auditRecordHash({ ...record, detail: 'ҚР-2024/016' })).not.toBe(base);
    expect(auditRecordHash({ ...record, caseId: null })).not.toBe(base);
    expect(auditRecordHash({ ...record, seq: 2 })).not.toBe(base);
    expect(auditRecordHash({ ...record, at: '2024-02-29T23:31:00+06:00' })).not.toBe(base);
  });

  it.each<[string, AuditEvent]>([
    ['an id that is not a UUID', event(1, { id: 'x' as AuditId })],
    ['a time without offset', event(1, { at: '2024-02-29T23:30:00' })],
    ['an unknown action', event(1, { action: 'delete-everything' as AuditEvent['action'] })],
  ])('refuses %s', (_name, bad) => {
    expect(() => sealAuditRecord(null, bad)).toThrow(RangeError);
  });

  it('refuses to append after a link that is not one', () => {
    expect(() => sealAuditRecord({ seq: 0, hash: GENESIS_HASH }, event(1))).toThrow(RangeError);
    expect(() => sealAuditRecord({ seq: 3, hash: 'abc' }, event(1))).toThrow(RangeError);
  });
});
