/**
 * What the meeting's documents show of each case on the agenda, for one audience: its facts
 * computed again from what that audience may read, what changed since the last meeting (new
 * entries, risk before and after), why it is discussed, and where each agreed action stands.
 * Each partner's copy is built from its own redaction, so nothing one partner may not read
 * shows through a figure in its copy.
 */
import { instantMs, type CalendarDate, type Instant } from '../../shared/dates';
import { agendaFactsOf, agendaReasons, type AgendaReason } from '../../shared/domain/agenda';
import { redactFor, type Audience, type Redacted } from '../../shared/domain/audience';
import { caseFacts, type ActionRecord, type CaseFacts } from '../../shared/domain/caseFacts';
import { changesSince, type CaseChanges } from '../../shared/domain/changes';
import type { AgendaItem, AgreedAction, Meeting } from '../../shared/domain/meeting';
import { registerStatus, type RegisterStatus } from '../../shared/domain/meetingActions';
import type { EffectiveEntry } from '../../shared/domain/timeline';
import type { CaseStatus, Entry, Person } from '../../shared/domain/types';

/** One agenda case as read from storage: everything on this desktop, before redaction. */
export type MeetingCaseData = {
  readonly caseId: string;
  readonly status: CaseStatus;
  readonly persons: readonly Person[];
  readonly effective: readonly EffectiveEntry[];
};

export type MeetingDocCase = {
  readonly item: AgendaItem;
  readonly status: CaseStatus;
  /** The victim's name; '' when the case could not be read. */
  readonly victimName: string;
  readonly redacted: Redacted;
  readonly facts: CaseFacts;
  readonly changes: CaseChanges;
  /** Entries about what happened since the last meeting, oldest first. */
  readonly newEntries: readonly Entry[];
  /**
   * Entries recorded since the last meeting about what happened before it (written down late,
   * or received from a partner since): counted, with the day of the oldest, not listed.
   */
  readonly lateEntries: { readonly count: number; readonly oldest: Instant | null };
  /** Why it is discussed, from what this audience may read. */
  readonly reasons: readonly AgendaReason[];
  /**
   * Why it was discussed, as this audience's copy of the minutes records it: of the reasons the
   * chair brought the case for (stored on the agenda item, worked out from everything this
   * desktop holds), those this audience's own entries give as the meeting began, with its own
   * figures. A reason only entries it may not read gave is left out, so no copy tells of them.
   */
  readonly minutesReasons: readonly AgendaReason[];
  /** Whether the case could be read (a case removed since keeps its place with the minutes). */
  readonly found: boolean;
};

export type MeetingDocOptions = {
  readonly audience: Audience;
  readonly today: CalendarDate;
  readonly now: Instant;
  readonly soonDays: number;
  /** Where "since the last meeting" begins. */
  readonly since: Instant;
  /**
   * When the meeting began (its day and start): the minutes' reasons are worked out as they
   * stood then. Without it, as they stand today.
   */
  readonly held?: { readonly day: CalendarDate; readonly at: Instant };
};

/**
 * The reasons of `item` as `entries` give them at `at`: only the kinds the chair brought the
 * case for. The case was open when discussed, so one closed since keeps its reasons.
 */
function reasonsAsHeld(
  item: AgendaItem,
  entries: readonly EffectiveEntry[],
  at: { readonly day: CalendarDate; readonly at: Instant },
  o: MeetingDocOptions,
): AgendaReason[] {
  const kinds = new Set(item.reasons.map((r) => r.kind));
  if (kinds.size === 0) return [];
  const atMs = instantMs(at.at);
  const known = entries.filter(
    (e) => instantMs(e.entry.occurredAt) <= atMs && instantMs(e.entry.recordedAt) <= atMs,
  );
  const facts = caseFacts(known, { today: at.day, now: at.at, soonDays: o.soonDays });
  return agendaReasons(
    { id: item.caseId, reference: item.reference, status: 'open', summary: agendaFactsOf(facts) },
    o.since,
    at.day,
  ).filter((r) => kinds.has(r.kind));
}

const EMPTY: readonly EffectiveEntry[] = [];

/** The agenda's cases for one audience, in agenda order. */
export function meetingDocCases(
  meeting: Pick<Meeting, 'agenda'>,
  data: ReadonlyMap<string, MeetingCaseData>,
  o: MeetingDocOptions,
): MeetingDocCase[] {
  const sinceMs = instantMs(o.since);
  return meeting.agenda.map((item) => {
    const d = data.get(item.caseId);
    const redacted = redactFor(o.audience, d?.effective ?? EMPTY, d?.persons ?? []);
    const status = d?.status ?? 'open';
    const facts = caseFacts(redacted.entries, {
      today: o.today,
      now: o.now,
      soonDays: o.soonDays,
      closed: status === 'closed',
    });
    const newEntries = redacted.entries
      .filter((e) => instantMs(e.entry.occurredAt) > sinceMs)
      .map((e) => e.entry)
      .sort((a, b) => instantMs(a.occurredAt) - instantMs(b.occurredAt));
    const late = redacted.entries
      .filter((e) => instantMs(e.entry.occurredAt) <= sinceMs && instantMs(e.entry.recordedAt) > sinceMs)
      .map((e) => e.entry.occurredAt)
      .sort((a, b) => instantMs(a) - instantMs(b));
    const reasons = agendaReasons(
      { id: item.caseId, reference: item.reference, status, summary: agendaFactsOf(facts) },
      o.since,
      o.today,
    );
    return {
      item,
      status,
      victimName: redacted.persons.find((p) => p.role === 'victim')?.name ?? '',
      redacted,
      facts,
      changes: changesSince(redacted.entries, o.since),
      newEntries,
      lateEntries: { count: late.length, oldest: late[0] ?? null },
      reasons,
      minutesReasons: o.held
        ? reasonsAsHeld(item, redacted.entries, o.held, o)
        : reasons.filter((r) => item.reasons.some((s) => s.kind === r.kind)),
      found: d !== undefined,
    };
  });
}

/** An agreed action with where it stands on its case's timeline, as this audience may read it. */
export type RegisterRow = {
  readonly item: AgendaItem;
  readonly action: AgreedAction;
  readonly status: RegisterStatus;
  /** The closing's reason for "not possible". */
  readonly reason: string;
};

/**
 * The action register of the minutes: every action agreed, in agenda order, with its status from
 * the written 'action-assigned' entry and its closing (open, done, not possible, overdue). An
 * action not yet on a timeline (minutes not approved) is open, or overdue past its day.
 */
export function registerRows(
  meeting: Pick<Meeting, 'agenda' | 'timeline'>,
  cases: readonly MeetingDocCase[],
  today: CalendarDate,
): RegisterRow[] {
  const byCase = new Map(cases.map((c) => [c.item.caseId as string, c]));
  return meeting.agenda.flatMap((item) =>
    item.actions.map((action): RegisterRow => {
      const c = byCase.get(item.caseId);
      const written = meeting.timeline[item.caseId]?.actions[action.id];
      const record: ActionRecord | undefined = written
        ? c?.facts.actions.find((a) => a.originalId === written.original)
        : undefined;
      const status = registerStatus(
        record ?? { dueOn: action.dueOn, status: { state: 'open' } },
        today,
        c?.status ?? 'open',
      );
      const reason = record?.status.state === 'not-possible' ? record.status.reason : '';
      return { item, action, status, reason };
    }),
  );
}
