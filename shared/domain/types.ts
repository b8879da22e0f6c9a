import type { CalendarDate, Instant } from '../dates';
import type { AgencyId, CaseId, EntryId, PersonId } from '../ids';
import type { AgencyRef } from './agencies';
import type { EntryKind } from './entryKinds';
import type { PersonDetails } from './person';

export const CASE_STATUSES = ['open', 'monitoring', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const RISK_LEVELS = ['standard', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const PERSON_ROLES = ['victim', 'harm-causer', 'child', 'household', 'witness'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/**
 * A person on a case: ids and role, and the details listed once in person.ts. Every detail is
 * stored sealed through the repositories' codec; the IIN is matched only through a keyed token.
 */
export type Person = {
  readonly id: PersonId;
  readonly caseId: CaseId;
  readonly role: PersonRole;
} & PersonDetails;

/** A case header. The cached summary fields are recomputed from the timeline on every write. */
export type Case = {
  readonly id: CaseId;
  readonly reference: string;
  readonly status: CaseStatus;
  readonly closedReason: string;
  readonly ownerAgency: AgencyRef;
  readonly createdAt: Instant;
  /** True for cases made by "Load demo cases", so that "Remove demo cases" removes exactly those. */
  readonly demo: boolean;
  readonly summary: CaseSummary;
};

/**
 * Derived from the timeline and stored with the case, so that the cases list and the deadlines
 * page need no entry reads. It holds dated facts, not today's view of them: whether a measure is
 * active or a deadline is near is worked out when shown, because "today" moves. It holds no
 * typed text (it is stored outside the codec). Computed by summary.ts from caseFacts.ts.
 *
 * Fields marked "absent in summaries before version 2" were added later: a summary stored
 * before then lacks them until its case is written to again or its summary is refreshed.
 */
export type CaseSummary = {
  readonly riskLevel: RiskLevel | null;
  readonly lastAssessmentAt: Instant | null;
  readonly measures: readonly MeasureSpan[];
  readonly deadlines: readonly DatedItem[];
  readonly openActions: number;
  readonly lastActivityAt: Instant;
  /** The latest contact with the victim (contact.ts); before version 2 any call-out counted. */
  readonly lastContactAt: Instant | null;
  readonly agencies: readonly AgencyRef[];
  readonly entryCount: number;
  /** SUMMARY_VERSION of the code that wrote it; absent in summaries before version 2. */
  readonly version?: number;
  /** The levels of the latest assessments, oldest first; absent before version 2. */
  readonly riskTrend?: readonly RiskPoint[];
  /** When the latest incident, breach, call-out… happened; absent before version 2. */
  readonly signals?: CaseSignals;
};

/** One assessment in the stored trend: when, and the level it recorded. */
export type RiskPoint = { readonly at: Instant; readonly level: RiskLevel };

/**
 * When the latest of each event that makes a case worth a meeting's attention happened: what
 * the agenda and "changed since the last meeting" read without opening entries.
 */
export type CaseSignals = {
  readonly lastIncidentAt: Instant | null;
  /** An incident with strangulation, injury or a weapon. */
  readonly lastSeriousIncidentAt: Instant | null;
  readonly lastBreachAt: Instant | null;
  /** A police call-out (not a planned home visit). */
  readonly lastCalloutAt: Instant | null;
  readonly lastReportAt: Instant | null;
  readonly lastMissedCheckInAt: Instant | null;
};

/** A protective measure's dates, enough to tell its state on any day. */
export type MeasureSpan = {
  readonly orderEntryId: string;
  readonly measure: string;
  readonly startsOn: CalendarDate;
  /** Last day in force; null for a measure with no fixed end. */
  readonly endsOn: CalendarDate | null;
  readonly endedOn: CalendarDate | null;
  readonly breached: boolean;
  /** A court's term in months that was not recorded: no known end (absent means false). */
  readonly termMissing?: boolean;
  /** Id of the person the measure is against (absent on older entries and summaries). */
  readonly againstPersonId?: string;
  /** Required reports to the police per month under special requirements (absent: none). */
  readonly checkInsPerMonth?: number;
};

/** Something due on a day: a measure expiring, a hearing, an action, a review. */
export type DatedItem = {
  readonly date: CalendarDate;
  readonly kind: string;
  readonly label: string;
  readonly sourceEntryId: string;
};

export const CONFIDENTIALITY_LEVELS = ['shared', 'restricted', 'internal'] as const;
export type ConfidentialityLevel = (typeof CONFIDENTIALITY_LEVELS)[number];

/**
 * Who may see an entry: every case partner, the named agencies only (plus the author's), or
 * the authoring agency alone.
 */
export type Confidentiality =
  | { readonly level: 'shared' }
  | { readonly level: 'restricted'; readonly agencies: readonly AgencyRef[] }
  | { readonly level: 'internal' };

export const BASIS_KINDS = ['observed', 'reported', 'opinion'] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/** Whether an entry records a fact the author saw, what someone reported, or an opinion. */
export type Basis =
  | { readonly kind: 'observed' }
  | { readonly kind: 'reported'; readonly by: string }
  | { readonly kind: 'opinion' };

/** A value of a kind-specific field. */
export type FieldValue = string | number | boolean | readonly string[];

/**
 * A correction: this entry replaces `supersedes`. `void` means the earlier entry was entered in
 * error and nothing replaces it.
 */
export type Correction = {
  readonly supersedes: EntryId;
  readonly action: 'correct' | 'void';
  readonly reason: string;
};

/** One immutable timeline entry. Never edited or deleted once saved. */
export type Entry = {
  readonly id: EntryId;
  readonly caseId: CaseId;
  readonly kind: EntryKind;
  /** When it happened, with the offset it was recorded in. */
  readonly occurredAt: Instant;
  readonly recordedAt: Instant;
  readonly author: { readonly name: string; readonly agency: AgencyRef };
  readonly confidentiality: Confidentiality;
  readonly basis: Basis;
  /** The agency the information came from, when it was received from another agency. */
  readonly sourceAgency: string;
  readonly narrative: string;
  readonly fields: Readonly<Record<string, FieldValue>>;
  readonly correction: Correction | null;
  /** SHA-256 (hex) of the canonical JSON form of every other field. */
  readonly hash: string;
};

/** An entry before it has an id, a record time and a hash. */
export type EntryDraft = Omit<Entry, 'id' | 'recordedAt' | 'hash'>;

export type { AgencyId };
