import { useMemo, useState } from 'react';
import type { Language } from '../../../shared/dates';
import { isAgencyKind } from '../../../shared/domain/agencies';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { Audience } from '../../../shared/domain/audience';
import { MEASURE_TYPES } from '../../../shared/domain/entryKinds';
import type { DatedItem } from '../../../shared/domain/types';
import { actionRegisterCsv } from '../../../shared/exports/actionRegisterCsv';
import { calendarIcs, type CalendarItem } from '../../../shared/exports/calendarIcs';
import { exportFileName } from '../../../shared/exports/fileName';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { useSettings } from '../../app/settingsContext';
import { useCaseViews } from '../../db/hooks';
import { useActionDetails, useMeetings, type ActionDetails } from '../../db/meetingHooks';
import { actionMeetings } from '../../db/meetingRepo';
import { translator, useI18n, type Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { EmptyState } from '../../ui/EmptyState';
import { RiskBadge } from '../../ui/RiskBadge';
import { UserText } from '../../ui/UserText';
import { useFormat } from '../../ui/format';
import {
  ExportDialog,
  actionLabels,
  calendarDeadlines,
  calendarMeeting,
  ownerName,
  saveTextExport,
  type ExportNotice,
} from '../exports';
import { meetingStart, readable } from '../meetings';
import { CloseActionDialog } from './CloseActionDialog';
import {
  NO_FILTER,
  filterGroups,
  ownerChoices,
  type ActionFacts,
  type DeadlineFilter,
} from './deadlineFilter';
import { deadlineGroups, type DeadlineRow } from './deadlineList';
import { meetingsInWindow } from './deadlineMeetings';

const WINDOWS = [1, 7, 14, 30, 90] as const;

/**
 * What an item is about, in words: the measure, or the responsible agency: by name when the
 * action's entry names it (`owner`), else its kind, all the stored summary holds. An action's
 * own wording and named person are shown apart.
 */
export function itemDetail(item: DatedItem, t: Translate, owner: AgencyRef | null = null): string {
  if ((MEASURE_TYPES as readonly string[]).includes(item.label))
    return t(`option.${item.label}` as MessageKey);
  if (item.kind === 'action-due') return ownerName({ ownerAgency: item.label, ownerAgencyRef: owner }, t);
  return isAgencyKind(item.label) ? t(`agencyKind.${item.label}`) : '';
}

type Closing = { readonly row: DeadlineRow; readonly text: string };

/**
 * Everything due across open and monitored cases in a chosen window, grouped by day: the full
 * wording of each action with its owner agency and named person, filters by owner and by the
 * meeting that agreed it, closing an action from the list, and the list as a calendar or an
 * action register. A closed case's items are never listed, so never overdue.
 */
export function DeadlinesPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  const actor = useActor();
  const { settings } = useSettings();
  const cases = useCaseViews();
  const meetings = useMeetings();
  const [windowDays, setWindowDays] = useState(settings.deadlineWindowDays);
  const [filter, setFilter] = useState<DeadlineFilter>(NO_FILTER);
  const [closing, setClosing] = useState<Closing | null>(null);
  const [exporting, setExporting] = useState<'ics' | 'csv' | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const today = now().today;
  const all = useMemo(
    () => (cases ? deadlineGroups(cases, today, windowDays) : []),
    [cases, today, windowDays],
  );
  const actionCases = useMemo(
    () => [
      ...new Set(
        all.flatMap((g) => g.rows.filter((r) => r.item.kind === 'action-due').map((r) => r.caseView.id)),
      ),
    ],
    [all],
  );
  const details = useActionDetails(actionCases);
  const byAction = useMemo(() => actionMeetings(meetings ?? []), [meetings]);
  const meetingDay = useMemo(
    () => new Map((meetings ?? []).map((m) => [m.id as string, m.heldOn])),
    [meetings],
  );
  const detail = (row: DeadlineRow): ActionDetails | undefined => details?.get(row.item.sourceEntryId);
  const facts = useMemo(
    (): ActionFacts => ({
      ownerAgency: (id) => details?.get(id)?.ownerAgency ?? null,
      ownerPerson: (id) => details?.get(id)?.ownerPerson ?? '',
      meetingOf: (id) => byAction.get(id) ?? null,
    }),
    [details, byAction],
  );
  const groups = useMemo(() => filterGroups(all, filter, facts), [all, filter, facts]);
  // Each agency by name (two crisis centres are two owners); an older action by its kind.
  const ownerLabel = (o: { agency: AgencyRef | null; kind: string }) =>
    ownerName({ ownerAgency: o.kind, ownerAgencyRef: o.agency }, t);
  const owners = ownerChoices(all, facts).sort((a, b) => ownerLabel(a).localeCompare(ownerLabel(b)));
  const choices = [...new Set([...WINDOWS, settings.deadlineWindowDays])].sort((a, b) => a - b);
  const shown = groups.flatMap((g) => g.rows);
  // Meetings go into the calendar with the deadlines (the page lists deadlines only).
  const calendarMeetings = useMemo(
    () => meetingsInWindow(readable(meetings ?? []), today, windowDays, filter),
    [meetings, today, windowDays, filter],
  );

  const exportList = async (
    what: 'ics' | 'csv',
    audience: Audience,
    lang: Language,
  ): Promise<ExportNotice> => {
    const tx = translator(lang);
    const c = now();
    const caseIds = [...new Set(shown.map((r) => r.caseView.id))];
    if (what === 'ics') {
      const items: CalendarItem[] = [
        ...[...new Set(shown.map((r) => r.caseView))].flatMap((view) =>
          calendarDeadlines(
            { reference: view.reference, ownerAgency: view.ownerAgency.name },
            shown.filter((r) => r.caseView === view).map((r) => r.item),
            tx,
            facts.ownerAgency,
          ),
        ),
        ...calendarMeetings.map((m) => calendarMeeting(m, m.chair.name, meetingStart(m), tx)),
      ];
      return saveTextExport(
        {
          kind: 'calendar',
          format: 'ics',
          title: t('export.title.calendar'),
          fileName: exportFileName([tx('export.file.deadlines')], c.today, 'ics'),
          build: () => calendarIcs(items, { name: tx('ics.name.deadlines'), now: c.instant }),
          caseIds,
          audience,
          language: lang,
        },
        actor,
        t,
      );
    }
    const rows = shown
      .filter((r) => r.item.kind === 'action-due')
      .map((r) => {
        const d = detail(r);
        const meetingId = byAction.get(r.item.sourceEntryId);
        const heldOn = meetingId ? meetingDay.get(meetingId) : undefined;
        return {
          caseReference: r.caseView.reference,
          action: d?.text ?? '',
          ownerAgency: ownerName({ ownerAgency: r.item.label, ownerAgencyRef: d?.ownerAgency ?? null }, tx),
          ownerPerson: d?.ownerPerson ?? '',
          dueOn: r.item.date,
          status: r.overdue ? ('overdue' as const) : ('open' as const),
          meeting: heldOn ? { heldOn, label: '' } : null,
        };
      });
    return saveTextExport(
      {
        kind: 'action-register',
        format: 'csv',
        title: t('export.title.action-register'),
        fileName: exportFileName([tx('export.file.actions')], c.today, 'csv'),
        build: () => actionRegisterCsv(rows, actionLabels(tx)),
        caseIds,
        audience,
        language: lang,
      },
      actor,
      t,
    );
  };

  return (
    <>
      <header className="page-header">
        <h1>{t('deadlines.title')}</h1>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => setExporting('ics')}
          disabled={shown.length === 0 && calendarMeetings.length === 0}
        >
          {t('deadlines.exportCalendar')}
        </button>
        <button
          type="button"
          onClick={() => setExporting('csv')}
          disabled={!shown.some((r) => r.item.kind === 'action-due')}
        >
          {t('deadlines.exportActions')}
        </button>
      </header>
      <div className="toolbar deadline-filters">
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
        <label className="inline-label">
          {t('deadlines.filter.owner')}{' '}
          <select value={filter.owner} onChange={(e) => setFilter({ ...filter, owner: e.target.value })}>
            <option value="">{t('deadlines.filter.anyOwner')}</option>
            {owners.map((o) => (
              <option key={o.key} value={o.key}>
                {ownerLabel(o)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-label">
          {t('deadlines.filter.person')}{' '}
          <input
            type="search"
            value={filter.person}
            onChange={(e) => setFilter({ ...filter, person: e.target.value })}
          />
        </label>
        <label className="inline-label">
          {t('deadlines.filter.meeting')}{' '}
          <select value={filter.meeting} onChange={(e) => setFilter({ ...filter, meeting: e.target.value })}>
            <option value="">{t('deadlines.filter.anyMeeting')}</option>
            <option value="none">{t('deadlines.filter.noMeeting')}</option>
            {(meetings ?? []).map((m) => (
              <option key={m.id} value={m.id}>
                {t('deadlines.filter.meetingOf', { date: fmt.date(m.heldOn) })}
              </option>
            ))}
          </select>
        </label>
        {(filter.owner !== '' || filter.person !== '' || filter.meeting !== '') && (
          <button type="button" className="link" onClick={() => setFilter(NO_FILTER)}>
            {t('common.clearFilters')}
          </button>
        )}
      </div>
      {notice && (
        <p role="status" className={notice.ok ? 'notice' : 'notice notice-error'}>
          {notice.text}
          <button
            type="button"
            className="link"
            onClick={() => setNotice(null)}
            aria-label={t('common.close')}
          >
            ×
          </button>
        </p>
      )}
      {cases === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : all.length === 0 ? (
        <EmptyState title={t('deadlines.title')} body={t('deadlines.empty')} />
      ) : groups.length === 0 ? (
        <p className="muted">{t('deadlines.noMatch')}</p>
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
                {g.rows.map((r) => {
                  const d = r.item.kind === 'action-due' ? detail(r) : undefined;
                  const meetingId = byAction.get(r.item.sourceEntryId);
                  const heldOn = meetingId ? meetingDay.get(meetingId) : undefined;
                  return (
                    <li
                      key={`${r.caseView.id}-${r.item.kind}-${r.item.sourceEntryId}-${r.item.date}`}
                      className="deadline-row"
                    >
                      <span className="deadline-kind">
                        {t(`deadlines.kind.${r.item.kind}` as MessageKey)}
                      </span>
                      <span className="deadline-detail">
                        {d && (
                          <a href={`#/cases/${r.caseView.id}`} className="deadline-action">
                            <UserText text={d.text} />
                          </a>
                        )}
                        <span className="muted">
                          {itemDetail(r.item, t, d?.ownerAgency ?? null)}
                          {d?.ownerPerson ? (
                            <>
                              {' · '}
                              {t('print.person')}: <UserText text={d.ownerPerson} />
                            </>
                          ) : null}
                          {heldOn ? ` · ${t('deadlines.fromMeeting', { date: fmt.date(heldOn) })}` : ''}
                        </span>
                      </span>
                      <span className="deadline-when">
                        {r.overdue && <span className="tag tag-voided">{fmt.date(r.item.date)}</span>}
                      </span>
                      <a href={`#/cases/${r.caseView.id}`} className="deadline-case">
                        <strong>{r.caseView.reference}</strong> <UserText text={r.caseView.victimName} />
                      </a>
                      <RiskBadge level={r.caseView.summary.riskLevel} />
                      <span className="deadline-buttons">
                        {r.item.kind === 'action-due' && (
                          <button
                            type="button"
                            onClick={() => setClosing({ row: r, text: d?.text ?? '' })}
                            aria-label={t('deadlines.closeNamed', { action: d?.text ?? '' })}
                          >
                            {t('deadlines.close')}
                          </button>
                        )}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </div>
      )}
      {closing && (
        <CloseActionDialog
          caseId={closing.row.caseView.id}
          actionEntryId={closing.row.item.sourceEntryId}
          actionText={closing.text}
          onClose={() => setClosing(null)}
          onDone={(text) => {
            setClosing(null);
            setNotice({ ok: true, text: t('deadlines.closed', { action: text }) });
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          title={t(exporting === 'ics' ? 'export.title.calendar' : 'export.title.action-register')}
          hint={t(exporting === 'ics' ? 'export.calendarHint' : 'export.csvHint')}
          agencies={null}
          onClose={() => setExporting(null)}
          onExport={async (audience, lang) => {
            const n = await exportList(exporting, audience, lang);
            if (n) {
              setExporting(null);
              setNotice(n);
            }
          }}
        />
      )}
    </>
  );
}
