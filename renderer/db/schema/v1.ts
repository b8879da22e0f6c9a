/**
 * Schema version 1. Frozen: a later version is a new file (v2.ts) with its own row shapes and
 * upgrade function, never an edit here. Sensitive values (names, contacts, addresses,
 * narratives, free-text fields) are only ever inside `sealed`, which the codec produces; no
 * index holds them.
 */
import type { Instant } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { CaseStatus, CaseSummary, Confidentiality, PersonRole } from '../../../shared/domain/types';
import type { EntryKind } from '../../../shared/domain/entryKinds';

export const V1_STORES = {
  cases: 'id, &reference, status, demo',
  persons: 'id, caseId',
  // No separate caseId index: Dexie serves where('caseId') from the compound indexes' prefix,
  // and every index slows the bulk writes of a large workspace.
  entries: 'id, [caseId+occurredUtc], [caseId+kind]',
  meetings: 'id, heldOn',
  actions: 'id, caseId, meetingId, dueOn',
  audit: 'id, at, caseId',
} as const;

/** IndexedDB cannot index booleans, so flags used in indexes are 0 or 1. */
export type Flag = 0 | 1;

export type CaseRowV1 = {
  id: string;
  reference: string;
  status: CaseStatus;
  ownerAgency: AgencyRef;
  createdAt: Instant;
  demo: Flag;
  summary: CaseSummary;
  /** Codec output of { victimName, closedReason }. */
  sealed: string;
};

export type PersonRowV1 = {
  id: string;
  caseId: string;
  role: PersonRole;
  /** Codec output of { name, birthDate, phone, address, notes }. */
  sealed: string;
};

export type EntryRowV1 = {
  id: string;
  caseId: string;
  kind: EntryKind;
  occurredAt: Instant;
  /** occurredAt in UTC: sortable as a string, unlike instants with different offsets. */
  occurredUtc: string;
  recordedAt: Instant;
  author: { name: string; agency: AgencyRef };
  confidentiality: Confidentiality;
  sourceAgency: string;
  supersedes: string | null;
  hash: string;
  demo: Flag;
  /** Codec output of { narrative, fields, basis, correction }. */
  sealed: string;
};

export type MeetingRowV1 = { id: string; heldOn: string; sealed: string };
export type ActionRowV1 = {
  id: string;
  caseId: string;
  meetingId: string | null;
  dueOn: string;
  sealed: string;
};

/** Who did what to which case and when: views, exports, imports and writes. */
export type AuditRowV1 = {
  id: string;
  at: Instant;
  caseId: string | null;
  action: string;
  actor: string;
  agencyId: string;
  detail: string;
};
