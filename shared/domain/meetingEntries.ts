/**
 * What approved minutes write to case timelines, and what a correction of them writes. For each
 * case discussed: one 'meeting-discussion' entry (the notes as its narrative, the victim's views
 * as reported), and one 'action-assigned' entry per agreed action that names that discussion
 * (meetingEntryId), its owner agency, the named person and the due date. All are shared with
 * the case's partners: the minutes go to every agency at the table.
 *
 * A correction of approved minutes never edits an entry: it writes a correcting version of each
 * entry whose content changed, a void for an action or a case taken off, and new entries for an
 * action or a case added, each with the correction's reason (DESIGN.md §3). Each correction
 * supersedes the current version, so the entries' chains stay linear.
 *
 * Drafts are built in two steps because an action names its discussion's entry id, which the
 * repository gives when it finishes the discussion entry (id, record time, hash).
 */
import type { Instant } from '../dates';
import type { CaseId, EntryId } from '../ids';
import type { AgencyRef } from './agencies';
import { agencyFieldValue } from './agencyField';
import type { AgendaItem, AgreedAction, Minutes, MeetingTimeline, WrittenEntry } from './meeting';
import { assertNever } from '../result';
import type { Basis, Correction, EntryDraft, FieldValue } from './types';

/** Who writes the entries: the staff member approving or correcting the minutes. */
export type EntryAuthor = { readonly name: string; readonly agency: AgencyRef };

/** The basis of a discussion: the victim's views are what someone reported; otherwise the meeting saw it. */
function discussionBasis(item: AgendaItem): Basis {
  const by = item.viewsReportedBy.trim();
  return item.victimViews.trim() !== '' && by !== '' ? { kind: 'reported', by } : { kind: 'observed' };
}

function draft(
  item: AgendaItem,
  kind: EntryDraft['kind'],
  author: EntryAuthor,
  at: Instant,
  fields: Record<string, FieldValue>,
  narrative: string,
  basis: Basis,
  correction: Correction | null,
): EntryDraft {
  return {
    caseId: item.caseId,
    kind,
    occurredAt: at,
    author: { name: author.name, agency: author.agency },
    confidentiality: { level: 'shared' },
    basis,
    sourceAgency: '',
    narrative,
    fields,
    correction,
  };
}

/** The discussion entry of one case: notes as the narrative, the victim's views as a field. */
export function discussionDraft(
  item: AgendaItem,
  author: EntryAuthor,
  at: Instant,
  correction: Correction | null = null,
): EntryDraft {
  const views = item.victimViews.trim();
  return draft(
    item,
    'meeting-discussion',
    author,
    at,
    views === '' ? {} : { victimViews: views },
    item.notes.trim(),
    discussionBasis(item),
    correction,
  );
}

/** The entry of one agreed action, naming the discussion that agreed it (its original id). */
export function actionDraft(
  item: AgendaItem,
  action: AgreedAction,
  discussionId: string,
  author: EntryAuthor,
  at: Instant,
  correction: Correction | null = null,
): EntryDraft {
  const fields: Record<string, FieldValue> = {
    action: action.text,
    ownerAgency: action.owner.kind,
    ownerAgencyRef: agencyFieldValue(action.owner),
    dueOn: action.dueOn,
    meetingEntryId: discussionId,
  };
  if (action.ownerPerson !== '') fields.ownerPerson = action.ownerPerson;
  return draft(item, 'action-assigned', author, at, fields, '', { kind: 'observed' }, correction);
}

/**
 * One step of writing: a draft, and where its id goes in the meeting's timeline once finished.
 * `discussionOf` is set on an action draft that needs the id of its case's discussion entry
 * written in the same step; `needsDiscussion` on a discussion draft the action drafts wait for.
 */
export type TimelineWrite =
  | {
      readonly kind: 'discussion';
      readonly caseId: CaseId;
      readonly draft: EntryDraft;
      readonly isNew: boolean;
    }
  | {
      readonly kind: 'action';
      readonly caseId: CaseId;
      readonly actionId: string;
      /** Builds the draft once the discussion's original id is known. */
      readonly build: (discussionId: string) => EntryDraft;
      readonly isNew: boolean;
    }
  | {
      readonly kind: 'void-action';
      readonly caseId: CaseId;
      readonly actionId: string;
      readonly draft: EntryDraft;
    }
  | { readonly kind: 'void-discussion'; readonly caseId: CaseId; readonly draft: EntryDraft };

const voidOf = (
  item: AgendaItem,
  author: EntryAuthor,
  at: Instant,
  target: WrittenEntry,
  reason: string,
  kind: EntryDraft['kind'],
  base: EntryDraft,
): EntryDraft => ({
  ...base,
  author: { name: author.name, agency: author.agency },
  occurredAt: at,
  caseId: item.caseId,
  kind,
  correction: { supersedes: target.current as EntryId, action: 'void', reason },
});

/** Everything approved minutes write: per case its discussion, then its actions. */
export function approvalWrites(minutes: Minutes, author: EntryAuthor, at: Instant): TimelineWrite[] {
  return minutes.agenda.flatMap((item): TimelineWrite[] => [
    { kind: 'discussion', caseId: item.caseId, draft: discussionDraft(item, author, at), isNew: true },
    ...item.actions.map((a): TimelineWrite => ({
      kind: 'action',
      caseId: item.caseId,
      actionId: a.id,
      build: (d) => actionDraft(item, a, d, author, at),
      isNew: true,
    })),
  ]);
}

