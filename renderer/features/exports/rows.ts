/**
 * What the CSV and ICS builders (shared/exports) are given: rows and items made from the case
 * data an audience may read, with every label in the export's language. The builders own the
 * columns, date forms and escaping; this file owns the words.
 */
import { isCalendarDate, type CalendarDate, type Instant } from '../../../shared/dates';
import { isAgencyKind, type AgencyRef } from '../../../shared/domain/agencies';
import type { Audience } from '../../../shared/domain/audience';
import { redactFor } from '../../../shared/domain/audience';
import type { ActionRecord } from '../../../shared/domain/caseFacts';
import { DEADLINE_KINDS, type DeadlineKind } from '../../../shared/domain/deadlines';
import { KIND_FIELDS, MEASURE_TYPES, isFieldShown } from '../../../shared/domain/entryKinds';
import { assessmentFromFields } from '../../../shared/domain/risk';
import { registerStatus } from '../../../shared/domain/meetingActions';
import type { Meeting } from '../../../shared/domain/meeting';
import type { ResolvedEntry } from '../../../shared/domain/timeline';
import type { CaseStatus, DatedItem, Entry, FieldValue, Person } from '../../../shared/domain/types';
import type { ActionRegisterRow } from '../../../shared/exports/actionRegisterCsv';
import type { CalendarDeadline, CalendarItem } from '../../../shared/exports/calendarIcs';
import type { ChronologyField, ChronologyRow } from '../../../shared/exports/chronologyCsv';
import type { MessageKey } from '../../i18n/catalogue';
import type { Translate } from '../../i18n/i18n';

type Fmt = { readonly date: (d: CalendarDate) => string };

const option = (t: Translate, v: string) =>
  t((isAgencyKind(v) ? `agencyKind.${v}` : `option.${v}`) as MessageKey);

/** A field's value as a reader sees it, in the export's language. */
function valueText(
  spec: (typeof KIND_FIELDS)[keyof typeof KIND_FIELDS][number],
  value: FieldValue,
  t: Translate,
  fmt: Fmt,
  refLabel: (id: string) => string,
  persons: readonly Person[],
): string {
  switch (spec.type) {
    case 'boolean':
      return value === true ? t('common.yes') : t('common.no');
    case 'date':
      return typeof value === 'string' && isCalendarDate(value) ? fmt.date(value) : String(value);
    case 'select':
      return typeof value === 'string' ? option(t, value) : String(value);
    case 'multiselect':
      return Array.isArray(value) ? value.map((v) => option(t, String(v))).join(', ') : String(value);
    case 'entry-ref':
      return typeof value === 'string' ? refLabel(value) : '';
    case 'person-ref':
      return persons.find((p) => p.id === value)?.name ?? '—';
    default:
      return String(value);
  }
}

const filled = (v: FieldValue | undefined): v is FieldValue =>
  v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0);

/** An entry's details: its kind's fields that apply and are filled, or an assessment's result. */
export function fieldTexts(
  e: Entry,
  t: Translate,
  fmt: Fmt,
  refLabel: (id: string) => string,
  persons: readonly Person[],
): ChronologyField[] {
  if (e.kind === 'risk-assessment') {
    const a = assessmentFromFields(e.fields);
    return [
      { label: t('csv.chronology.kind'), value: t(`risk.level.${a.level}`) },
      {
        label: 'score',
        value: t('risk.score', { score: a.storedScore ?? a.score.score, max: a.score.maxScore }),
      },
    ];
  }
  return KIND_FIELDS[e.kind]
    .filter((s) => isFieldShown(s, e.fields) && filled(e.fields[s.key]))
    .map((s) => ({
      label: t(`field.${s.key}` as MessageKey),
      value: valueText(s, e.fields[s.key]!, t, fmt, refLabel, persons),
    }));
}

/**
 * One row per entry on the timeline (its current version, voided ones marked), of the entries
 * `audience` may read, with contacts and sensitive fields removed, in timeline order.
 */
export function chronologyRows(
  resolved: readonly ResolvedEntry[],
  persons: readonly Person[],
  audience: Audience,
  t: Translate,
  fmt: Fmt,
  refLabel: (id: string) => string,
): ChronologyRow[] {
  const redacted = redactFor(
    audience,
    resolved.map((r) => ({ originalId: r.originalId, entry: r.current })),
    persons,
  );
  const voided = new Set(resolved.filter((r) => r.voided).map((r) => r.originalId));
  return redacted.entries.map(({ originalId, entry: e }) => ({
    entryId: e.id,
    occurredAt: e.occurredAt,
    kind: t(`kind.${e.kind}`),
    agency: e.author.agency.name,
    author: e.author.name,
    confidentiality: e.confidentiality.level,
    basis: e.basis.kind,
    reportedBy: e.basis.kind === 'reported' ? e.basis.by : '',
    narrative: e.narrative,
    fields: fieldTexts(e, t, fmt, refLabel, redacted.persons),
    corrected: e.correction?.action === 'correct',
    voided: voided.has(originalId),
    hash: e.hash,
  }));
}

