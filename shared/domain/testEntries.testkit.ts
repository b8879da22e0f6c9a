/** Builders for domain tests: small entries with only what a test cares about. */
import { demoDraft, generateDemo } from '../demo/generator';
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { AgencyKind } from './agencies';
import type { EntryKind } from './entryKinds';
import { isSummaryKind } from './summary';
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

/** The entries of SUMMARY_KINDS of one long demo case of `count` entries (a police case). */
export function longCaseSummaryEntries(count: number, seed: number): Entry[] {
  const home = { id: 'home' as AgencyId, name: 'Полиция', kind: 'police' as const };
  const [c] = generateDemo({
    seed,
    cases: 1,
    entriesPerCase: count,
    today: '2026-11-30',
    now: '2026-11-30T10:00:00+05:00',
    home,
  });
  const ids = c!.entries.map((_, i) => `e${String(i).padStart(6, '0')}`);
  return c!.entries
    .map((d, i): Entry => ({
      ...demoDraft(d, 'case' as CaseId, ids),
      id: ids[i] as EntryId,
      recordedAt: d.occurredAt,
      hash: '',
    }))
    .filter((e) => isSummaryKind(e.kind));
}
