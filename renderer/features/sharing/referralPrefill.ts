/**
 * What a referral says without anyone typing it again: the latest risk assessment (level and
 * day), the measures in force with their last day, and the latest incident, taken from the
 * case's facts (shared/domain/caseFacts.ts via the case model). The person edits what they need.
 */
import { addDays, calendarDateOf, type CalendarDate } from '../../../shared/dates';
import type { ReferralUrgency } from '../../../shared/domain/referrals';
import type { CaseModel } from '../../model/caseModel';
import type { Translate } from '../../i18n/i18n';

/** The summary a referral's narrative starts from. */
export function referralSummary(model: CaseModel, t: Translate, date: (d: CalendarDate) => string): string {
  const lines: string[] = [];
  lines.push(
    model.risk
      ? t('refer.prefill.risk', {
          level: t(`risk.level.${model.risk.level}`),
          date: date(calendarDateOf(model.risk.occurredAt)),
        })
      : t('refer.prefill.noRisk'),
  );
  for (const m of model.activeMeasures)
    if (m.endsOn)
      lines.push(t('refer.prefill.measure', { measure: t(`option.${m.measure}`), date: date(m.endsOn) }));
  if (model.signals.lastIncidentAt)
    lines.push(t('refer.prefill.incident', { date: date(calendarDateOf(model.signals.lastIncidentAt)) }));
  return lines.join('\n');
}

/** How urgent a referral is by default: urgent when the case is at high risk now. */
export function defaultUrgency(model: CaseModel): ReferralUrgency {
  return model.risk?.level === 'high' || model.escalation === 'high' ? 'urgent' : 'routine';
}

/** The day to answer by for an urgency: tomorrow, in two days, in a week. */
export function replyByFor(urgency: ReferralUrgency, today: CalendarDate): CalendarDate {
  return addDays(today, urgency === 'immediate' ? 1 : urgency === 'urgent' ? 2 : 7);
}
