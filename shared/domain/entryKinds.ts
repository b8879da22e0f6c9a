/**
 * Every kind of timeline entry (DOMAIN.md "What happens on a timeline") and its own few
 * structured fields. Forms, validation and display are generated from this table, so a new
 * kind is added here and in the message catalogues, nowhere else.
 */
export const MEASURE_TYPES = [
  'protective-order',
  'special-requirements',
  'restraining-order',
  'removal-from-home',
] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export const INCIDENT_TYPES = ['physical', 'psychological', 'sexual', 'economic'] as const;

export type FieldSpec =
  | { readonly key: string; readonly type: 'text'; readonly required?: boolean; readonly sensitive?: boolean }
  | { readonly key: string; readonly type: 'date'; readonly required?: boolean }
  | {
      readonly key: string;
      readonly type: 'number';
      readonly min: number;
      readonly max: number;
      readonly required?: boolean;
    }
  | { readonly key: string; readonly type: 'boolean' }
  | {
      readonly key: string;
      readonly type: 'select';
      readonly options: readonly string[];
      readonly required?: boolean;
    }
  | { readonly key: string; readonly type: 'multiselect'; readonly options: readonly string[] }
  /** The id of an earlier entry on the same case, of one of `kinds`. */
  | {
      readonly key: string;
      readonly type: 'entry-ref';
      readonly kinds: readonly EntryKind[];
      readonly required?: boolean;
    };

const text = (key: string, extra: { required?: boolean; sensitive?: boolean } = {}): FieldSpec => ({
  key,
  type: 'text',
  ...extra,
});
const date = (key: string, required = false): FieldSpec => ({ key, type: 'date', required });
const bool = (key: string): FieldSpec => ({ key, type: 'boolean' });
const select = (key: string, options: readonly string[], required = false): FieldSpec => ({
  key,
  type: 'select',
  options,
  required,
});
const ref = (key: string, kinds: readonly EntryKind[], required = true): FieldSpec => ({
  key,
  type: 'entry-ref',
  kinds,
  required,
});

export const ENTRY_KINDS = [
  'report-received',
  'callout',
  'incident',
  'order-issued',
  'order-served',
  'order-breached',
  'order-ended',
  'admin-case',
  'court-decision',
  'criminal-case',
  'detention',
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
  'safety-plan',
  'safety-plan-review',
  'risk-assessment',
  'meeting-discussion',
  'action-assigned',
  'action-done',
  'contact-attempt',
  'note',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && (ENTRY_KINDS as readonly string[]).includes(value);
}

const AGENCY_OPTIONS = [
  'police',
  'social-protection',
  'crisis-centre',
  'health',
  'education-guardianship',
  'prosecutor-court',
  'minors-commission',
  'local-administration',
] as const;

/** Kind-specific fields. Risk assessments keep their answers in their own fields (see risk.ts). */
export const ENTRY_FIELDS: Record<EntryKind, readonly FieldSpec[]> = {
  'report-received': [
    select('channel', ['phone-102', 'hotline-111', 'in-person', 'written', 'other-agency'], true),
  ],
  callout: [select('visitType', ['call-out', 'home-visit'], true), bool('harmCauserPresent')],
  incident: [
    { key: 'incidentTypes', type: 'multiselect', options: INCIDENT_TYPES },
    bool('injuries'),
    bool('childrenPresent'),
    bool('weapon'),
    bool('strangulation'),
  ],
  'order-issued': [
    select('measure', MEASURE_TYPES, true),
    date('startsOn', true),
    { key: 'durationMonths', type: 'number', min: 3, max: 12 },
    text('orderNumber'),
    text('conditions'),
  ],
  'order-served': [ref('orderEntryId', ['order-issued'])],
  'order-breached': [ref('orderEntryId', ['order-issued'])],
  'order-ended': [ref('orderEntryId', ['order-issued']), date('endedOn', true)],
  'admin-case': [text('caseNumber'), text('article'), date('hearingOn')],
  'court-decision': [text('decision', { required: true }), date('hearingOn')],
  'criminal-case': [text('caseNumber'), text('article')],
  detention: [{ key: 'hours', type: 'number', min: 1, max: 72, required: true }],
  'registration-on': [date('reviewOn')],
  'registration-off': [],
  'preventive-talk': [],
  'referral-sent': [select('toAgency', AGENCY_OPTIONS, true), text('reason')],
  'referral-accepted': [ref('referralEntryId', ['referral-sent'], false)],
  'referral-declined': [ref('referralEntryId', ['referral-sent'], false), text('reason')],
  'crisis-intake': [],
  counselling: [select('sessionType', ['psychological', 'legal', 'social'], true)],
  'shelter-admission': [text('shelter', { sensitive: true }), date('plannedExitOn')],
  'shelter-exit': [],
  'medical-exam': [bool('injuriesRecorded'), bool('forensic')],
  'safety-plan': [date('reviewOn')],
  'safety-plan-review': [date('nextReviewOn')],
  'risk-assessment': [],
  'meeting-discussion': [],
  'action-assigned': [
    text('action', { required: true }),
    select('ownerAgency', AGENCY_OPTIONS, true),
    date('dueOn', true),
  ],
  'action-done': [ref('actionEntryId', ['action-assigned'])],
  'contact-attempt': [select('method', ['phone', 'visit', 'message'], true), bool('reached')],
  note: [],
};

/** Groups for the entry-kind picker, in the order a user scans them. */
export const ENTRY_KIND_GROUPS: readonly { readonly id: string; readonly kinds: readonly EntryKind[] }[] = [
  { id: 'events', kinds: ['report-received', 'callout', 'incident', 'contact-attempt', 'note'] },
  { id: 'measures', kinds: ['order-issued', 'order-served', 'order-breached', 'order-ended', 'detention'] },
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
];
