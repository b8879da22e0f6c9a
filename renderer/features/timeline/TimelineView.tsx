import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ENTRY_KINDS } from '../../../shared/domain/entryKinds';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { Entry } from '../../../shared/domain/types';
import type { ResolvedEntry } from '../../../shared/domain/timeline';
import { formatDayHeading } from '../../../shared/dates';
import { machineOffset } from '../../app/clock';
import { useI18n } from '../../i18n/i18n';
import { EntryCard } from './EntryCard';
import { EMPTY_TIMELINE_FILTER, rowIndexForDate, timelineRows, type TimelineFilter } from './timelineRows';

type Props = {
  readonly items: readonly ResolvedEntry[];
  readonly agencies: readonly AgencyRef[];
  readonly refLabel: (id: string) => string;
  readonly onCorrect: (entry: Entry) => void;
  readonly onVoid: (entry: Entry) => void;
  /** Whether this office may correct or void an entry (only its author's agency). */
  readonly mayCorrect?: (entry: Entry) => boolean;
  /** More actions on an entry (sharing's Respond, a referral's Accept and Decline). */
  readonly entryActions?: (item: ResolvedEntry) => ReactNode;
};

/** The case timeline: filters, then day groups of entries, virtualised for long cases. */
export function TimelineView({
  items,
  agencies,
  refLabel,
  onCorrect,
  onVoid,
  mayCorrect,
  entryActions,
}: Props) {
  const { t, lang } = useI18n();
  const [filter, setFilter] = useState<TimelineFilter>(EMPTY_TIMELINE_FILTER);
  const [jump, setJump] = useState('');
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => timelineRows(items, filter, machineOffset), [items, filter]);
  const shownCount = rows.length - rows.filter((r) => r.type === 'day').length;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'day' ? 36 : 120),
    overscan: 6,
    getItemKey: (i) => {
      const r = rows[i]!;
      return r.type === 'day' ? `day-${r.date}` : r.item.originalId;
    },
  });

  const set = (patch: Partial<TimelineFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = filter !== EMPTY_TIMELINE_FILTER;

  return (
    <section className="timeline" aria-label={t('timeline.title')}>
      <div className="toolbar timeline-toolbar">
        <h2>{t('timeline.title')}</h2>
        <span className="muted">{t('timeline.count', { count: shownCount })}</span>
        <label>
          {t('timeline.filterAgency')}
          <select value={filter.agencyId} onChange={(e) => set({ agencyId: e.target.value })}>
            <option value="all">{t('common.all')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.filterKind')}
          <select
            value={filter.kind}
            onChange={(e) => set({ kind: e.target.value as TimelineFilter['kind'] })}
          >
            <option value="all">{t('common.all')}</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('timeline.from')}
          <input type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          {t('timeline.to')}
          <input type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <input
          type="search"
          placeholder={t('timeline.text')}
          aria-label={t('timeline.text')}
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
        />
        <label>
          {t('timeline.jumpTo')}
          <input
            type="date"
            value={jump}
            onChange={(e) => {
              setJump(e.target.value);
              const index = e.target.value ? rowIndexForDate(rows, e.target.value) : -1;
              if (index >= 0) virtualizer.scrollToIndex(index, { align: 'start' });
            }}
          />
        </label>
        {filtered && (
          <button type="button" className="link" onClick={() => setFilter(EMPTY_TIMELINE_FILTER)}>
            {t('common.clearFilters')}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="empty-inline">{t('timeline.empty')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-inline">{t('timeline.noMatch')}</p>
      ) : (
        <div className="timeline-scroll" ref={scrollRef} data-testid="timeline-scroll">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const row = rows[v.index]!;
              return (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virtualizer.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  {row.type === 'day' ? (
                    <h3 className="day-heading">
                      <time dateTime={row.date}>{formatDayHeading(row.date, lang)}</time>
                    </h3>
                  ) : (
                    <EntryCard
                      item={row.item}
                      refLabel={refLabel}
                      onCorrect={onCorrect}
                      onVoid={onVoid}
                      mayCorrect={mayCorrect}
                      actions={entryActions}
                    />
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}
