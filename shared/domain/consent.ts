/**
 * The victim's consent to share, the must-never list, and a supervisor's override: whether this
 * office may send a case to a partner today (DOMAIN.md "Confidentiality is safety", Law No.
 * 94-V "On Personal Data and its Protection": consent and purpose limitation).
 *
 * All three are timeline entries, so they are kept, corrected and shared like any other, and
 * every desktop that holds the case computes the same answer from them:
 * - 'consent-recorded' names one partner, what may be shared (the case record, or the record
 *   with contacts and addresses) and optionally the last day it holds; 'consent-withdrawn'
 *   ends it from its day on. A consent holds from the day it was given.
 * - 'never-share' names an agency that must never receive the case (where the person who caused
 *   harm works, say); voiding that entry takes the agency off the list.
 * - 'share-override' records a supervisor setting aside missing consent or the must-never list
 *   for one partner, on a legal ground. It holds on the day it was recorded only: each later
 *   send needs its own decision, so an override never becomes a standing permission by accident.
 */
import { calendarDateOf, compareCalendar, isCalendarDate, type CalendarDate } from '../dates';
import type { AgencyRef } from './agencies';
import { agencyOfField } from './agencyField';
import type { ConsentScope, OverrideGround } from './entryKinds';
import { CONSENT_SCOPES, OVERRIDE_GROUNDS } from './entryKinds';
import type { EffectiveEntry } from './timeline';

/** One consent, with its withdrawal if there was one. */
export type ConsentRecord = {
  readonly originalId: string;
  readonly partner: AgencyRef;
  readonly scope: ConsentScope;
  /** The day it was given (the entry's day). */
  readonly givenOn: CalendarDate;
  /** The last day it holds; null: until withdrawn. */
  readonly expiresOn: CalendarDate | null;
  /** The day it was withdrawn; null: not withdrawn. */
  readonly withdrawnOn: CalendarDate | null;
};

/** An agency on the must-never list, and the entry that put it there. */
export type NeverShare = { readonly originalId: string; readonly agency: AgencyRef; readonly reason: string };

export type ShareRefusal = OverrideGround;

/** Whether the case may go to one partner today, and why not. */
export type ShareDecision = {
  readonly partner: AgencyRef;
  /** What stands in the way, before any override. */
  readonly refusals: readonly ShareRefusal[];
  /** What stands in the way after today's overrides: empty means the send may go ahead. */
  readonly open: readonly ShareRefusal[];
  readonly consent: ConsentRecord | null;
  /** The consent that no longer holds (expired or withdrawn), to say why there is none. */
  readonly lapsed: ConsentRecord | null;
  readonly neverShare: NeverShare | null;
  /** Today's override for this partner, when there is one. */
  readonly override: EffectiveEntry | null;
  /** Whether contacts and addresses may go too: only a consent that covers them allows it. */
  readonly contacts: boolean;
};

const isScope = (v: unknown): v is ConsentScope =>
  typeof v === 'string' && (CONSENT_SCOPES as readonly string[]).includes(v);

/** Every consent on the case, oldest first, each with the withdrawal that ended it. */
export function consentsOf(effective: readonly EffectiveEntry[]): ConsentRecord[] {
  const withdrawn = new Map<string, CalendarDate>();
  for (const { entry } of effective) {
    if (entry.kind !== 'consent-withdrawn') continue;
    const target = entry.fields.consentEntryId;
    const on = calendarDateOf(entry.occurredAt);
    if (typeof target !== 'string') continue;
    const had = withdrawn.get(target);
    if (!had || compareCalendar(on, had) < 0) withdrawn.set(target, on);
  }
  const out: ConsentRecord[] = [];
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'consent-recorded') continue;
    const partner = agencyOfField(entry.fields.partner);
    const scope = entry.fields.scope;
    if (!partner || !isScope(scope)) continue;
    const expires = entry.fields.expiresOn;
    out.push({
      originalId,
      partner,
      scope,
      givenOn: calendarDateOf(entry.occurredAt),
      expiresOn: isCalendarDate(expires) ? expires : null,
      withdrawnOn: withdrawn.get(originalId) ?? null,
    });
  }
  return out;
}

