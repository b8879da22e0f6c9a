/**
 * What a printed case summary shows, computed from what its audience may read (audience.ts):
 * the facts again from the redacted entries, the reasons the case is brought to a meeting, and
 * the part of the timeline the options ask for, in the order they ask for.
 */
import {
  calendarDateOf,
  compareCalendar,
  instantMs,
  type CalendarDate,
  type Instant,
} from '../../shared/dates';
import type { CaseId } from '../../shared/ids';
import { agendaFactsOf, agendaReasons, type AgendaReason } from '../../shared/domain/agenda';
import { redactFor, type Audience, type Redacted } from '../../shared/domain/audience';
import { caseFacts, type CaseFacts } from '../../shared/domain/caseFacts';
import type { EffectiveEntry } from '../../shared/domain/timeline';
import type { CaseStatus, Entry, Person } from '../../shared/domain/types';

/** Which part of the timeline a document prints. */
export type TimelineRange =
  | { readonly kind: 'all' }
  | { readonly kind: 'since'; readonly date: CalendarDate }
  /** Since the start of the last meeting that discussed the case. */
  | { readonly kind: 'since-meeting'; readonly heldOn: CalendarDate; readonly at: Instant };

export type TimelineOrder = 'newest' | 'oldest';

export type SummaryOptions = {
  readonly audience: Audience;
  readonly range: TimelineRange;
  readonly order: TimelineOrder;
  /** Entries the person printing chose to leave out of this document. */
  readonly leaveOut: ReadonlySet<string>;
};

/**
 * Where "why this case is brought" comes from: the latest meeting whose agenda holds the case
 * (its day, and when its "since the last meeting" begins), or, without one, the moment the
 * look-back for a first meeting begins.
 */
export type ReferralContext =
  | { readonly kind: 'meeting'; readonly heldOn: CalendarDate; readonly since: Instant }
  | { readonly kind: 'now'; readonly since: Instant };

export type CaseSummaryModel = {
  readonly redacted: Redacted;
  readonly facts: CaseFacts;
  /** The entries to print, in order. */
  readonly timeline: readonly Entry[];
  /** How many entries the audience may read in all (the timeline may show fewer). */
  readonly readable: number;
  readonly reasons: readonly AgendaReason[];
};

/** Whether an entry falls in the range: on or after a day, or new since a meeting (changes.ts). */
export function inRange(e: Entry, range: TimelineRange): boolean {
  switch (range.kind) {
    case 'all':
      return true;
    case 'since':
      return compareCalendar(calendarDateOf(e.occurredAt), range.date) >= 0;
    case 'since-meeting': {
      const since = instantMs(range.at);
      return instantMs(e.occurredAt) > since || instantMs(e.recordedAt) > since;
    }
  }
}

/** The entries in the range, newest or oldest first (ties by original id, the same every time). */
export function timelineOf(
  entries: readonly EffectiveEntry[],
  range: TimelineRange,
  order: TimelineOrder,
): Entry[] {
  const sign = order === 'newest' ? -1 : 1;
  return entries
    .filter((e) => inRange(e.entry, range))
    .map((e) => ({ e, ms: instantMs(e.entry.occurredAt) }))
    .sort((a, b) => sign * (a.ms - b.ms) || (a.e.originalId < b.e.originalId ? -sign : sign))
    .map((x) => x.e.entry);
}

/** The summary's model (see the module comment). */
export function caseSummaryModel(input: {
  readonly status: CaseStatus;
  readonly caseId: CaseId;
  readonly reference: string;
  readonly persons: readonly Person[];
  readonly effective: readonly EffectiveEntry[];
  readonly today: CalendarDate;
  readonly now: Instant;
  readonly soonDays: number;
  readonly options: SummaryOptions;
  readonly referral: ReferralContext;
}): CaseSummaryModel {
  const { options } = input;
  const redacted = redactFor(options.audience, input.effective, input.persons, options.leaveOut);
  const facts = caseFacts(redacted.entries, {
    today: input.today,
    now: input.now,
    soonDays: input.soonDays,
    closed: input.status === 'closed',
  });
  const reasons = agendaReasons(
    { id: input.caseId, reference: input.reference, status: input.status, summary: agendaFactsOf(facts) },
    input.referral.since,
    input.today,
  );
  return {
    redacted,
    facts,
    timeline: timelineOf(redacted.entries, options.range, options.order),
    readable: redacted.entries.length,
    reasons,
  };
}
