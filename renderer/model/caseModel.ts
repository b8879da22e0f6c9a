/**
 * Everything the case page derives from a case's entries: the resolved timeline, measures,
 * risk, open actions and the last contact. Pure, so it is unit-tested and benchmarked.
 */
import { calendarDateOf, instantMs, type CalendarDate, type Instant } from '../../shared/dates';
import type { EntryKind } from '../../shared/domain/entryKinds';
import { measureStates, type MeasureState } from '../../shared/domain/measures';
import { escalationLevel, latestRisk, riskTrend } from '../../shared/domain/risk';
import {
  effectiveOf,
  resolveTimeline,
  type EffectiveEntry,
  type ResolvedEntry,
} from '../../shared/domain/timeline';
import type { Entry, RiskLevel } from '../../shared/domain/types';

export type OpenAction = {
  readonly originalId: string;
  readonly text: string;
  readonly dueOn: CalendarDate | null;
  readonly ownerAgency: string;
};

export type CaseModel = {
  readonly resolved: readonly ResolvedEntry[];
  readonly effective: readonly EffectiveEntry[];
  readonly measures: readonly MeasureState[];
  readonly risk: ReturnType<typeof latestRisk>;
  readonly trend: ReturnType<typeof riskTrend>;
  readonly escalation: RiskLevel | null;
  readonly openActions: readonly OpenAction[];
  readonly lastContact: Entry | null;
  /** Current version of an entry by its original id. */
  readonly byOriginal: ReadonlyMap<string, Entry>;
};

const CONTACT_KINDS: readonly EntryKind[] = [
  'callout',
  'contact-attempt',
  'crisis-intake',
  'counselling',
  'preventive-talk',
];

export function caseModel(
  entries: readonly Entry[],
  today: CalendarDate,
  soonDays: number,
  nowInstant: Instant,
): CaseModel {
  const resolved = resolveTimeline(entries);
  const effective = effectiveOf(resolved);
  return { resolved, ...effectiveModel(effective, today, soonDays, nowInstant) };
}

/**
 * The part of the case model that depends only on the current versions of entries, so a printed
 * summary computes it again from what its audience may read.
 */
export function effectiveModel(
  effective: readonly EffectiveEntry[],
  today: CalendarDate,
  soonDays: number,
  nowInstant: Instant,
): Omit<CaseModel, 'resolved'> {
  const byOriginal = new Map(effective.map((e) => [e.originalId, e.entry]));
  const done = new Set(
    effective
      .filter((e) => e.entry.kind === 'action-done')
      .map((e) => String(e.entry.fields.actionEntryId ?? '')),
  );
  const openActions = effective
    .filter((e) => e.entry.kind === 'action-assigned' && !done.has(e.originalId))
    .map((e) => ({
      originalId: e.originalId,
      text: String(e.entry.fields.action ?? ''),
      dueOn: typeof e.entry.fields.dueOn === 'string' ? e.entry.fields.dueOn : null,
      ownerAgency: String(e.entry.fields.ownerAgency ?? ''),
    }))
    .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
  let lastContact: Entry | null = null;
  for (const { entry } of effective) {
    if (!CONTACT_KINDS.includes(entry.kind)) continue;
    if (entry.kind === 'contact-attempt' && entry.fields.reached !== true) continue;
    if (!lastContact || instantMs(entry.occurredAt) > instantMs(lastContact.occurredAt)) lastContact = entry;
  }
  return {
    effective,
    measures: measureStates(effective, today, soonDays),
    risk: latestRisk(effective),
    trend: riskTrend(effective),
    escalation: escalationLevel(effective, nowInstant),
    openActions,
    lastContact,
    byOriginal,
  };
}

/** How an earlier entry is named where another refers to it: kind, date, and measure or action. */
export function refLabelOf(
  entry: Entry | undefined,
  kindLabel: (k: EntryKind) => string,
  detail: (e: Entry) => string,
  date: (d: CalendarDate) => string,
): string {
  if (!entry) return '—';
  const extra = detail(entry);
  return `${kindLabel(entry.kind)} · ${date(calendarDateOf(entry.occurredAt))}${extra ? ` · ${extra}` : ''}`;
}