/** True when the consent holds on `day`: given by then, not expired, not withdrawn by then. */
export function consentHolds(c: ConsentRecord, day: CalendarDate): boolean {
  if (compareCalendar(c.givenOn, day) > 0) return false;
  if (c.expiresOn !== null && compareCalendar(day, c.expiresOn) > 0) return false;
  return c.withdrawnOn === null || compareCalendar(day, c.withdrawnOn) < 0;
}

/** The agencies on the case's must-never list. */
export function neverShareList(effective: readonly EffectiveEntry[]): NeverShare[] {
  const out: NeverShare[] = [];
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'never-share') continue;
    const agency = agencyOfField(entry.fields.excludedAgency);
    if (!agency) continue;
    const reason = entry.fields.reason;
    out.push({ originalId, agency, reason: typeof reason === 'string' ? reason : '' });
  }
  return out;
}

/** What an override entry sets aside (its `overrides` field); empty when it names nothing. */
export function overrideGrounds(entry: EffectiveEntry['entry']): ShareRefusal[] {
  const v = entry.fields.overrides;
  if (!Array.isArray(v)) return [];
  return OVERRIDE_GROUNDS.filter((g) => (v as readonly string[]).includes(g));
}

/** Today's overrides for `partnerId`, newest last. */
export function overridesOn(
  effective: readonly EffectiveEntry[],
  partnerId: string,
  today: CalendarDate,
): EffectiveEntry[] {
  return effective.filter(
    ({ entry }) =>
      entry.kind === 'share-override' &&
      agencyOfField(entry.fields.partner)?.id === partnerId &&
      calendarDateOf(entry.occurredAt) === today,
  );
}

/**
 * Whether the case may go to `partner` today: it needs a consent that holds today and the
 * partner off the must-never list, or a supervisor's override of today for what is missing.
 * Of several consents the widest that holds counts (one covering contacts wins).
 */
export function shareDecision(
  effective: readonly EffectiveEntry[],
  partner: AgencyRef,
  today: CalendarDate,
): ShareDecision {
  const forPartner = consentsOf(effective).filter((c) => c.partner.id === partner.id);
  const holding = forPartner.filter((c) => consentHolds(c, today));
  const consent =
    holding.find((c) => c.scope === 'case-record-and-contacts') ?? holding[holding.length - 1] ?? null;
  const lapsed = consent ? null : (forPartner[forPartner.length - 1] ?? null);
  const neverShare = neverShareList(effective).find((n) => n.agency.id === partner.id) ?? null;
  const refusals: ShareRefusal[] = [];
  if (!consent) refusals.push('no-consent');
  if (neverShare) refusals.push('never-share');
  const overrides = overridesOn(effective, partner.id, today);
  const covered = new Set(overrides.flatMap((o) => overrideGrounds(o.entry)));
  const open = refusals.filter((r) => !covered.has(r));
  return {
    partner,
    refusals,
    open,
    consent,
    lapsed,
    neverShare,
    override: refusals.length > 0 && open.length === 0 ? (overrides[overrides.length - 1] ?? null) : null,
    contacts: consent?.scope === 'case-record-and-contacts',
  };
}

/** The entry kinds that decide whether an agency must not receive a case (mustNotReceive). */
export const SHARE_RULE_KINDS = ['never-share', 'share-override'] as const;

/** Whether `kind` is one of SHARE_RULE_KINDS. */
export function isShareRuleKind(kind: string): boolean {
  return (SHARE_RULE_KINDS as readonly string[]).includes(kind);
}

/**
 * True when the case, as `effective` holds it, lists `agencyId` as one that must never receive
 * it and no override of the day the bundle was made lets it: a bundle like that is refused.
 */
export function mustNotReceive(
  effective: readonly EffectiveEntry[],
  agencyId: string,
  madeOn: CalendarDate,
): boolean {
  if (!neverShareList(effective).some((n) => n.agency.id === agencyId)) return false;
  return !overridesOn(effective, agencyId, madeOn).some((o) =>
    overrideGrounds(o.entry).includes('never-share'),
  );
}
