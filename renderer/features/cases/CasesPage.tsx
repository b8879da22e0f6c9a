import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { CASE_STATUSES, RISK_LEVELS, type CaseStatus, type RiskLevel } from '../../../shared/domain/types';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { compareCalendar } from '../../../shared/dates';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { shortcutHint, useCommands } from '../../commands/registry';
import { useCaseViews } from '../../db/hooks';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import { EmptyState } from '../../ui/EmptyState';
import { RiskBadge } from '../../ui/RiskBadge';
import { UserText, userTextString } from '../../ui/UserText';
import { useFormat } from '../../ui/format';
import {
  DEFAULT_FILTER,
  filterAndSort,
  SORT_COLUMNS,
  toRows,
  type CaseFilter,
  type SortColumn,
} from './caseFilter';

const ROW_HEIGHT = 44;
const DEADLINE_CHOICES = [1, 7, 14, 30] as const;

const COLUMN_LABELS: Record<SortColumn, MessageKey> = {
  reference: 'cases.col.reference',
  victim: 'cases.col.victim',
  risk: 'cases.col.risk',
  status: 'cases.col.status',
  measures: 'cases.col.measures',
  nextDeadline: 'cases.col.nextDeadline',
  lastActivity: 'cases.col.lastActivity',
  agencies: 'cases.col.agencies',
};

