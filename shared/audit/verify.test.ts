import { describe, expect, it } from 'vitest';
import type { AgencyId, AuditId, CaseId } from '../ids';
import { AUDIT_ACTIONS } from './actions';
import { auditRecordHash, sealAuditRecord, type AuditRecord, type ChainLink } from './chain';
import { verifyChain } from './verify';

const AGENCY = '0190e3a1-0000-7000-8000-0000000000aa' as AgencyId;
const CASE = '0190e3a1-0000-7000-8000-0000000000cc' as CaseId;

function chain(length: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let previous: ChainLink | null = null;
  for (let n = 1; n <= length; n++) {
    const record = sealAuditRecord(previous, {
      id: `0190e3a1-0000-7000-8000-${n.toString(16).padStart(12, '0')}` as AuditId,
      at: '2024-03-01T09:00:00+05:00',
      actor: 'Нұрлан Ғабитов',
      agencyId: AGENCY,
      action: AUDIT_ACTIONS[n % AUDIT_ACTIONS.length] ?? 'case-viewed',
      caseId: n % 3 === 0 ? null : CASE,
      detail: `запись ${n}`,
    });
    records.push(record);
    previous = record;
  }
  return records;
}

/** The record at `index` with fields changed and its own hash recomputed, as a careful forger would. */
function forged(records: readonly AuditRecord[], index: number, change: Partial<AuditRecord>): AuditRecord {
  const { hash: _hash, ...rest } = { ...(records[index] as AuditRecord), ...change };
  return { ...rest, hash: auditRecordHash(rest) };
}

function replaced(records: readonly AuditRecord[], index: number, record: AuditRecord): AuditRecord[] {
  return records.map((r, i) => (i === index ? record : r));
}