/** The labels the chronology builder needs, in the export's language. */
export function chronologyLabels(t: Translate) {
  return {
    columns: {
      occurredAt: t('csv.chronology.occurredAt'),
      occurredLocal: t('csv.chronology.occurredLocal'),
      kind: t('csv.chronology.kind'),
      agency: t('csv.chronology.agency'),
      author: t('csv.chronology.author'),
      confidentiality: t('csv.chronology.confidentiality'),
      basis: t('csv.chronology.basis'),
      narrative: t('csv.chronology.narrative'),
      fields: t('csv.chronology.fields'),
      corrected: t('csv.chronology.corrected'),
      voided: t('csv.chronology.voided'),
      entryId: t('csv.chronology.entryId'),
      hash: t('csv.chronology.hash'),
    },
    confidentiality: {
      shared: t('csv.conf.shared'),
      restricted: t('csv.conf.restricted'),
      internal: t('csv.conf.internal'),
    },
    basis: {
      observed: t('csv.basis.observed'),
      reported: t('csv.basis.reported'),
      opinion: t('csv.basis.opinion'),
    },
    yes: t('common.yes'),
    no: t('common.no'),
  };
}

/** The labels of the action register, in the export's language. */
export function actionLabels(t: Translate) {
  return {
    columns: {
      caseReference: t('csv.actions.caseReference'),
      action: t('csv.actions.action'),
      ownerAgency: t('csv.actions.ownerAgency'),
      ownerPerson: t('csv.actions.ownerPerson'),
      dueOn: t('csv.actions.dueOn'),
      dueLocal: t('csv.actions.dueLocal'),
      status: t('csv.actions.status'),
      meeting: t('csv.actions.meeting'),
    },
    status: {
      open: t('register.status.open'),
      done: t('register.status.done'),
      'not-possible': t('register.status.not-possible'),
      overdue: t('register.status.overdue'),
    },
  };
}

/**
 * An action's owner agency in words: its name when the entry names the agency, else (an entry
 * written before actions named it) its kind.
 */
export function ownerName(
  a: { readonly ownerAgency: string; readonly ownerAgencyRef: AgencyRef | null },
  t: Translate,
): string {
  if (a.ownerAgencyRef) return a.ownerAgencyRef.name;
  return isAgencyKind(a.ownerAgency) ? t(`agencyKind.${a.ownerAgency}`) : a.ownerAgency;
}

/** Where a meeting is known for an action: its day and a label. */
export type ActionMeeting = { readonly heldOn: CalendarDate; readonly label: string };

/** A case's actions as register rows: owner agency in words, status as the register counts it. */
export function actionRows(
  c: { readonly reference: string; readonly status: CaseStatus },
  actions: readonly ActionRecord[],
  today: CalendarDate,
  t: Translate,
  meetingOf: (meetingEntryId: string | null, actionId: string) => ActionMeeting | null,
): ActionRegisterRow[] {
  return actions.map((a) => ({
    caseReference: c.reference,
    action: a.text,
    ownerAgency: ownerName(a, t),
    ownerPerson: a.ownerPerson,
    dueOn: a.dueOn,
    status: registerStatus(a, today, c.status),
    meeting: meetingOf(a.meetingEntryId, a.originalId),
  }));
}

const isDeadlineKind = (k: string): k is DeadlineKind => (DEADLINE_KINDS as readonly string[]).includes(k);
const ID_RE = /^[A-Za-z0-9-]+$/;

/**
 * A case's open dated items as calendar deadlines: what is due in words, and the agency
 * responsible (the owner of an action, by name where `actionOwner` knows it from the action's
 * entry; the case's own agency for everything else it tracks).
 * Items with a kind this version does not know, or a source id a calendar cannot carry, are left
 * out; several check-ins of one schedule are told apart by their day.
 */
export function calendarDeadlines(
  c: { readonly reference: string; readonly ownerAgency: string },
  items: readonly DatedItem[],
  t: Translate,
  actionOwner: (sourceEntryId: string) => AgencyRef | null = () => null,
): CalendarDeadline[] {
  const out = new Map<string, CalendarDeadline>();
  for (const item of items) {
    if (!isDeadlineKind(item.kind) || !ID_RE.test(item.sourceEntryId)) continue;
    const repeating = item.kind === 'check-in-due' || item.kind === 'check-in-missed';
    const measure = (MEASURE_TYPES as readonly string[]).includes(item.label)
      ? ` · ${t(`option.${item.label}` as MessageKey)}`
      : '';
    const d: CalendarDeadline = {
      type: 'deadline',
      kind: item.kind,
      sourceId: item.sourceEntryId,
      occurrence: repeating ? item.date.replaceAll('-', '') : '',
      caseReference: c.reference,
      what: `${t(`deadlines.kind.${item.kind}`)}${measure}`,
      agency:
        item.kind === 'action-due'
          ? ownerName({ ownerAgency: item.label, ownerAgencyRef: actionOwner(item.sourceEntryId) }, t)
          : c.ownerAgency,
      date: item.date,
    };
    out.set(`${d.kind}-${d.sourceId}-${d.occurrence}`, d);
  }
  return [...out.values()];
}

/** A meeting as a calendar event: two hours from its start, or all day when no time is set. */
export function calendarMeeting(
  m: Pick<Meeting, 'id' | 'heldOn' | 'startsAt' | 'place'>,
  chair: string,
  start: Instant,
  t: Translate,
): CalendarItem {
  return {
    type: 'meeting',
    sourceId: m.id,
    what: t('ics.meeting'),
    agency: chair,
    place: m.place,
    when: m.startsAt ? { startsAt: start, durationMinutes: 120 } : { date: m.heldOn },
  };
}
