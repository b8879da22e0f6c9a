/**
 * The one home of a case's facts (DESIGN.md §3): risk now and its trend, measures, check-ins,
 * open and overdue actions, last contact with the victim, reviews and reassessments due, and the
 * dated items that feed the deadlines. The case page, the cases list (through the stored
 * summary), the deadlines page, prints and the meeting pack all take them from here, so two
 * screens cannot disagree.
 *
 * Two layers:
 * - datedFacts(effective): facts with no "today" in them. The stored case summary is derived
 *   from these (summary.ts), and everything below builds on them.
 * - caseFacts(effective, { today, now, soonDays }): today's view for a screen or a document,
 *   computed from the same dated facts.
 * Prints pass the entries their audience may read (audience.ts), so nothing withheld shows
 * through a derived fact. What changed since a date is changes.ts, built on the same functions.
 */
import {
  calendarDateOf,
  compareCalendar,
  instantMs,
  isCalendarDate,
  type CalendarDate,
  type Instant,
} from '../dates';
import {
  checkInSchedules,
  checkInStateOn,
  missedCheckIns,
  type CheckInSchedule,
  type CheckInStateName,
  type CheckInStatus,
  type MissedCheckIn,
} from './checkIns';
import { lastVictimContact } from './contact';
import { datedItems, doneActions, openItemsOn } from './deadlines';
import { DEFAULT_RULES, type MeasureRule } from './measureRules';
import { isInForce, measureRecords, measureStateOn, type MeasureRecord, type MeasureState } from './measures';
import {
  countsAsEscalation,
  escalationDays,
  escalationLevel,
  riskRank,
  riskTrend,
  type TrendPoint,
} from './risk';
import {
  reassessmentDue,
  reviewDue,
  riskNow,
  type ReassessmentDue,
  type ReviewDue,
  type RiskNow,
} from './riskReview';
import { DEFAULT_RISK_RULES, TRIGGER_INCIDENT_FIELDS, type RiskReviewRule } from './riskRules';
import type { EffectiveEntry } from './timeline';
import type { CaseSignals, DatedItem, Entry, RiskLevel } from './types';

/** The rules tables a case's facts depend on; the shipped ones when omitted. */
export type FactRules = {
  readonly measures?: readonly MeasureRule[];
  readonly risk?: readonly RiskReviewRule[];
};

/** An action not yet done. `text` is typed text: shown on screen and in print, never stored in the summary. */
export type OpenAction = {
  readonly originalId: string;
  readonly text: string;
  readonly dueOn: CalendarDate | null;
  /** The responsible agency's kind. */
  readonly ownerAgency: string;
};

/** Facts with no "today" in them. */
export type DatedFacts = {
  readonly risk: RiskNow | null;
  /** Every assessment, oldest first, with the level and score it recorded. */
  readonly trend: readonly TrendPoint[];
  readonly measures: readonly MeasureRecord[];
  readonly checkIns: readonly CheckInSchedule[];
  readonly missedCheckIns: readonly MissedCheckIn[];
  /** Sorted by due date, undated last. */
  readonly openActions: readonly OpenAction[];
  /** The latest contact with the victim (contact.ts). */
  readonly lastContact: EffectiveEntry | null;
  readonly review: ReviewDue | null;
  readonly reassessment: ReassessmentDue | null;
  /** Every open dated item (deadlines.ts): what the deadlines page lists. */
  readonly items: readonly DatedItem[];
  readonly signals: CaseSignals;
};

function later(a: Instant, b: Instant | null): Instant {
  return b === null || instantMs(a) > instantMs(b) ? a : b;
}

/** The latest incident, serious incident, breach, police call-out, report and missed check-in. */
export function caseSignals(effective: readonly EffectiveEntry[]): CaseSignals {
  let lastIncidentAt: Instant | null = null;
  let lastSeriousIncidentAt: Instant | null = null;
  let lastBreachAt: Instant | null = null;
  let lastCalloutAt: Instant | null = null;
  let lastReportAt: Instant | null = null;
  let lastMissedCheckInAt: Instant | null = null;
  for (const { entry } of effective) {
    const at = entry.occurredAt;
    switch (entry.kind) {
      case 'incident':
        lastIncidentAt = later(at, lastIncidentAt);
        if (TRIGGER_INCIDENT_FIELDS.some((f) => entry.fields[f] === true))
          lastSeriousIncidentAt = later(at, lastSeriousIncidentAt);
        break;
      case 'order-breached':
        lastBreachAt = later(at, lastBreachAt);
        break;
      case 'callout':
        if (countsAsEscalation(entry.kind, entry.author.agency.kind, entry.fields.visitType))
          lastCalloutAt = later(at, lastCalloutAt);
        break;
      case 'report-received':
        lastReportAt = later(at, lastReportAt);
        break;
      case 'check-in':
        if (entry.fields.outcome === 'missed') lastMissedCheckInAt = later(at, lastMissedCheckInAt);
        break;
      default:
        break;
    }
  }
  return {
    lastIncidentAt,
    lastSeriousIncidentAt,
    lastBreachAt,
    lastCalloutAt,
    lastReportAt,
    lastMissedCheckInAt,
  };
}

/** Actions assigned and not done, by due date (undated last), with their wording. */
export function openActionsOf(effective: readonly EffectiveEntry[]): OpenAction[] {
  const done = doneActions(effective);
  return effective
    .filter((e) => e.entry.kind === 'action-assigned' && !done.has(e.originalId))
    .map(({ originalId, entry }) => ({
      originalId,
      text: typeof entry.fields.action === 'string' ? entry.fields.action : '',
      dueOn: isCalendarDate(entry.fields.dueOn) ? entry.fields.dueOn : null,
      ownerAgency: typeof entry.fields.ownerAgency === 'string' ? entry.fields.ownerAgency : '',
    }))
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}

