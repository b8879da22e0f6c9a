/**
 * Deadlines and meetings as an iCalendar file (RFC 5545) that calendar apps import: measures
 * expiring, check-ins, hearings, actions due, reviews, meetings. Built with the `ics` library.
 *
 * Calendars sync to cloud services no agency controls, so what goes into one is limited by the
 * input types below, not by the caller's care: a deadline carries only the case reference, what
 * is due and the responsible agency; a meeting only what it is, the chairing agency, when and
 * where. There is no field for a name, an address, a phone number or a narrative, and the
 * builder reads the fields it knows one by one, so extra properties on an object passed in
 * (a whole entry spread into it, say) never reach the file.
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, instantMs, isCalendarDate, isInstant, type CalendarDate, type Instant } from '../dates';
import type { MeetingId } from '../ids';
import type { DeadlineKind } from '../domain/deadlines';
import { assertNever } from '../result';
import { ExportInputError } from './errors';
import { foldIcsLines } from './icsFold';

/** Kinds of dated item a calendar export carries besides meetings. */
export type CalendarDeadlineKind = DeadlineKind | 'check-in';

/**
 * Something due on a day. An all-day event on exactly that date in every time zone.
 * Only the case reference, what is due and the agency: see the module comment.
 */
export type CalendarDeadline = {
  readonly type: 'deadline';
  readonly kind: CalendarDeadlineKind;
  /**
   * Id of the record that stays the same when the deadline moves: the order's entry for its
   * expiry and check-ins, the action for its due date. With `kind` and `occurrence` it makes the
   * event's UID, so importing a newer export updates the event instead of adding a second one.
   */
  readonly sourceId: string;
  /**
   * Tells apart several deadlines of one kind from one source (the 1st, 2nd … check-in of a
   * court's schedule): letters, digits and '-'; '' when the source has one.
   */
  readonly occurrence: string;
  readonly caseReference: string;
  /** What is due, in the export language, e.g. 'Protective order expires'. */
  readonly what: string;
  /** The agency responsible. */
  readonly agency: string;
  readonly date: CalendarDate;
};

/** A case meeting. No agenda, no case details: see the module comment. */
export type CalendarMeeting = {
  readonly type: 'meeting';
  readonly sourceId: MeetingId;
  /** What it is, in the export language, e.g. 'Multi-agency case meeting'. */
  readonly what: string;
  /** The chairing agency. */
  readonly agency: string;
  /** Where it is held (an office, a meeting room); '' when not set. */
  readonly place: string;
  /** At a time (an event at that UTC moment) or on a day only (an all-day event). */
  readonly when:
    { readonly startsAt: Instant; readonly durationMinutes: number } | { readonly date: CalendarDate };
};

export type CalendarItem = CalendarDeadline | CalendarMeeting;

export type CalendarOptions = {
  /** The calendar's name as an app shows it (X-WR-CALNAME), in the export language. */
  readonly name: string;
  /** When the file is made: every event's DTSTAMP, and its SEQUENCE (see below). */
  readonly now: Instant;
};

const ID_RE = /^[A-Za-z0-9-]+$/;
const OCCURRENCE_RE = /^[A-Za-z0-9-]*$/;
const MAX_MEETING_MINUTES = 24 * 60;
// Control characters (a line break would end the property) and line and paragraph separators
// become a space; bidirectional embeddings, overrides and isolates are dropped (they can make a
// calendar show text reversed, and carry no meaning of their own in a one-line title).
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds.
const BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** The UID of an item's event: stable across exports, different for every item. */
export function calendarUid(item: CalendarItem): string {
  switch (item.type) {
    case 'deadline':
      return `${item.kind}-${item.sourceId}${item.occurrence === '' ? '' : `-${item.occurrence}`}@caseline`;
    case 'meeting':
      return `meeting-${item.sourceId}@caseline`;
    default:
      return assertNever(item);
  }
}

/**
 * The calendar file (CRLF lines, folded at 75 octets). Calendar dates become all-day events
 * (DATE values: a 29 February deadline is on 29 February wherever the calendar is opened);
 * meetings at a time carry their UTC start and end. Every event is marked private and, except
 * meetings, free time. SEQUENCE is the export time in whole minutes since 1970, so a later
 * export of the same item supersedes an earlier one in apps that compare it. Throws
 * ExportInputError for an item with a missing text, a bad date, id or duration, or a UID
 * already used by another item.
 */