describe('verifyChain', () => {
  it('accepts an intact chain and returns its newest link', () => {
    const records = chain(6);
    expect(verifyChain(records)).toEqual({ ok: true, count: 6, last: { seq: 6, hash: records[5]?.hash } });
  });

  it('accepts an empty chain', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, last: null });
  });

  it('finds a record whose content was altered, at that record', () => {
    const records = chain(6);
    const tampered = replaced(records, 2, { ...(records[2] as AuditRecord), detail: 'nothing to see' });
    expect(verifyChain(tampered)).toMatchObject({
      ok: false,
      reason: 'altered',
      index: 2,
      id: records[2]?.id,
      seq: 3,
      expectedSeq: 3,
    });
  });

  it('finds an altered sequence number as an alteration, not a gap', () => {
    const records = chain(6);
    const tampered = replaced(records, 3, { ...(records[3] as AuditRecord), seq: 40 });
    expect(verifyChain(tampered)).toMatchObject({ ok: false, reason: 'altered', index: 3 });
  });

  it('finds a record altered and re-hashed at the next link', () => {
    const records = chain(6);
    const tampered = replaced(records, 2, forged(records, 2, { actor: 'someone else' }));
    expect(verifyChain(tampered)).toMatchObject({
      ok: false,
      reason: 'wrong-previous-hash',
      index: 3,
      id: records[3]?.id,
      seq: 4,
    });
  });

  it('finds a removed record at the record after the gap', () => {
    const records = chain(6);
    const tampered = records.filter((_, i) => i !== 2);
    expect(verifyChain(tampered)).toMatchObject({
      ok: false,
      reason: 'missing',
      index: 2,
      id: records[3]?.id,
      seq: 4,
      expectedSeq: 3,
    });
  });

  it('finds the first record removed: the chain must start at seq 1', () => {
    const records = chain(4);
    expect(verifyChain(records.slice(1))).toMatchObject({
      ok: false,
      reason: 'missing',
      index: 0,
      expectedSeq: 1,
    });
  });

  it('finds a removed record even when the ones after it were renumbered and re-hashed', () => {
    const records = chain(5);
    const renumbered = [records[0], records[1], forged(records, 3, { seq: 3 })] as AuditRecord[];
    expect(verifyChain(renumbered)).toMatchObject({ ok: false, reason: 'wrong-previous-hash', index: 2 });
  });

  it('finds two records swapped as reordered, at the first out of place', () => {
    const records = chain(6);
    const swapped = [records[0], records[1], records[3], records[2], records[4], records[5]] as AuditRecord[];
    expect(verifyChain(swapped)).toMatchObject({
      ok: false,
      reason: 'reordered',
      index: 2,
      id: records[3]?.id,
      seq: 4,
      expectedSeq: 3,
    });
  });

  it('finds a record inserted again (replayed) as a duplicate', () => {
    const records = chain(5);
    const replayed = [...records.slice(0, 4), records[2], records[4]] as AuditRecord[];
    expect(verifyChain(replayed)).toMatchObject({
      ok: false,
      reason: 'duplicate',
      index: 4,
      seq: 3,
      expectedSeq: 5,
    });
  });

  it('finds a genesis record that does not point at the genesis hash', () => {
    const records = chain(3);
    const tampered = replaced(records, 0, forged(records, 0, { prevHash: 'f'.repeat(64) }));
    expect(verifyChain(tampered)).toMatchObject({ ok: false, reason: 'wrong-previous-hash', index: 0 });
  });

  it.each<[string, (r: AuditRecord) => unknown]>([
    ['a missing field', ({ detail: _d, ...rest }) => rest],
    ['an extra field', (r) => ({ ...r, note: 'x' })],
    ['a number as text', (r) => ({ ...r, seq: String(r.seq) })],
    ['a malformed hash', (r) => ({ ...r, hash: r.hash.toUpperCase() })],
    ['not an object', () => 'record'],
  ])('finds a record with %s as malformed', (_name, spoil) => {
    const records = chain(4);
    const tampered = replaced(records, 1, spoil(records[1] as AuditRecord) as AuditRecord);
    expect(verifyChain(tampered)).toMatchObject({ ok: false, reason: 'malformed', index: 1 });
  });

  it('with the newest link kept elsewhere, finds the last records removed', () => {
    const records = chain(6);
    const head = { seq: 6, hash: records[5]?.hash ?? '' };
    expect(verifyChain(records, { head })).toMatchObject({ ok: true });
    expect(verifyChain(records.slice(0, 4), { head })).toEqual({
      ok: false,
      reason: 'missing-at-end',
      index: 4,
      id: null,
      seq: null,
      expectedSeq: 5,
    });
    expect(verifyChain([], { head })).toMatchObject({
      ok: false,
      reason: 'missing-at-end',
      index: 0,
      expectedSeq: 1,
    });
  });

  it('with the newest link kept elsewhere, finds the newest record replaced by a re-sealed one', () => {
    const records = chain(6);
    const head = { seq: 6, hash: records[5]?.hash ?? '' };
    const tampered = replaced(records, 5, forged(records, 5, { detail: 'rewritten' }));
    expect(verifyChain(tampered, { head })).toMatchObject({
      ok: false,
      reason: 'head-mismatch',
      index: 5,
      seq: 6,
    });
  });

  it('accepts records written after the newest link was kept', () => {
    const records = chain(6);
    expect(verifyChain(records, { head: { seq: 4, hash: records[3]?.hash ?? '' } })).toMatchObject({
      ok: true,
    });
  });

  it('verifies page by page, continuing from the last link of the page before', () => {
    const records = chain(7);
    const first = verifyChain(records.slice(0, 3));
    if (!first.ok) throw new Error('the first page is intact');
    expect(verifyChain(records.slice(3), { after: first.last })).toMatchObject({ ok: true, count: 4 });
    const tampered = replaced(records, 5, { ...(records[5] as AuditRecord), detail: 'x' });
    expect(verifyChain(tampered.slice(3), { after: first.last })).toMatchObject({
      ok: false,
      reason: 'altered',
      index: 2,
      seq: 6,
    });
  });

  it('verifies a chain of 100,000 records', async ({ annotate }) => {
    const records = chain(100_000);
    const started = performance.now();
    const verdict = verifyChain(records);
    const ms = performance.now() - started;
    expect(verdict).toMatchObject({ ok: true, count: 100_000, last: { seq: 100_000 } });
    // A figure for the report, not a timed assertion: it depends on the machine.
    await annotate(`verified 100,000 records in ${ms.toFixed(0)} ms`);
    const tampered = replaced(records, 99_998, { ...(records[99_998] as AuditRecord), detail: 'x' });
    expect(verifyChain(tampered)).toMatchObject({ ok: false, reason: 'altered', index: 99_998 });
    // Building and verifying twice takes seconds on a busy machine; the limit is generous on purpose.
  }, 60_000);
});
