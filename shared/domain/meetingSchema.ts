/**
 * What a stored meeting record must look like to be read back (the repository's "one
 * validate/restore function"). A record that does not fit is reported as unreadable rather than
 * shown half-right or crashing a screen; nothing is dropped from storage.
 */
import * as v from 'valibot';
import { isCalendarDate, isInstant } from '../dates';
import type { ActionId, CaseId, MeetingId } from '../ids';
import { AGENCY_KINDS, type AgencyRef } from './agencies';
import { AGENDA_REASON_KINDS, type AgendaReason } from './agenda';
import { MEETING_STATUSES, type Meeting } from './meeting';
import { RISK_LEVELS } from './types';

const str = v.string();
const date = v.custom<string>((x) => isCalendarDate(x));
const instant = v.custom<string>((x) => isInstant(x));
const agency: v.GenericSchema<unknown, AgencyRef> = v.object({
  id: v.custom<AgencyRef['id']>((x) => typeof x === 'string' && x !== ''),
  name: str,
  kind: v.picklist(AGENCY_KINDS),
});
const level = v.picklist(RISK_LEVELS);
const reason: v.GenericSchema<unknown, AgendaReason> = v.variant('kind', [
  v.object({ kind: v.literal('high-risk') }),
  v.object({ kind: v.literal('risk-rose'), from: level, to: level }),
  v.object({
    kind: v.picklist(['breach', 'serious-incident', 'incident', 'callout', 'missed-check-in']),
    at: instant,
  }),
  v.object({ kind: v.literal('overdue-action'), count: v.number(), oldest: date }),
]);
// Every reason kind has a schema above.
const everyReason: readonly (typeof AGENDA_REASON_KINDS)[number][] = AGENDA_REASON_KINDS;
void everyReason;

const action = v.object({
  id: v.custom<ActionId>((x) => typeof x === 'string' && x !== ''),
  text: str,
  owner: agency,
  ownerPerson: str,
  dueOn: date,
});
const item = v.object({
  caseId: v.custom<CaseId>((x) => typeof x === 'string' && x !== ''),
  reference: str,
  reasons: v.array(reason),
  notes: str,
  victimViews: str,
  viewsReportedBy: str,
  actions: v.array(action),
});
const attendance = v.object({ agencyId: str, present: v.boolean(), people: str });
const minutes = { attendance: v.array(attendance), agenda: v.array(item) };
const written = v.object({ original: str, current: str });

const meeting = v.object({
  id: v.custom<MeetingId>((x) => typeof x === 'string' && x !== ''),
  heldOn: date,
  startsAt: v.union([v.literal(''), v.pipe(str, v.regex(/^([01]\d|2[0-3]):[0-5]\d$/))]),
  place: str,
  chair: agency,
  invited: v.array(agency),
  status: v.picklist(MEETING_STATUSES),
  createdAt: instant,
  createdBy: str,
  approval: v.nullable(v.object({ at: instant, by: str, agency })),
  corrections: v.array(v.object({ at: instant, by: str, agency, reason: str, before: v.object(minutes) })),
  timeline: v.record(str, v.object({ discussion: written, actions: v.record(str, written) })),
  ...minutes,
});

/** The meeting a stored record holds, or null when it is not one (or not the one with `id`). */
export function restoreMeeting(value: unknown, id: string): Meeting | null {
  const r = v.safeParse(meeting, value);
  return r.success && r.output.id === id ? r.output : null;
}
