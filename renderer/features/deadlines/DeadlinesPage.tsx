import { useMemo, useState } from 'react';
import { isAgencyKind } from '../../../shared/domain/agencies';
import { MEASURE_TYPES } from '../../../shared/domain/entryKinds';
import type { DatedItem } from '../../../shared/domain/types';
import { now } from '../../app/clock';
import { useSettings } from '../../app/settingsContext';
import { useActionTexts, useCaseViews } from '../../db/hooks';
import { useI18n, type Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { EmptyState } from '../../ui/EmptyState';
import { RiskBadge } from '../../ui/RiskBadge';
import { useFormat } from '../../ui/format';
import { deadlineGroups } from './deadlineList';

const WINDOWS = [1, 7, 14, 30, 90] as const;

/**
 * What an item is about, in words: the measure, or the action's text and who is responsible.
 * `actionText` is the action's current wording, read through the codec (the stored summary
 * holds only the responsible agency's kind).
 */
export function itemDetail(item: DatedItem, t: Translate, actionText?: string): string {
  if ((MEASURE_TYPES as readonly string[]).includes(item.label))
    return t(`option.${item.label}` as MessageKey);
  const agency = isAgencyKind(item.label) ? t(`agencyKind.${item.label}`) : '';
  if (item.kind === 'action-due' && actionText) return agency ? `${actionText} · ${agency}` : actionText;
  return agency;
}

/** Everything due across all cases in a chosen window, grouped by day. */
export function DeadlinesPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  const { settings } = useSettings();
  const cases = useCaseViews();
  const [windowDays, setWindowDays] = useState(settings.deadlineWindowDays);
  const today = now().today;
  const groups = useMemo(
    () => (cases ? deadlineGroups(cases, today, windowDays) : []),
    [cases, today, windowDays],
  );
  const actionCases = useMemo(
    () => [
      ...new Set(
        groups.flatMap((g) => g.rows.filter((r) => r.item.kind === 'action-due').map((r) => r.caseView.id)),
      ),
    ],
    [groups],
  );
  const actionTexts = useActionTexts(actionCases);
  const choices = [...new Set([...WINDOWS, settings.deadlineWindowDays])].sort((a, b) => a - b);

  return (
    <>
      <header className="page-header">
        <h1>{t('deadlines.title')}</h1>
        <span className="spacer" />
        <label className="inline-label">
          {t('deadlines.window')}{' '}
          <select value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {choices.map((d) => (
              <option key={d} value={d}>
                {t('cases.filter.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
      </header>
      {cases === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : groups.length === 0 ? (
        <EmptyState title={t('deadlines.title')} body={t('deadlines.empty')} />
      ) : (
        <div className="deadline-groups">
          {groups.map((g) => (
            <section
              key={g.key}
              className={g.key === 'overdue' ? 'deadline-group overdue' : 'deadline-group'}
            >
              <h2>
                {g.key === 'overdue'
                  ? t('deadlines.overdue')
                  : g.key === today
                    ? `${t('deadlines.today')} · ${fmt.date(g.key)}`
                    : fmt.date(g.key)}
              </h2>
              <ul>
                {g.rows.map((r) => (
                  <li key={`${r.caseView.id}-${r.item.kind}-${r.item.sourceEntryId}-${r.item.date}`}>
                    <a href={`#/cases/${r.caseView.id}`} className="deadline-row">
                      <span className="deadline-kind">
                        {t(`deadlines.kind.${r.item.kind}` as MessageKey)}
                      </span>
                      <span className="deadline-detail">
                        {itemDetail(r.item, t, actionTexts?.get(r.item.sourceEntryId))}
                      </span>
                      <span className="deadline-when">
                        {r.overdue && <span className="tag tag-voided">{fmt.date(r.item.date)}</span>}
                      </span>
                      <span className="deadline-case">
                        <strong>{r.caseView.reference}</strong> {r.caseView.victimName}
                      </span>
                      <RiskBadge level={r.caseView.summary.riskLevel} />
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