export function CasesPage() {
  const { t } = useI18n();
  const fmt = useFormat();
  const cases = useCaseViews();
  const [filter, setFilter] = useState<CaseFilter>(DEFAULT_FILTER);
  const [active, setActive] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const today = now().today;

  useCommands({ 'search-focus': () => searchRef.current?.focus() });

  const rows = useMemo(() => (cases ? toRows(cases, today, fmt.collator) : []), [cases, today, fmt.collator]);
  const shown = useMemo(() => filterAndSort(rows, filter, today), [rows, filter, today]);
  const agencies = useMemo(() => {
    const byId = new Map<string, AgencyRef>();
    for (const r of rows) for (const a of r.view.summary.agencies) byId.set(a.id, a);
    return [...byId.values()].sort((a, b) => fmt.collator.compare(a.name, b.name));
  }, [rows, fmt.collator]);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const set = (patch: Partial<CaseFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setActive(0);
  };
  const sortBy = (column: SortColumn) =>
    setFilter((f) => ({
      ...f,
      sort: column,
      descending: f.sort === column ? !f.descending : column === 'lastActivity' || column === 'risk',
    }));

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (shown.length === 0) return;
    const move =
      e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowUp'
          ? -1
          : e.key === 'PageDown'
            ? 10
            : e.key === 'PageUp'
              ? -10
              : 0;
    if (move !== 0) {
      e.preventDefault();
      const next = Math.max(0, Math.min(shown.length - 1, active + move));
      setActive(next);
      virtualizer.scrollToIndex(next);
    } else if (e.key === 'Enter') {
      const row = shown[active];
      if (row) navigate({ name: 'case', id: row.view.id });
    }
  };

  if (cases === undefined) return <p className="muted">{t('common.loading')}</p>;

  const header = (
    <header className="page-header">
      <h1>{t('cases.title')}</h1>
      {cases.length > 0 && <span className="muted">{t('cases.count', { count: shown.length })}</span>}
      <span className="spacer" />
      <button
        type="button"
        className="primary"
        onClick={() => navigate({ name: 'case-new' })}
        title={shortcutHint('case-new')}
      >
        {t('cases.new')}
      </button>
    </header>
  );

  if (cases.length === 0) {
    return (
      <>
        {header}
        <EmptyState
          title={t('cases.emptyTitle')}
          body={t('cases.emptyBody')}
          action={
            <button type="button" className="primary" onClick={() => navigate({ name: 'case-new' })}>
              {t('cases.new')}
            </button>
          }
        />
      </>
    );
  }

  const filtered =
    filter.text !== '' ||
    filter.status !== 'all' ||
    filter.risk !== 'all' ||
    filter.agencyId !== 'all' ||
    filter.deadlineDays !== null;

  return (
    <div className="cases-page">
      {header}
      <div className="toolbar" role="search">
        <input
          ref={searchRef}
          type="search"
          className="search"
          placeholder={t('cases.searchPlaceholder')}
          aria-label={t('cases.searchPlaceholder')}
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => e.key === 'ArrowDown' && scrollRef.current?.focus()}
        />
        <label>
          {t('cases.filter.status')}
          <select
            value={filter.status}
            onChange={(e) => set({ status: e.target.value as CaseStatus | 'all' })}
          >
            <option value="all">{t('common.all')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filter.risk')}
          <select
            value={filter.risk}
            onChange={(e) => set({ risk: e.target.value as RiskLevel | 'none' | 'all' })}
          >
            <option value="all">{t('common.all')}</option>
            {RISK_LEVELS.map((r) => (
              <option key={r} value={r}>
                {t(`risk.level.${r}`)}
              </option>
            ))}
            <option value="none">{t('cases.riskNone')}</option>
          </select>
        </label>
        <label>
          {t('cases.filter.agency')}
          <select value={filter.agencyId} onChange={(e) => set({ agencyId: e.target.value })}>
            <option value="all">{t('common.all')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {userTextString(a.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('cases.filter.deadline')}
          <select
            value={filter.deadlineDays ?? ''}
            onChange={(e) => set({ deadlineDays: e.target.value === '' ? null : Number(e.target.value) })}
          >
            <option value="">{t('cases.filter.anyTime')}</option>
            {DEADLINE_CHOICES.map((d) => (
              <option key={d} value={d}>
                {t('cases.filter.days', { count: d })}
              </option>
            ))}
          </select>
        </label>
        {filtered && (
          <button
            type="button"
            className="link"
            onClick={() => set({ ...DEFAULT_FILTER, sort: filter.sort, descending: filter.descending })}
          >
            {t('common.clearFilters')}
          </button>
        )}
      </div>

      <div
        className="grid cases-grid"
        role="grid"
        aria-rowcount={shown.length + 1}
        aria-label={t('cases.title')}
      >
        <div className="grid-row grid-head" role="row">
          {SORT_COLUMNS.map((c) => (
            <div
              key={c}
              role="columnheader"
              className={`col-${c}`}
              aria-sort={filter.sort === c ? (filter.descending ? 'descending' : 'ascending') : 'none'}
            >
              <button
                type="button"
                onClick={() => sortBy(c)}
                title={t('cases.sortBy', { column: t(COLUMN_LABELS[c]) })}
              >
                {t(COLUMN_LABELS[c])}
                {filter.sort === c && <span aria-hidden="true">{filter.descending ? ' ▼' : ' ▲'}</span>}
              </button>
            </div>
          ))}
        </div>
        {shown.length === 0 ? (
          <p className="grid-empty">{t('cases.noMatch')}</p>
        ) : (
          <div
            className="grid-body"
            ref={scrollRef}
            tabIndex={0}
            onKeyDown={onKeyDown}
            aria-activedescendant={`case-row-${active}`}
          >
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((item) => {
                const row = shown[item.index]!;
                const s = row.view.summary;
                return (
                  <div
                    key={row.view.id}
                    id={`case-row-${item.index}`}
                    role="row"
                    aria-rowindex={item.index + 2}
                    aria-selected={item.index === active}
                    className={item.index === active ? 'grid-row active' : 'grid-row'}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      right: 0,
                      height: ROW_HEIGHT,
                      transform: `translateY(${item.start}px)`,
                    }}
                    onClick={() => navigate({ name: 'case', id: row.view.id })}
                  >
                    <div role="gridcell" className="col-reference">
                      <a href={`#/cases/${row.view.id}`} tabIndex={-1}>
                        <UserText text={row.view.reference} />
                      </a>
                    </div>
                    <div role="gridcell" className="col-victim">
                      <UserText text={row.view.victimName} />
                    </div>
                    <div role="gridcell" className="col-risk">
                      <RiskBadge level={s.riskLevel} />
                    </div>
                    <div role="gridcell" className="col-status">
                      <span className={`status status-${row.view.status}`}>
                        {t(`status.${row.view.status}`)}
                      </span>
                    </div>
                    <div role="gridcell" className="col-measures">
                      {row.activeMeasures > 0 ? row.activeMeasures : '—'}
                    </div>
                    <div
                      role="gridcell"
                      className={
                        row.nextDeadline && compareCalendar(row.nextDeadline, today) < 0
                          ? 'col-nextDeadline overdue'
                          : 'col-nextDeadline'
                      }
                    >
                      {row.nextDeadline ? fmt.date(row.nextDeadline) : '—'}
                    </div>
                    <div role="gridcell" className="col-lastActivity">
                      {fmt.instant(s.lastActivityAt)}
                    </div>
                    <div
                      role="gridcell"
                      className="col-agencies"
                      aria-label={s.agencies.map((a) => userTextString(a.name)).join(', ')}
                    >
                      {s.agencies.map((a) => (
                        <span
                          key={a.id}
                          className={`agency-dot agency-${a.kind}`}
                          title={userTextString(a.name)}
                        />
                      ))}
                    </div>
                  </div>
                );
              })}
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
