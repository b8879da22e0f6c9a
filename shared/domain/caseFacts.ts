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
import type { AgencyRef } from './agencies';
import { agencyOfField } from './agencyField';
import { lastVictimContact } from './contact';
import { datedItems, doneActions, openItemsOn } from './deadlines';
import { DEFAULT_RULES, type MeasureRule } from './measureRules';
import { isInForce, measureRecords, measureStateOn, type MeasureRecord, type MeasureState } from './measures';
import {
  assessmentFromFields,
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
  /**
   * The responsible agency itself (id, kind, name), when the entry names it; null on an entry
   * written before actions named their agency, which holds only the kind.
   */
  readonly ownerAgencyRef: AgencyRef | null;
  /** The named person responsible; '' when none was named. */
  readonly ownerPerson: string;
  /** Original id of the meeting discussion that agreed it; null for an action assigned outside a meeting. */
  readonly meetingEntryId: string | null;
};

/** Where an agreed action stands: open, or closed as done or as not possible. */
export type ActionStatus =
  | { readonly state: 'open' }
  | { readonly state: 'done'; readonly at: Instant; readonly closedBy: string }
  | {
      readonly state: 'not-possible';
      readonly at: Instant;
      readonly closedBy: string;
      readonly reason: string;
    };

/** Every action of a case with its status: the action register. */
export type ActionRecord = OpenAction & { readonly status: ActionStatus };

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
  /** Every action with its status (open, done, not possible), by due date. */
  readonly actions: readonly ActionRecord[];
  /** The factors answered yes on the assessment the current level rests on. */
  readonly riskFactors: readonly string[];
  readonly victimViews: VictimViews | null;
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

const textField = (entry: Entry, key: string): string => {
  const v = entry.fields[key];
  return typeof v === 'string' ? v : '';
};

function actionOf({ originalId, entry }: EffectiveEntry): OpenAction {
  const meeting = textField(entry, 'meetingEntryId');
  return {
    originalId,
    text: textField(entry, 'action'),
    dueOn: isCalendarDate(entry.fields.dueOn) ? entry.fields.dueOn : null,
    ownerAgency: textField(entry, 'ownerAgency'),
    ownerAgencyRef: agencyOfField(entry.fields.ownerAgencyRef),
    ownerPerson: textField(entry, 'ownerPerson').trim(),
    meetingEntryId: meeting === '' ? null : meeting,
  };
}

const byDue = (a: OpenAction, b: OpenAction) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999');

/** Actions assigned and not done, by due date (undated last), with their wording. */
export function openActionsOf(effective: readonly EffectiveEntry[]): OpenAction[] {
  const done = doneActions(effective);
  return effective
    .filter((e) => e.entry.kind === 'action-assigned' && !done.has(e.originalId))
    .map(actionOf)
    .sort(byDue);
}

/**
 * Every action with its status, by due date: open, done, or not possible with the reason. The
 * first closing entry (by when it happened) decides; a later one is a second record of the same.
 */
export function actionRecordsOf(effective: readonly EffectiveEntry[]): ActionRecord[] {
  const closing = new Map<string, Entry>();
  for (const { entry } of effective) {
    if (entry.kind !== 'action-done') continue;
    const target = textField(entry, 'actionEntryId');
    const seen = closing.get(target);
    if (!seen || instantMs(entry.occurredAt) < instantMs(seen.occurredAt)) closing.set(target, entry);
  }
  return effective
    .filter((e) => e.entry.kind === 'action-assigned')
    .map((e): ActionRecord => {
      const c = closing.get(e.originalId);
      const status: ActionStatus = !c
        ? { state: 'open' }
        : c.fields.outcome === 'not-possible'
          ? {
              state: 'not-possible',
              at: c.occurredAt,
              closedBy: c.author.agency.name,
              reason: textField(c, 'reason'),
            }
          : { state: 'done', at: c.occurredAt, closedBy: c.author.agency.name };
      return { ...actionOf(e), status };
    })
    .sort(byDue);
}

/** The victim's views as last reported to a case meeting. */
export type VictimViews = {
  readonly text: string;
  /** Original id of the meeting discussion entry that recorded them. */
  readonly entryId: string;
  readonly at: Instant;
  /** Who reported them, when the entry says ('reported' basis); '' otherwise. */
  readonly reportedBy: string;
};

