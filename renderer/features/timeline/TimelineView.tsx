import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ENTRY_KINDS, isEntryKind } from '../../../shared/domain/entryKinds';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { Entry } from '../../../shared/domain/types';
import type { ResolvedEntry } from '../../../shared/domain/timeline';
import { formatDayHeading } from '../../../shared/dates';
import { machineOffset } from '../../app/clock';
import { useI18n } from '../../i18n/i18n';
import { DateInput } from '../../ui/dates/DateInput';
import { useDateLabels } from '../../ui/dateLabels';
import { EntryField } from '../../ui/entry/EntryField';
import { AgencyLegend } from './AgencyLegend';
import { EntryCard } from './EntryCard';
import { optionText } from './KindFields';
import { EMPTY_TIMELINE_FILTER, rowIndexForDate, timelineRows, type TimelineFilter } from './timelineRows';

type Props = {
  readonly items: readonly ResolvedEntry[];
  readonly agencies: readonly AgencyRef[];
  readonly refLabel: (id: string) => string;
  /** The name of a person on the case, for fields that name one. */
  readonly personLabel: (id: string) => string | null;
  readonly onCorrect: (entry: Entry) => void;
  readonly onVoid: (entry: Entry) => void;
  /** Whether this office may correct or void an entry (only its author's agency). */
  readonly mayCorrect?: (entry: Entry) => boolean;
  /** More actions on an entry (sharing's Respond, a referral's Accept and Decline). */
  readonly entryActions?: (item: ResolvedEntry) => ReactNode;
};

const kindOrAll = (v: string): TimelineFilter['kind'] => (isEntryKind(v) ? v : 'all');

/**
 * The case timeline: its heading with the agencies' colours named and "jump to date", the
 * filters on one row, then day groups of entries, virtualised for long cases.
 */
export function TimelineView({
  items,
  agencies,
  refLabel,
  personLabel,
  onCorrect,
  onVoid,
  mayCorrect,
  entryActions,
}: Props) {
  const { t, lang } = useI18n();
  const dateLabels = useDateLabels();
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
      <div className="timeline-head">
        <h2>{t('timeline.title')}</h2>
        <span className="muted">{t('timeline.count', { count: shownCount })}</span>
        <AgencyLegend agencies={agencies} />
        <span className="spacer" />
        <EntryField label={t('timeline.jumpTo')} className="jump-field">
          <DateInput
            value={jump}
            lang={lang}
            labels={dateLabels}
            onChange={(date) => {
              setJump(date);
              const index = date ? rowIndexForDate(rows, date) : -1;
              if (index < 0) return;
              virtualizer.scrollToIndex(index, { align: 'start' });
              // The list may itself be below the fold: bring the day into the window too, once the
              // virtualiser has drawn it.
              requestAnimationFrame(() =>
                scrollRef.current
                  ?.querySelector(`[data-index="${index}"]`)
                  ?.scrollIntoView({ block: 'start' }),
              );
            }}
          />
        </EntryField>
      </div>
      <div className="timeline-filters" role="search" aria-label={t('timeline.filters')}>
        <EntryField label={t('timeline.filterAgency')}>
          <select value={filter.agencyId} onChange={(e) => set({ agencyId: e.target.value })}>
            <option value="all">{t('common.all')}</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {optionText(a.name)}
              </option>
            ))}
          </select>
        </EntryField>
        <EntryField label={t('timeline.filterKind')}>
          <select value={filter.kind} onChange={(e) => set({ kind: kindOrAll(e.target.value) })}>
            <option value="all">{t('common.all')}</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </EntryField>
        <EntryField label={t('timeline.from')}>
          <DateInput value={filter.from} lang={lang} labels={dateLabels} onChange={(from) => set({ from })} />
        </EntryField>
        <EntryField label={t('timeline.to')}>
          <DateInput value={filter.to} lang={lang} labels={dateLabels} onChange={(to) => set({ to })} />
        </EntryField>
        <EntryField label={t('timeline.text')} className="text-filter">
          <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
        </EntryField>
        <div className="field clear-field">
          <span aria-hidden="true" />
          {filtered && (
            <button type="button" className="link" onClick={() => setFilter(EMPTY_TIMELINE_FILTER)}>
              {t('common.clearFilters')}
            </button>
          )}
        </div>
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
                      personLabel={personLabel}
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
