/**
 * Referrals between agencies: one agency refers the case to a named partner with a reason, an
 * urgency and a day to reply by; the partner accepts or declines (with a reason), and the answer
 * travels back in its next bundle. Every desktop that holds the referral and its answer shows
 * the same state; until it is answered, the reply date is a dated item of the case
 * (deadlines.ts 'referral-reply'), overdue once the day has passed.
 */
import { compareCalendar, isCalendarDate, type CalendarDate } from '../dates';
import { isAgencyKind, type AgencyKind, type AgencyRef } from './agencies';
import { agencyOfField } from './agencyField';
import { REFERRAL_URGENCIES } from './entryKinds';
import type { EffectiveEntry } from './timeline';
import type { Entry } from './types';

export type ReferralUrgency = (typeof REFERRAL_URGENCIES)[number];

/** A referral's answer: accepted or declined, by whom, why. */
export type ReferralAnswer = {
  readonly outcome: 'accepted' | 'declined';
  readonly originalId: string;
  readonly entry: Entry;
  readonly reason: string;
};

export type Referral = {
  readonly originalId: string;
  readonly entry: Entry;
  /** The agency it was sent to, when named (referrals before format version 3 named a kind). */
  readonly partner: AgencyRef | null;
  readonly toKind: AgencyKind | null;
  readonly urgency: ReferralUrgency | null;
  readonly replyBy: CalendarDate | null;
  /** The first answer recorded (by occurredAt, then id); null while awaited. */
  readonly answer: ReferralAnswer | null;
};

const isUrgency = (v: unknown): v is ReferralUrgency =>
  typeof v === 'string' && (REFERRAL_URGENCIES as readonly string[]).includes(v);

/** Every referral of the case with its answer, in timeline order. */
export function referralsOf(effective: readonly EffectiveEntry[]): Referral[] {
  const answers = new Map<string, ReferralAnswer>();
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'referral-accepted' && entry.kind !== 'referral-declined') continue;
    const target = entry.fields.referralEntryId;
    if (typeof target !== 'string' || answers.has(target)) continue;
    const reason = entry.fields.reason;
    answers.set(target, {
      outcome: entry.kind === 'referral-accepted' ? 'accepted' : 'declined',
      originalId,
      entry,
      reason: typeof reason === 'string' ? reason : '',
    });
  }
  const out: Referral[] = [];
  for (const { originalId, entry } of effective) {
    if (entry.kind !== 'referral-sent') continue;
    const { toAgency, urgency, replyBy } = entry.fields;
    out.push({
      originalId,
      entry,
      partner: agencyOfField(entry.fields.toPartner),
      toKind: isAgencyKind(toAgency) ? toAgency : null,
      urgency: isUrgency(urgency) ? urgency : null,
      replyBy: isCalendarDate(replyBy) ? replyBy : null,
      answer: answers.get(originalId) ?? null,
    });
  }
  return out;
}

/** True when the referral is unanswered and its reply date is before `today`. */
export function isReplyOverdue(r: Referral, today: CalendarDate): boolean {
  return r.answer === null && r.replyBy !== null && compareCalendar(r.replyBy, today) < 0;
}

/** The referrals sent to `agencyId` that it has not answered yet: what it should accept or decline. */
export function awaitingAnswerFrom(referrals: readonly Referral[], agencyId: string): Referral[] {
  return referrals.filter((r) => r.answer === null && r.partner?.id === agencyId);
}