/** The newest meeting discussion that recorded the victim's views, or null. */
export function victimViewsOf(effective: readonly EffectiveEntry[]): VictimViews | null {
  let best: VictimViews | null = null;
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'meeting-discussion') continue;
    const text = textField(entry, 'victimViews').trim();
    if (text === '' || (best && instantMs(entry.occurredAt) <= instantMs(best.at))) continue;
    best = {
      text,
      entryId: originalId,
      at: entry.occurredAt,
      reportedBy: entry.basis.kind === 'reported' ? entry.basis.by : '',
    };
  }
  return best;
}

/**
 * The risk factors answered yes on the assessment the current level rests on, critical ones
 * first (risk.ts scoreAssessment's order); empty when never assessed.
 */
export function riskFactorsOf(effective: readonly EffectiveEntry[], risk: RiskNow | null): readonly string[] {
  if (!risk) return [];
  const entry = effective.find((e) => e.originalId === risk.originalId)?.entry;
  return entry ? assessmentFromFields(entry.fields).score.reasons : [];
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
    actions: actionRecordsOf(effective),
    riskFactors: riskFactorsOf(effective, risk),
    victimViews: victimViewsOf(effective),
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
  /** Every action with its status. */
  readonly actions: readonly ActionRecord[];
  /** The factors answered yes on the assessment the current level rests on, critical first. */
  readonly riskFactors: readonly string[];
  /** The author of that assessment (who assessed the risk, and for which agency). */
  readonly riskAssessedBy: Entry['author'] | null;
  readonly victimViews: VictimViews | null;
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
  /** Items open today, overdue ones first (no window: screens pick theirs); none on a closed case. */
  readonly deadlines: readonly DatedItem[];
  readonly signals: CaseSignals;
};

export type CaseFactsOptions = {
  readonly today: CalendarDate;
  /** The moment escalation is counted up to (the end of today, or now). */
  readonly now: Instant;
  /** The user's "expiring soon" window in days. */
  readonly soonDays: number;
  /**
   * The case is closed: its dates are history, so nothing on it is overdue (no action, review,
   * reassessment or check-in) and nothing is due. False when omitted.
   */
  readonly closed?: boolean;
  readonly rules?: FactRules;
};

/** Today's view of a case from its effective entries (audience-redacted ones for a print). */
export function caseFacts(effective: readonly EffectiveEntry[], o: CaseFactsOptions): CaseFacts {
  const d = datedFacts(effective, o.rules);
  const riskRules = o.rules?.risk ?? DEFAULT_RISK_RULES;
  const measures = d.measures.map((m) => measureStateOn(m, o.today, o.soonDays));
  const closed = o.closed === true;
  const overdue = (day: CalendarDate) => !closed && compareCalendar(day, o.today) < 0;
  // A slot past its day on a closed case was never kept nor missed: it stays as it was, due.
  const slotState = (slot: CheckInStatus): CheckInStateName => {
    const state = checkInStateOn(slot, o.today);
    return closed && state === 'overdue' ? 'due' : state;
  };
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
    actions: d.actions,
    riskFactors: d.riskFactors,
    riskAssessedBy: d.risk
      ? (effective.find((e) => e.originalId === d.risk?.originalId)?.entry.author ?? null)
      : null,
    victimViews: d.victimViews,
    lastContact: d.lastContact?.entry ?? null,
    lastContactId: d.lastContact?.originalId ?? null,
    review: d.review ? { ...d.review, overdue: overdue(d.review.dueOn) } : null,
    reassessment: d.reassessment ? { ...d.reassessment, overdue: overdue(d.reassessment.dueOn) } : null,
    checkIns: d.checkIns.map((s) => ({
      ...s,
      slots: s.slots.map((slot) => ({ ...slot, state: slotState(slot) })),
    })),
    missedCheckIns: d.missedCheckIns,
    deadlines: closed ? [] : openItemsOn(d.items, o.today, null),
    signals: d.signals,
  };
}

/** The calendar day of the latest victim contact, for "days since last contact". */
export function lastContactDay(facts: Pick<CaseFacts, 'lastContact'>): CalendarDate | null {
  return facts.lastContact ? calendarDateOf(facts.lastContact.occurredAt) : null;
}