const sameAction = (a: AgreedAction, b: AgreedAction) =>
  a.text === b.text &&
  a.owner.kind === b.owner.kind &&
  a.ownerPerson === b.ownerPerson &&
  a.dueOn === b.dueOn;

const sameDiscussion = (a: AgendaItem, b: AgendaItem) =>
  a.notes.trim() === b.notes.trim() &&
  a.victimViews.trim() === b.victimViews.trim() &&
  discussionBasis(a).kind === discussionBasis(b).kind &&
  JSON.stringify(discussionBasis(a)) === JSON.stringify(discussionBasis(b));

/**
 * What a correction of approved minutes writes, given the minutes before and after it and the
 * entries the minutes wrote so far (see the module comment). `at` is the meeting's time (the
 * entries keep it); the reason is the correction's.
 */
export function correctionWrites(
  before: Minutes,
  after: Minutes,
  timeline: MeetingTimeline,
  author: EntryAuthor,
  at: Instant,
  reason: string,
): TimelineWrite[] {
  const out: TimelineWrite[] = [];
  const why = reason.trim();
  for (const item of after.agenda) {
    const written = timeline[item.caseId];
    if (!written) {
      out.push(...approvalWrites({ attendance: [], agenda: [item] }, author, at));
      continue;
    }
    const old = before.agenda.find((i) => i.caseId === item.caseId);
    if (!old || !sameDiscussion(old, item)) {
      out.push({
        kind: 'discussion',
        caseId: item.caseId,
        draft: discussionDraft(item, author, at, {
          supersedes: written.discussion.current as EntryId,
          action: 'correct',
          reason: why,
        }),
        isNew: false,
      });
    }
    for (const a of item.actions) {
      const w = written.actions[a.id];
      const prev = old?.actions.find((x) => x.id === a.id);
      if (!w) {
        out.push({
          kind: 'action',
          caseId: item.caseId,
          actionId: a.id,
          build: (d) => actionDraft(item, a, d, author, at),
          isNew: true,
        });
      } else if (!prev || !sameAction(prev, a)) {
        out.push({
          kind: 'action',
          caseId: item.caseId,
          actionId: a.id,
          build: (d) =>
            actionDraft(item, a, d, author, at, {
              supersedes: w.current as EntryId,
              action: 'correct',
              reason: why,
            }),
          isNew: false,
        });
      }
    }
    for (const [actionId, w] of Object.entries(written.actions)) {
      const prev = old?.actions.find((x) => x.id === actionId);
      if (item.actions.some((a) => a.id === actionId) || !prev) continue;
      out.push({
        kind: 'void-action',
        caseId: item.caseId,
        actionId,
        draft: voidOf(
          item,
          author,
          at,
          w,
          why,
          'action-assigned',
          actionDraft(item, prev, written.discussion.original, author, at),
        ),
      });
    }
  }
  for (const old of before.agenda) {
    const written = timeline[old.caseId];
    if (!written || after.agenda.some((i) => i.caseId === old.caseId)) continue;
    for (const [actionId, w] of Object.entries(written.actions)) {
      const prev = old.actions.find((x) => x.id === actionId);
      if (!prev) continue;
      out.push({
        kind: 'void-action',
        caseId: old.caseId,
        actionId,
        draft: voidOf(
          old,
          author,
          at,
          w,
          why,
          'action-assigned',
          actionDraft(old, prev, written.discussion.original, author, at),
        ),
      });
    }
    out.push({
      kind: 'void-discussion',
      caseId: old.caseId,
      draft: voidOf(
        old,
        author,
        at,
        written.discussion,
        why,
        'meeting-discussion',
        discussionDraft(old, author, at),
      ),
    });
  }
  return out;
}

/** Where each written entry goes in the timeline: applies finished writes (their ids) to it. */
export function withWritten(
  timeline: MeetingTimeline,
  written: readonly { readonly write: TimelineWrite; readonly id: string }[],
): MeetingTimeline {
  const next: Record<string, { discussion: WrittenEntry; actions: Record<string, WrittenEntry> }> = {};
  for (const [caseId, t] of Object.entries(timeline))
    next[caseId] = { discussion: t.discussion, actions: { ...t.actions } };
  for (const { write, id } of written) {
    switch (write.kind) {
      case 'discussion': {
        const t = next[write.caseId];
        if (write.isNew || !t)
          next[write.caseId] = { discussion: { original: id, current: id }, actions: t?.actions ?? {} };
        else t.discussion = { original: t.discussion.original, current: id };
        break;
      }
      case 'action': {
        const t = next[write.caseId];
        if (!t) break;
        const w = t.actions[write.actionId];
        t.actions[write.actionId] =
          write.isNew || !w ? { original: id, current: id } : { original: w.original, current: id };
        break;
      }
      case 'void-action': {
        const t = next[write.caseId];
        if (t) delete t.actions[write.actionId];
        break;
      }
      case 'void-discussion':
        delete next[write.caseId];
        break;
      default:
        assertNever(write);
    }
  }
  return next;
}
