/**
 * Every kind of timeline entry (DOMAIN.md "What happens on a timeline") and its own few
 * structured fields. Forms, validation and display are generated from KIND_FIELDS, so a new
 * kind is added here and in the message catalogues (`kind.<kind>`, `field.<key>`,
 * `option.<value>`), nowhere else.
 *
 * A field may be shown only when another field has certain values (`when`): the months of a
 * court's special requirements are asked for, a police protective order's are not (30 days by
 * law). A hidden field is neither required nor saved (withoutHiddenFields).
 */
import { AGENCY_KINDS } from './agencies';
import type { PersonRole } from './types';

export const MEASURE_TYPES = [
  'protective-order',
  'special-requirements',
  'restraining-order',
  'removal-from-home',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const INCIDENT_TYPES = ['physical', 'psychological', 'sexual', 'economic'] as const;

/**
 * What a court's special requirements may forbid (Law "On Prevention of Domestic Violence",
 * art. 22): contacting the victim, owning or acquiring weapons, non-medical use of psychoactive
 * substances, living in the same dwelling as the victim (exceptional).
 */
export const PROHIBITIONS = ['no-contact', 'no-weapons', 'no-psychoactive', 'no-shared-dwelling'] as const;

/** What followed a breach of a measure (CAO art. 461: a protocol, then a warning or arrest). */
export const BREACH_FOLLOW_UPS = ['warning', 'protocol-461', 'admin-arrest', 'criminal-case'] as const;

export const CHECK_IN_OUTCOMES = ['kept', 'missed'] as const;

/**
 * How an agreed action was closed: done, or found not possible (with the reason). An
 * 'action-done' entry without an outcome, written before outcomes existed, means done.
 */
export const ACTION_OUTCOMES = ['done', 'not-possible'] as const;
export type ActionOutcome = (typeof ACTION_OUTCOMES)[number];
export type CheckInOutcome = (typeof CHECK_IN_OUTCOMES)[number];

/** Whom a contact attempt was with: only contact with the victim counts as "last contact". */
export const CONTACT_WITH = ['victim', 'harm-causer', 'other-person'] as const;

/** Services of social protection: special social services by type, and social worker visits. */
export const SOCIAL_SERVICE_TYPES = [
  'social-worker-visit',
  'social-domestic',
  'social-medical',
  'social-psychological',
  'social-pedagogical',
  'social-labour',
  'social-cultural',
  'social-economic',
  'social-legal',
] as const;
export const SERVICE_STATUSES = ['provided', 'ongoing', 'declined'] as const;

export const BENEFIT_TYPES = [
  'targeted-social-assistance',
  'child-benefit',
  'one-time-assistance',
  'disability-benefit',
  'survivor-benefit',
  'large-family-benefit',
  'other-benefit',
] as const;
export const BENEFIT_STATUSES = ['applied', 'granted', 'refused', 'paid'] as const;

export const HOUSING_SUPPORT_TYPES = [
  'temporary-housing',
  'social-rental',
  'housing-queue',
  'housing-payment',
  'other-housing',
] as const;
export const HOUSING_STATUSES = ['applied', 'granted', 'refused', 'provided'] as const;

export const EMPLOYMENT_SUPPORT_TYPES = [
  'job-placement',
  'vocational-training',
  'subsidised-job',
  'public-works',
  'business-grant',
  'career-guidance',
  'other-employment',
] as const;
export const EMPLOYMENT_STATUSES = ['referred', 'in-progress', 'completed', 'declined'] as const;

/** Largest amount in tenge a support entry takes: more is a typing slip. */
export const MAX_AMOUNT_KZT = 100_000_000;

/** A field is shown only when `field` holds one of `in` (for a multiselect: any of them). */
export type FieldCondition = { readonly field: string; readonly in: readonly string[] };

type Shown<K extends string> = { readonly key: K; readonly when?: FieldCondition };

/**
 * One kind-specific field. `K` is its key and `O` the values of its options, kept literal by the
 * table below so that the message keys `field.<key>` and `option.<value>` are checked at build
 * time (FieldKey, FieldOption).
 */
export type FieldSpec<K extends string = string, O extends string = string> =
  | (Shown<K> & { readonly type: 'text'; readonly required?: boolean; readonly sensitive?: boolean })
  | (Shown<K> & { readonly type: 'date'; readonly required?: boolean })
  | (Shown<K> & {
      readonly type: 'number';
      readonly min: number;
      readonly max: number;
      readonly required?: boolean;
    })
  | (Shown<K> & { readonly type: 'boolean' })
  | (Shown<K> & {
      readonly type: 'select';
      readonly options: readonly O[];
      readonly required?: boolean;
    })
  | (Shown<K> & { readonly type: 'multiselect'; readonly options: readonly O[] })
  /** The id of an earlier entry on the same case, of one of `kinds`. */
  | (Shown<K> & {
      readonly type: 'entry-ref';
      readonly kinds: readonly EntryKind[];
      readonly required?: boolean;
    });

/**
 * The id of a person on the case. `roles` are the roles to offer first (the person a measure is
 * against is normally the person who caused harm); any person on the case may be chosen.
 */
export type PersonRefSpec<K extends string = string> = Shown<K> & {
  readonly type: 'person-ref';
  readonly roles: readonly PersonRole[];
  readonly required?: boolean;
};

/**
 * An agency, stored as the triple [id, kind, name] (agencyField.ts): the partner a consent or a
 * referral names, an agency that must never receive the case. The name travels with the id, as
 * an entry's author and restricted agencies do, so every desktop shows whom an entry names
 * without a directory lookup (the receiver may not know that agency).
 */
export type AgencyRefSpec<K extends string = string> = Shown<K> & {
  readonly type: 'agency-ref';
  readonly required?: boolean;
};

/** Any kind-specific field. */
export type KindFieldSpec<K extends string = string, O extends string = string> =
  FieldSpec<K, O> | PersonRefSpec<K> | AgencyRefSpec<K>;

const text = <K extends string>(
  key: K,
  extra: { required?: boolean; sensitive?: boolean } = {},
  when?: FieldCondition,
): FieldSpec<K, never> => ({
  key,
  type: 'text',
  ...extra,
  ...(when ? { when } : {}),
});
const date = <K extends string>(key: K, required = false, when?: FieldCondition): FieldSpec<K, never> => ({
  key,
  type: 'date',
  required,
  ...(when ? { when } : {}),
});
const num = <K extends string>(
  key: K,
  min: number,
  max: number,
  required = false,
  when?: FieldCondition,
): FieldSpec<K, never> => ({
  key,
  type: 'number',
  min,
  max,
  required,
  ...(when ? { when } : {}),
});
const bool = <K extends string>(key: K): FieldSpec<K, never> => ({ key, type: 'boolean' });
const select = <K extends string, const O extends readonly string[]>(
  key: K,
  options: O,
  required = false,
): FieldSpec<K, O[number]> => ({
  key,
  type: 'select',
  options,
  required,
});
const multi = <K extends string, const O extends readonly string[]>(
  key: K,
  options: O,
  when?: FieldCondition,
): FieldSpec<K, O[number]> => ({
  key,
  type: 'multiselect',
  options,
  ...(when ? { when } : {}),
});
const ref = <K extends string>(
  key: K,
  kinds: readonly EntryKind[],
  required = true,
): FieldSpec<K, never> => ({
  key,
  type: 'entry-ref',
  kinds,
  required,
});
const person = <K extends string>(key: K, required = true): PersonRefSpec<K> => ({
  key,
  type: 'person-ref',
  roles: ['harm-causer'],
  required,
});
const agency = <K extends string>(key: K, required = true): AgencyRefSpec<K> => ({
  key,
  type: 'agency-ref',
  required,
});
const amount = (when?: FieldCondition) => num('amountKzt', 0, MAX_AMOUNT_KZT, false, when);

export const ENTRY_KINDS = [
  'report-received',
  'callout',
  'incident',
  'order-issued',
  'order-served',
  'order-breached',
  'order-ended',
  'check-in',
  'admin-case',
  'court-decision',
  'criminal-case',
  'detention',
  'admin-arrest',
  'registration-on',
  'registration-off',
  'preventive-talk',
  'referral-sent',
  'referral-accepted',
  'referral-declined',
  'crisis-intake',
  'counselling',
  'shelter-admission',
  'shelter-exit',
  'medical-exam',
  'social-service',
  'benefit',
  'housing-support',
  'employment-support',
  'safety-plan',
  'safety-plan-review',
  'risk-assessment',
  'meeting-discussion',
  'action-assigned',
  'action-done',
  'contact-attempt',
  'note',
  // Sharing between agencies (added with bundle format version 3): recorded through their own
  // dialogs (SHARING_KINDS), not the general entry form.
  'consent-recorded',
  'consent-withdrawn',
  'never-share',
  'share-override',
  'entry-response',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (ENTRY_KINDS as readonly string[]).includes(value);
}

/**
 * Kinds recorded through the sharing dialogs (consent, the must-never list, a supervisor's
 * override, a response to another agency's entry), which name agencies from the partner
 * directory: the general entry form does not offer them.
 */
export const SHARING_KINDS = [
  'consent-recorded',
  'consent-withdrawn',
  'never-share',
  'share-override',
  'entry-response',
] as const satisfies readonly EntryKind[];

/** What a victim's consent to share covers: the case record, or the record and contacts too. */
export const CONSENT_SCOPES = ['case-record', 'case-record-and-contacts'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const CONSENT_FORMS = ['consent-written', 'consent-verbal'] as const;
/** What a supervisor's override sets aside: missing consent, the must-never list, or both. */
export const OVERRIDE_GROUNDS = ['no-consent', 'never-share'] as const;
export type OverrideGround = (typeof OVERRIDE_GROUNDS)[number];
/** How another agency answers an entry it may not correct. */
export const RESPONSE_STANCES = ['disputed', 'added-information'] as const;
export const REFERRAL_URGENCIES = ['routine', 'urgent', 'immediate'] as const;

const SPECIAL: FieldCondition = { field: 'measure', in: ['special-requirements'] };

/** The table behind KIND_FIELDS, with its keys and option values as literal types. */
const KIND_FIELD_TABLE = {
  'report-received': [
    select('channel', ['phone-102', 'hotline-111', 'in-person', 'written', 'other-agency'], true),
  ],
  // victimSeen: whether the officers saw or spoke with the victim (it makes a call-out a contact).
  callout: [
    select('visitType', ['call-out', 'home-visit'], true),
    bool('victimSeen'),
    bool('harmCauserPresent'),
  ],
  incident: [
    multi('incidentTypes', INCIDENT_TYPES),
    bool('injuries'),
    bool('childrenPresent'),
    bool('weapon'),
    bool('strangulation'),
  ],
  'order-issued': [
    select('measure', MEASURE_TYPES, true),
    person('againstPersonId'),
    date('startsOn', true),
    // The court's term; the police order's 30 days and the other terms come from measureRules,
    // which also decides that a term must be recorded (validation.ts).
    num('durationMonths', 3, 12, false, SPECIAL),
    multi('prohibitions', PROHIBITIONS, SPECIAL),
    // Reporting to the police for a preventive talk, 1–4 times a month; none when not ordered.
    num('checkInsPerMonth', 1, 4, false, SPECIAL),
    text('orderNumber'),
    text('conditions'),
  ],
  'order-served': [ref('orderEntryId', ['order-issued'])],
  'order-breached': [
    ref('orderEntryId', ['order-issued']),
    multi('followedBy', BREACH_FOLLOW_UPS),
    num('arrestDays', 1, 5, true, { field: 'followedBy', in: ['admin-arrest'] }),
  ],
  'order-ended': [ref('orderEntryId', ['order-issued']), date('endedOn', true)],
  // A scheduled report to the police under special requirements, kept or missed. scheduledOn
  // names the due day of the scheduled check-in it answers (checkIns.ts); without it, the
  // record's day decides.
  'check-in': [
    ref('orderEntryId', ['order-issued']),
    select('outcome', CHECK_IN_OUTCOMES, true),
    date('scheduledOn'),
  ],
  'admin-case': [text('caseNumber'), text('article'), date('hearingOn')],
  'court-decision': [text('decision', { required: true }), date('hearingOn')],
  'criminal-case': [text('caseNumber'), text('article')],
  // Administrative detention by the police, in hours.
  detention: [person('personId'), num('hours', 1, 72, true)],
  // Administrative arrest by a court, in days (CAO art. 50: up to 30 days for the offences here).
  'admin-arrest': [person('personId'), num('days', 1, 30, true), date('startsOn')],
  'registration-on': [date('reviewOn')],
  'registration-off': [],
  'preventive-talk': [],
  // toPartner, urgency and replyBy came with format version 3: older referrals named a kind only.
  'referral-sent': [
    select('toAgency', AGENCY_KINDS, true),
    text('reason'),
    agency('toPartner', false),
    select('urgency', REFERRAL_URGENCIES),
    date('replyBy'),
  ],
  'referral-accepted': [ref('referralEntryId', ['referral-sent'], false)],
  'referral-declined': [ref('referralEntryId', ['referral-sent'], false), text('reason')],
  'crisis-intake': [],
  counselling: [select('sessionType', ['psychological', 'legal', 'social'], true)],
  'shelter-admission': [text('shelter', { sensitive: true }), date('plannedExitOn')],
  'shelter-exit': [],
  'medical-exam': [bool('injuriesRecorded'), bool('forensic')],
  'social-service': [
    select('serviceType', SOCIAL_SERVICE_TYPES, true),
    select('status', SERVICE_STATUSES, true),
    date('untilOn', false, { field: 'status', in: ['ongoing'] }),
  ],
  benefit: [
    select('benefitType', BENEFIT_TYPES, true),
    select('status', BENEFIT_STATUSES, true),
    amount({ field: 'status', in: ['granted', 'paid'] }),
    date('fromOn', false, { field: 'status', in: ['granted', 'paid'] }),
    date('untilOn', false, { field: 'status', in: ['granted', 'paid'] }),
  ],
  'housing-support': [
    select('supportType', HOUSING_SUPPORT_TYPES, true),
    select('status', HOUSING_STATUSES, true),
    amount({ field: 'supportType', in: ['housing-payment'] }),
    date('fromOn'),
    date('untilOn'),
  ],
  'employment-support': [
    select('supportType', EMPLOYMENT_SUPPORT_TYPES, true),
    select('status', EMPLOYMENT_STATUSES, true),
    amount({ field: 'supportType', in: ['business-grant', 'subsidised-job'] }),
    date('fromOn'),
    date('untilOn'),
  ],
  'safety-plan': [date('reviewOn')],
  'safety-plan-review': [date('nextReviewOn')],
  'risk-assessment': [],
  // The victim's views as reported to the meeting (who reported them is the entry's basis).
  'meeting-discussion': [text('victimViews')],
  // ownerAgencyRef: the responsible agency itself, so two agencies of one kind stay apart (an
  // older entry holds only ownerAgency, the kind). ownerPerson: the named person responsible,
  // where the meeting knew one. meetingEntryId: the discussion entry of the meeting that agreed
  // the action (its id on this case's timeline).
  'action-assigned': [
    text('action', { required: true }),
    select('ownerAgency', AGENCY_KINDS, true),
    agency('ownerAgencyRef', false),
    text('ownerPerson'),
    date('dueOn', true),
    ref('meetingEntryId', ['meeting-discussion'], false),
  ],
  'action-done': [
    ref('actionEntryId', ['action-assigned']),
    select('outcome', ACTION_OUTCOMES),
    text('reason', { required: true }, { field: 'outcome', in: ['not-possible'] }),
  ],
  'contact-attempt': [
    select('contactWith', CONTACT_WITH, true),
    select('method', ['phone', 'visit', 'message'], true),
    bool('reached'),
  ],
  note: [],
  // Consent of the victim (or their representative) to share with one partner: scope, and the
  // last day it holds (none: until withdrawn).
  'consent-recorded': [
    agency('partner'),
    select('scope', CONSENT_SCOPES, true),
    select('consentForm', CONSENT_FORMS, true),
    date('expiresOn'),
  ],
  'consent-withdrawn': [ref('consentEntryId', ['consent-recorded'])],
  // An agency that must never receive this case (where the person who caused harm works, say).
  // Voiding the entry takes the agency off the list.
  'never-share': [agency('excludedAgency'), text('reason')],
  // A supervisor sets aside missing consent or the must-never list for one partner, on a legal
  // ground; it holds on the day it was recorded (consent.ts).
  'share-override': [
    agency('partner'),
    multi('overrides', OVERRIDE_GROUNDS),
    text('legalGround', { required: true }),
    text('supervisor', { required: true }),
  ],
  // Another agency's answer to an entry it may not correct or void (ownership.ts).
  'entry-response': [
    ref(
      'respondsTo',
      ENTRY_KINDS.filter((k) => k !== 'entry-response'),
    ),
    select('stance', RESPONSE_STANCES, true),
  ],
} satisfies Record<EntryKind, readonly KindFieldSpec[]>;

type TableSpec = (typeof KIND_FIELD_TABLE)[EntryKind][number];
/** Every kind-specific field key: `field.<key>` must be a message key. */
export type FieldKey = TableSpec['key'];
/**
 * Every option value of a select or multiselect field: `option.<value>` must be a message key,
 * except agency kinds, which are named `agencyKind.<kind>`.
 */
export type FieldOption = Extract<TableSpec, { readonly options: readonly string[] }>['options'][number];

/**
 * Kind-specific fields, with the person fields and conditions. Risk assessments keep their
 * answers in their own fields (see risk.ts).
 */
export const KIND_FIELDS: Record<EntryKind, readonly KindFieldSpec<FieldKey, FieldOption>[]> =
  KIND_FIELD_TABLE;

/**
 * The fields a form that knows neither person fields nor conditions can show: KIND_FIELDS
 * without person-ref and agency-ref fields, and with conditional fields optional (such a form cannot tell
 * when they apply). Kept for the forms that read it; new code uses KIND_FIELDS and shownFields.
 */
export const ENTRY_FIELDS: Record<EntryKind, readonly FieldSpec<FieldKey, FieldOption>[]> =
  Object.fromEntries(
    ENTRY_KINDS.map((kind): [EntryKind, readonly FieldSpec<FieldKey, FieldOption>[]] => [
      kind,
      KIND_FIELDS[kind]
        .filter(
          (s): s is FieldSpec<FieldKey, FieldOption> => s.type !== 'person-ref' && s.type !== 'agency-ref',
        )
        .map((s) => (s.when && 'required' in s ? { ...s, required: false } : s)),
    ]),
  ) as Record<EntryKind, readonly FieldSpec<FieldKey, FieldOption>[]>;

/** Whether a field applies, given the entry's other values. */
export function isFieldShown(spec: KindFieldSpec, fields: Readonly<Record<string, unknown>>): boolean {
  if (!spec.when) return true;
  const v = fields[spec.when.field];
  const allowed = spec.when.in;
  if (typeof v === 'string') return allowed.includes(v);
  return Array.isArray(v) && v.some((x) => typeof x === 'string' && allowed.includes(x));
}

/** The fields of `kind` that apply, in form order. */
export function shownFields(
  kind: EntryKind,
  fields: Readonly<Record<string, unknown>>,
): KindFieldSpec<FieldKey, FieldOption>[] {
  return KIND_FIELDS[kind].filter((s) => isFieldShown(s, fields));
}

/**
 * The values of fields that apply, and values of keys that are not fields of the kind dropped:
 * a term typed before the measure was changed to a protective order is not saved with it.
 */
export function withoutHiddenFields<V>(
  kind: EntryKind,
  fields: Readonly<Record<string, V>>,
): Record<string, V> {
  const out: Record<string, V> = {};
  for (const s of shownFields(kind, fields)) {
    const v = fields[s.key];
    if (v !== undefined) out[s.key] = v;
  }
  return out;
}

/** Groups for the entry-kind picker, in the order a user scans them. */
export const ENTRY_KIND_GROUPS = [
  { id: 'events', kinds: ['report-received', 'callout', 'incident', 'contact-attempt', 'note'] },
  {
    id: 'measures',
    kinds: [
      'order-issued',
      'order-served',
      'order-breached',
      'order-ended',
      'check-in',
      'detention',
      'admin-arrest',
    ],
  },
  {
    id: 'proceedings',
    kinds: [
      'admin-case',
      'court-decision',
      'criminal-case',
      'registration-on',
      'registration-off',
      'preventive-talk',
    ],
  },
  {
    id: 'support',
    kinds: [
      'referral-sent',
      'referral-accepted',
      'referral-declined',
      'crisis-intake',
      'counselling',
      'shelter-admission',
      'shelter-exit',
      'medical-exam',
    ],
  },
  { id: 'social', kinds: ['social-service', 'benefit', 'housing-support', 'employment-support'] },
  {
    id: 'safety',
    kinds: [
      'safety-plan',
      'safety-plan-review',
      'risk-assessment',
      'meeting-discussion',
      'action-assigned',
      'action-done',
    ],
  },
] as const satisfies readonly { readonly id: string; readonly kinds: readonly EntryKind[] }[];

/** A picker group's id: `entry.group.<id>` must be a message key. */
export type KindGroupId = (typeof ENTRY_KIND_GROUPS)[number]['id'];