/** A case's facts with no "today" in them, from its effective entries. */
export function datedFacts(effective: readonly EffectiveEntry[], rules: FactRules = {}): DatedFacts {
  const riskRules = rules.risk ?? DEFAULT_RISK_RULES;
  const measures = measureRecords(effective, rules.measures ?? DEFAULT_RULES);
  const checkIns = checkInSchedules(effective, measures);
  const missed = missedCheckIns(effective, checkIns);
  const risk = riskNow(effective, riskRules);
  const review = reviewDue(risk, riskRules);
  const reassessment = reassessmentDue(effective, riskRules);
  return {
    risk,
    trend: riskTrend(effective),
    measures,
    checkIns,
    missedCheckIns: missed,
    openActions: openActionsOf(effective),
    lastContact: lastVictimContact(effective),
    review,
    reassessment,
    items: datedItems({ effective, measures, checkIns, missedCheckIns: missed, review, reassessment }),
    signals: caseSignals(effective),
  };
}

export const RISK_DIRECTIONS = ['rising', 'falling', 'steady'] as const;
export type RiskDirection = (typeof RISK_DIRECTIONS)[number];

/** Which way the last two assessments moved the level; null with fewer than two. */
export function riskDirection(trend: readonly { readonly level: RiskLevel }[]): RiskDirection | null {
  const [a, b] = [trend[trend.length - 2], trend[trend.length - 1]];
  if (!a || !b) return null;
  const d = riskRank(b.level) - riskRank(a.level);
  return d > 0 ? 'rising' : d < 0 ? 'falling' : 'steady';
}

/** A scheduled check-in with its state today. */
export type CheckInToday = CheckInStatus & { readonly state: CheckInStateName };

/** An open action today. */
export type OpenActionToday = OpenAction & { readonly overdue: boolean };

/** Today's view of a case, for screens and documents. */
export type CaseFacts = {
  readonly today: CalendarDate;
  readonly effective: readonly EffectiveEntry[];
  /** Current version of an entry by its original id. */
  readonly byOriginal: ReadonlyMap<string, Entry>;
  /** The level that holds now, with the assessment it rests on; null when never assessed. */
  readonly risk: RiskNow | null;
  readonly trend: readonly TrendPoint[];
  readonly riskDirection: RiskDirection | null;
  /** Escalation as of now ('high' or null), and the days that count towards it. */
  readonly escalation: RiskLevel | null;
  readonly escalationDays: readonly CalendarDate[];
  /** Every measure with its state today, in timeline order. */
  readonly measures: readonly MeasureState[];
  /** The measures in force today. */
  readonly activeMeasures: readonly MeasureState[];
  readonly openActions: readonly OpenActionToday[];
  /** The latest contact with the victim: the entry, and its original id. */
  readonly lastContact: Entry | null;
  readonly lastContactId: string | null;
  readonly review: (ReviewDue & { readonly overdue: boolean }) | null;
  readonly reassessment: (ReassessmentDue & { readonly overdue: boolean }) | null;
  readonly checkIns: readonly {
    readonly orderEntryId: string;
    readonly perMonth: number;
    readonly slots: readonly CheckInToday[];
    readonly extra: readonly string[];
  }[];
  readonly missedCheckIns: readonly MissedCheckIn[];
  /** Items open today, overdue ones first (no window: screens pick theirs). */
  readonly deadlines: readonly DatedItem[];
  readonly signals: CaseSignals;
};

export type CaseFactsOptions = {
  readonly today: CalendarDate;
  /** The moment escalation is counted up to (the end of today, or now). */
  readonly now: Instant;
  /** The user's "expiring soon" window in days. */
  readonly soonDays: number;
  readonly rules?: FactRules;
};

/** Today's view of a case from its effective entries (audience-redacted ones for a print). */
export function caseFacts(effective: readonly EffectiveEntry[], o: CaseFactsOptions): CaseFacts {
  const d = datedFacts(effective, o.rules);
  const riskRules = o.rules?.risk ?? DEFAULT_RISK_RULES;
  const measures = d.measures.map((m) => measureStateOn(m, o.today, o.soonDays));
  const overdue = (day: CalendarDate) => compareCalendar(day, o.today) < 0;
  return {
    today: o.today,
    effective,
    byOriginal: new Map(effective.map((e) => [e.originalId, e.entry])),
    risk: d.risk,
    trend: d.trend,
    riskDirection: riskDirection(d.trend),
    escalation: escalationLevel(effective, o.now, riskRules),
    escalationDays: escalationDays(effective, o.now, riskRules),
    measures,
    activeMeasures: measures.filter((m) => isInForce(m.state)),
    openActions: d.openActions.map((a) => ({ ...a, overdue: a.dueOn !== null && overdue(a.dueOn) })),
    lastContact: d.lastContact?.entry ?? null,
    lastContactId: d.lastContact?.originalId ?? null,
    review: d.review ? { ...d.review, overdue: overdue(d.review.dueOn) } : null,
    reassessment: d.reassessment ? { ...d.reassessment, overdue: overdue(d.reassessment.dueOn) } : null,
    checkIns: d.checkIns.map((s) => ({
      ...s,
      slots: s.slots.map((slot) => ({ ...slot, state: checkInStateOn(slot, o.today) })),
    })),
    missedCheckIns: d.missedCheckIns,
    deadlines: openItemsOn(d.items, o.today, null),
    signals: d.signals,
  };
}

/** The calendar day of the latest victim contact, for "days since last contact". */
export function lastContactDay(facts: Pick<CaseFacts, 'lastContact'>): CalendarDate | null {
  return facts.lastContact ? calendarDateOf(facts.lastContact.occurredAt) : null;
}
