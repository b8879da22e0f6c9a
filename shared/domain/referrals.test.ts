import { describe, expect, it } from 'vitest';
import type { AgencyId } from '../ids';
import type { AgencyRef } from './agencies';
import { agencyFieldValue } from './agencyField';
import { datedItems } from './deadlines';
import { awaitingAnswerFrom, isReplyOverdue, referralsOf } from './referrals';
import { effectiveEntries } from './timeline';
import { testEntry } from './testEntries.testkit';

const CRISIS: AgencyRef = {
  id: '01900000-0000-7000-8000-0000000000c1' as AgencyId,
  name: 'Кризисный центр',
  kind: 'crisis-centre',
};

const referral = (replyBy?: string) =>
  testEntry('referral-sent', {
    toAgency: 'crisis-centre',
    toPartner: agencyFieldValue(CRISIS),
    urgency: 'urgent',
    reason: 'Психологическая помощь',
    ...(replyBy ? { replyBy } : {}),
  });

const items = (entries: ReturnType<typeof testEntry>[]) =>
  datedItems({
    effective: effectiveEntries(entries),
    measures: [],
    checkIns: [],
    missedCheckIns: [],
    review: null,
    reassessment: null,
  });

describe('referrals', () => {
  it('await an answer from the partner they name, and are a dated item until answered', () => {
    const r = referral('2026-02-10');
    const [state] = referralsOf(effectiveEntries([r]));
    expect(state).toMatchObject({
      partner: CRISIS,
      toKind: 'crisis-centre',
      urgency: 'urgent',
      replyBy: '2026-02-10',
      answer: null,
    });
    expect(awaitingAnswerFrom([state!], CRISIS.id)).toHaveLength(1);
    expect(items([r])).toEqual([
      { date: '2026-02-10', kind: 'referral-reply', label: 'crisis-centre', sourceEntryId: r.id },
    ]);
    expect(isReplyOverdue(state!, '2026-02-10')).toBe(false);
    expect(isReplyOverdue(state!, '2026-02-11')).toBe(true);
  });

  it('once accepted or declined, carry the answer and its reason, and leave the deadlines', () => {
    const r = referral('2026-02-10');
    const declined = testEntry(
      'referral-declined',
      { referralEntryId: r.id, reason: 'Нет мест' },
      { agencyKind: 'crisis-centre' },
    );
    const [state] = referralsOf(effectiveEntries([r, declined]));
    expect(state?.answer).toMatchObject({ outcome: 'declined', reason: 'Нет мест' });
    expect(awaitingAnswerFrom([state!], CRISIS.id)).toEqual([]);
    expect(items([r, declined])).toEqual([]);
    expect(isReplyOverdue(state!, '2026-03-01')).toBe(false);
  });

  it('written before partners were named keep their agency kind and no reply date', () => {
    const old = testEntry('referral-sent', { toAgency: 'health', reason: 'Консультация' });
    const [state] = referralsOf(effectiveEntries([old]));
    expect(state).toMatchObject({ partner: null, toKind: 'health', replyBy: null });
    expect(items([old])).toEqual([]);
  });
});
