/** Builders for domain tests: small entries with only what a test cares about. */
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { AgencyKind } from './agencies';
import type { EntryKind } from './entryKinds';
import type { CaseSummary, Entry, FieldValue } from './types';

let seq = 0;

export function testEntry(
  kind: EntryKind,
  fields: Record<string, FieldValue> = {},
  opts: { id?: string; at?: string; agencyKind?: AgencyKind } = {},
): Entry {
  seq++;
  const agencyKind = opts.agencyKind ?? 'police';
  return {
    id: (opts.id ?? `e${seq}`) as EntryId,
    caseId: 'c' as CaseId,
    kind,
    occurredAt: opts.at ?? '2026-01-10T10:00:00+05:00',
    recordedAt: '2026-01-10T10:00:00+05:00',
    author: { name: 'Staff', agency: { id: agencyKind as AgencyId, name: agencyKind, kind: agencyKind } },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: '',
    fields,
    correction: null,
    hash: '',
  };
}

export function eff(entries: readonly Entry[]): { originalId: string; entry: Entry }[] {
  return entries.map((entry) => ({ originalId: entry.id, entry }));
}

/** The summary of a case with nothing on it yet, created on 1 January 2026; `over` fills in the rest. */
export function testSummary(over: Partial<CaseSummary> = {}): CaseSummary {
  return {
    riskLevel: null,
    lastAssessmentAt: null,
    measures: [],
    deadlines: [],
    openActions: 0,
    lastActivityAt: '2026-01-01T10:00:00+05:00',
    lastContactAt: null,
    agencies: [],
    entryCount: 0,
    ...over,
  };
}
