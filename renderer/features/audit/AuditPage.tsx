import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AUDIT_ACTIONS, type AuditAction } from '../../../shared/audit/actions';
import type { AuditRecord } from '../../../shared/audit/chain';
import type { ChainVerdict } from '../../../shared/audit/verify';
import { isInstant, parseDate } from '../../../shared/dates';
import { readAuditLog, verifyAuditLog } from '../../db/auditLog';
import { useCaseViews } from '../../db/hooks';
import { invoke } from '../../host';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { UserText } from '../../ui/UserText';
import { useSession } from '../session';
import { actorsOf, filterAudit, NO_FILTER, type AuditFilter } from './auditFilter';
import { VerifyResult } from './VerifyResult';

const ROW_HEIGHT = 34;

/**
 * The audit log (supervisors and administrators): every record, newest first, filtered by
 * person, case, action and days; and Verify, which checks the whole chain against the newest
 * link the host kept and points at the first broken record.
 */
export function AuditPage() {
  const { t } = useI18n();
  const { may } = useSession();
  if (!may('audit-view'))
    return (
      <div className="empty-state">
        <p>{t('audit.onlySupervisors')}</p>
      </div>
    );
  return <AuditLog />;
}

type Verify =
  | { readonly state: 'idle' }
  | { readonly state: 'running'; readonly checked: number; readonly total: number }
  | { readonly state: 'done'; readonly verdict: ChainVerdict };

function AuditLog() {
  const { t } = useI18n();
  const fmt = useFormat();
  const views = useCaseViews();
  const [records, setRecords] = useState<readonly AuditRecord[] | null>(null);
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [verify, setVerify] = useState<Verify>({ state: 'idle' });
  const [marked, setMarked] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => setRecords(await readAuditLog()), []);
  useEffect(() => {
    void load();
  }, [load]);

  const references = useMemo(() => new Map((views ?? []).map((v) => [v.id as string, v.reference])), [views]);
  const shown = useMemo(
    () => (records ? filterAudit(records, filter, references) : []),
    [records, filter, references],
  );
  const actors = useMemo(() => (records ? actorsOf(records, fmt.collator) : []), [records, fmt.collator]);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const setDay = (which: 'from' | 'to', text: string) => {
    (which === 'from' ? setFromText : setToText)(text);
    const day = text.trim() === '' ? null : parseDate(text);
    if (text.trim() === '' || day) setFilter((f) => ({ ...f, [which]: day }));
  };

  const runVerify = async () => {
    setMarked(null);
    setVerify({ state: 'running', checked: 0, total: records?.length ?? 0 });
    const head = await invoke('audit-head-get', undefined);
    const verdict = await verifyAuditLog(head.ok ? head.value : null, (checked, total) =>
      setVerify({ state: 'running', checked, total }),
    );
    setVerify({ state: 'done', verdict });
    await load();
  };

  /** Clears the filters and scrolls to the record with this sequence number. */
  const show = (seq: number) => {
    setFilter(NO_FILTER);
    setFromText('');
    setToText('');
    setMarked(seq);
    const all = records ? filterAudit(records, NO_FILTER, references) : [];
    const index = all.findIndex((r) => r.seq === seq);
    if (index >= 0) requestAnimationFrame(() => virtualizer.scrollToIndex(index, { align: 'center' }));
  };

  const badDay = (text: string) => text.trim() !== '' && parseDate(text) === null;
  return (
    <div className="audit-page">
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <span className="muted">
          {records ? t('audit.count', { count: records.length }) : t('common.loading')}
        </span>
        <button
          type="button"
          className="primary"
          onClick={() => void runVerify()}
          disabled={verify.state === 'running'}
        >
          {t('audit.verify')}
        </button>
      </header>
      <VerifyResult verify={verify} onShow={show} />
      <div className="toolbar" role="search">
        <label>
          {t('audit.filter.person')}
          <select value={filter.actor} onChange={(e) => setFilter((f) => ({ ...f, actor: e.target.value }))}>
            <option value="">{t('common.all')}</option>
            {actors.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.filter.case')}
          <input
            type="search"
            value={filter.caseText}
            placeholder={t('audit.filter.casePlaceholder')}
            onChange={(e) => setFilter((f) => ({ ...f, caseText: e.target.value }))}
          />
        </label>
        <label>
          {t('audit.filter.action')}
          <select
            value={filter.action}
            onChange={(e) => setFilter((f) => ({ ...f, action: e.target.value as AuditAction | '' }))}
          >
            <option value="">{t('common.all')}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.action.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.filter.from')}
          <input
            value={fromText}
            placeholder={t('audit.filter.dayPlaceholder')}
            aria-invalid={badDay(fromText) || undefined}
            onChange={(e) => setDay('from', e.target.value)}
          />
        </label>
        <label>
          {t('audit.filter.to')}
          <input
            value={toText}
            placeholder={t('audit.filter.dayPlaceholder')}
            aria-invalid={badDay(toText) || undefined}
            onChange={(e) => setDay('to', e.target.value)}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setFilter(NO_FILTER);
            setFromText('');
            setToText('');
          }}
        >
          {t('common.clearFilters')}
        </button>
        <span className="muted" aria-live="polite">
          {t('audit.shown', { count: shown.length })}
        </span>
      </div>
      <div
        className="grid audit-grid"
        role="table"
        aria-label={t('audit.title')}
        aria-rowcount={shown.length + 1}
      >
        <div className="grid-row grid-head" role="row">
          <div role="columnheader">{t('audit.col.seq')}</div>
          <div role="columnheader">{t('audit.col.at')}</div>
          <div role="columnheader">{t('audit.col.actor')}</div>
          <div role="columnheader">{t('audit.col.action')}</div>
          <div role="columnheader">{t('audit.col.case')}</div>
          <div role="columnheader">{t('audit.col.detail')}</div>
        </div>
        <div className="grid-body" ref={scroller}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const r = shown[item.index]!;
              return (
                <div
                  key={r.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  className={r.seq === marked ? 'grid-row marked' : 'grid-row'}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                  }}
                >
                  <div role="cell">{r.seq}</div>
                  <div role="cell">{isInstant(r.at) ? fmt.instant(r.at) : String(r.at)}</div>
                  <div role="cell">
                    <UserText text={r.actor} />
                  </div>
                  <div role="cell">
                    {AUDIT_ACTIONS.includes(r.action) ? t(`audit.action.${r.action}`) : r.action}
                  </div>
                  <div role="cell">{r.caseId ? (references.get(r.caseId) ?? '—') : ''}</div>
                  <div role="cell" title={r.detail}>
                    <UserText text={r.detail} />
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
