/** Builders for domain tests: small entries with only what a test cares about. */
import type { AgencyId, CaseId, EntryId } from '../ids';
import type { AgencyKind } from './agencies';
import type { EntryKind } from './entryKinds';
import type { Entry, FieldValue } from './types';

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
