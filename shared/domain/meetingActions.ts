/**
 * Closing an agreed action, and where each action stands in the action register. Closing is a
 * timeline entry ('action-done'): done, or not possible with the reason, written by the agency
 * that closes it, so the case keeps who closed what and when (DESIGN.md §3).
 */
import { compareCalendar, type CalendarDate, type Instant } from '../dates';
import type { CaseId } from '../ids';
import { hasInvisibleChars } from '../text';
import type { ActionRecord } from './caseFacts';
import type { ActionOutcome } from './entryKinds';
import type { MeetingProblem } from './meeting';
import { MEETING_LIMITS } from './meeting';
import type { EntryAuthor } from './meetingEntries';
import type { CaseStatus, EntryDraft } from './types';

/** What closing an action needs: which action, how it ended, and why when not possible. */
export type ActionClosing = {
  readonly caseId: CaseId;
  /** Original id of the 'action-assigned' entry. */
  readonly actionEntryId: string;
  readonly outcome: ActionOutcome;
  readonly reason: string;
  /** When it was done or found not possible. */
  readonly at: Instant;
  /** What the person closing it wants to say (optional). */
  readonly note: string;
};

/** Problems of a closing: a reason for "not possible", texts within limits and visible. */
export function closingProblems(c: Pick<ActionClosing, 'outcome' | 'reason' | 'note'>): MeetingProblem[] {
  const out: MeetingProblem[] = [];
  const reason = c.reason.trim();
  if (c.outcome === 'not-possible' && reason === '')
    out.push({ field: 'reason', key: 'meetings.err.reasonRequired' });
  else if (reason.length > MEETING_LIMITS.reason)
    out.push({ field: 'reason', key: 'meetings.err.tooLong', params: { max: MEETING_LIMITS.reason } });
  else if (hasInvisibleChars(reason)) out.push({ field: 'reason', key: 'meetings.err.invisible' });
  if (c.note.length > MEETING_LIMITS.notes)
    out.push({ field: 'note', key: 'meetings.err.tooLong', params: { max: MEETING_LIMITS.notes } });
  else if (hasInvisibleChars(c.note)) out.push({ field: 'note', key: 'meetings.err.invisible' });
  return out;
}

/** The 'action-done' entry that closes an action; throws a RangeError for a closing with problems. */
export function closingDraft(c: ActionClosing, author: EntryAuthor): EntryDraft {
  if (closingProblems(c).length > 0) throw new RangeError('The closing has problems');
  return {
    caseId: c.caseId,
    kind: 'action-done',
    occurredAt: c.at,
    author: { name: author.name, agency: author.agency },
    confidentiality: { level: 'shared' },
    basis: { kind: 'observed' },
    sourceAgency: '',
    narrative: c.note.trim(),
    fields:
      c.outcome === 'not-possible'
        ? { actionEntryId: c.actionEntryId, outcome: 'not-possible', reason: c.reason.trim() }
        : { actionEntryId: c.actionEntryId, outcome: 'done' },
    correction: null,
  };
}

export const REGISTER_STATUSES = ['open', 'done', 'not-possible', 'overdue'] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

/**
 * An action's status in the register: done or not possible when closed; overdue when open past
 * its due day on a case that is not closed (a closed case's action is never overdue); else open.
 */
export function registerStatus(
  a: Pick<ActionRecord, 'dueOn' | 'status'>,
  today: CalendarDate,
  caseStatus: CaseStatus,
): RegisterStatus {
  if (a.status.state !== 'open') return a.status.state;
  if (caseStatus !== 'closed' && a.dueOn !== null && compareCalendar(a.dueOn, today) < 0) return 'overdue';
  return 'open';
}