export function calendarIcs(items: readonly CalendarItem[], options: CalendarOptions): string {
  if (!isInstant(options.now)) {
    throw new ExportInputError(`'${String(options.now)}' is not a date and time with an offset.`, -1, 'now');
  }
  const nowMs = instantMs(options.now);
  const seen = new Map<string, number>();
  const events = items.map((item, index): StampedEvent => {
    const uid = calendarUid(item);
    const earlier = seen.get(uid);
    if (earlier !== undefined) {
      throw new ExportInputError(
        `Items ${earlier + 1} and ${index + 1} would be the same event (${uid}).`,
        index,
        'sourceId',
      );
    }
    seen.set(uid, index);
    return {
      ...eventOf(item, index),
      uid,
      timestamp: nowMs,
      sequence: Math.floor(nowMs / 60_000),
      classification: 'PRIVATE',
    };
  });
  const { error, value } = createEvents(events, {
    productId: '-//Caseline//Caseline//EN',
    calName: oneLine(options.name),
  });
  if (error || value === null) {
    throw new ExportInputError(
      `The calendar could not be written: ${error?.message ?? 'no output'}.`,
      -1,
      'items',
    );
  }
  return foldIcsLines(value);
}

function eventOf(item: CalendarItem, index: number): EventAttributes {
  if (!ID_RE.test(item.sourceId)) {
    throw new ExportInputError(
      `Item ${index + 1}: the source id must be letters, digits and '-'.`,
      index,
      'sourceId',
    );
  }
  switch (item.type) {
    case 'deadline': {
      if (!OCCURRENCE_RE.test(item.occurrence)) {
        throw new ExportInputError(
          `Item ${index + 1}: the occurrence must be letters, digits and '-'.`,
          index,
          'occurrence',
        );
      }
      const title = [
        required(item.caseReference, index, 'caseReference'),
        required(item.what, index, 'what'),
        required(item.agency, index, 'agency'),
      ].join(' · ');
      return { title, ...allDay(item.date, index, 'date'), transp: 'TRANSPARENT', busyStatus: 'FREE' };
    }
    case 'meeting': {
      const title = `${required(item.what, index, 'what')} · ${required(item.agency, index, 'agency')}`;
      const place = oneLine(item.place);
      const where = place === '' ? {} : { location: place };
      return { title, ...where, ...meetingTime(item.when, index), transp: 'OPAQUE', busyStatus: 'BUSY' };
    }
    default:
      return assertNever(item);
  }
}

/**
 * The library writes DTSTAMP from `timestamp` and falls back to the clock when it is missing;
 * its typings leave the field out. "Now" is passed in, so it is always set here.
 */
type StampedEvent = EventAttributes & { readonly timestamp: number };

type EventTime = { readonly start: DateArray | number; readonly end: DateArray | number };

/** DTSTART;VALUE=DATE and the exclusive DTEND;VALUE=DATE of the next day, by calendar arithmetic. */
function allDay(date: CalendarDate, index: number, field: string): EventTime {
  if (!isCalendarDate(date)) {
    throw new ExportInputError(`Item ${index + 1}: '${String(date)}' is not a real date.`, index, field);
  }
  return { start: dateArray(date), end: dateArray(addDays(date, 1)) };
}

function meetingTime(when: CalendarMeeting['when'], index: number): EventTime {
  if ('date' in when) return allDay(when.date, index, 'when');
  if (!isInstant(when.startsAt)) {
    throw new ExportInputError(
      `Item ${index + 1}: '${String(when.startsAt)}' is not a date and time with an offset.`,
      index,
      'when',
    );
  }
  const minutes = when.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_MEETING_MINUTES) {
    throw new ExportInputError(
      `Item ${index + 1}: a meeting lasts from 1 to ${MAX_MEETING_MINUTES} minutes, not ${minutes}.`,
      index,
      'when',
    );
  }
  // Milliseconds since the epoch: the library writes them as UTC ('…Z'), so the meeting is at
  // the same moment in every time zone the calendar is opened in.
  const start = instantMs(when.startsAt);
  return { start, end: start + minutes * 60_000 };
}

function dateArray(date: CalendarDate): DateArray {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function oneLine(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(BREAKING, ' ').replace(/ {2,}/g, ' ').trim();
}

function required(text: string, index: number, field: string): string {
  const clean = oneLine(text);
  if (clean === '') throw new ExportInputError(`Item ${index + 1}: '${field}' is empty.`, index, field);
  return clean;
}
