import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { FieldSpec } from '../../../shared/domain/entryKinds';
import { instantFromLocal, type Instant } from '../../../shared/dates';
import type { Audience } from '../../../shared/domain/audience';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { EffectiveEntry } from '../../../shared/domain/timeline';
import type { CaseStatus, Entry, EntryDraft } from '../../../shared/domain/types';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { useSettings } from '../../app/settingsContext';
import { shortcutHint, useCommands } from '../../commands/registry';
import { recordCasePrint, recordCaseView, setCaseStatus } from '../../db/caseRepo';
import { pdfFileName, printCurrentView, type PrintTarget } from '../../print/printJob';
import { addEntry } from '../../db/entryRepo';
import { useCaseView, useEntries, usePersons } from '../../db/hooks';
import { useI18n } from '../../i18n/i18n';
import { useFormat } from '../../ui/format';
import { EntryDialog } from '../timeline/EntryDialog';
import { TimelineView } from '../timeline/TimelineView';
import { RiskDialog } from '../risk/RiskDialog';
import { CaseGlance } from './CaseGlance';
import { PrintDialog } from './PrintDialog';
import { SummaryForPrint } from './SummaryForPrint';
import { caseModel } from './caseModel';
import { useRefLabel } from './useRefLabel';

type Open =
  | { kind: 'none' }
  | { kind: 'entry'; mode: 'new' | 'correct' | 'void'; target: Entry | null }
  | { kind: 'risk' }
  | { kind: 'print' }
  | { kind: 'close' };

/** A summary being printed: rendered into the print view until the host has the document. */
type PrintJob = { readonly audience: Audience; readonly at: Instant };

type Notice = { readonly ok: boolean; readonly text: string };

/** One case: the header that says how dangerous it is now, and the shared timeline. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const actor = useActor();
  const { settings } = useSettings();
  const view = useCaseView(caseId);
  const entries = useEntries(caseId);
  const persons = usePersons(caseId);
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [closeReason, setCloseReason] = useState('');
  const [printJob, setPrintJob] = useState<PrintJob | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    void recordCaseView(caseId, now().instant, actor);
  }, [caseId, actor]);

  // Shortcuts and the menu do nothing while a dialog is open: they must not discard its draft.
  useCommands({
    'entry-new': () => open.kind === 'none' && setOpen({ kind: 'entry', mode: 'new', target: null }),
    print: () => open.kind === 'none' && !printing.current && setOpen({ kind: 'print' }),
  });

  // Recomputed when the entries change or the day turns, not on every render. Escalation
  // counts call-outs up to the end of today.
  const { today, offset } = now();
  const endOfToday = instantFromLocal(today, '23:59', offset) ?? `${today}T23:59:00Z`;
  const model = useMemo(
    () => (entries ? caseModel(entries, today, settings.deadlineWindowDays, endOfToday) : null),
    [entries, today, endOfToday, settings.deadlineWindowDays],
  );

  const refLabel = useRefLabel(model?.byOriginal);
  const refOptions = useCallback(
    (spec: Extract<FieldSpec, { type: 'entry-ref' }>) =>
      (model?.effective ?? [])
        .filter((e) => spec.kinds.includes(e.entry.kind))
        .map((e) => ({ id: e.originalId, label: refLabel(e.originalId) })),
    [model, refLabel],
  );

  const printing = useRef(false);
  /**
   * Renders the summary into the print view, hands it to the host, and writes the audit row for
   * every document that left the app, even if the user has moved on to another screen meanwhile.
   */
  const runPrint = async (audience: Audience, target: PrintTarget, reference: string) => {
    if (printing.current) return;
    printing.current = true;
    const job: PrintJob = { audience, at: now().instant };
    flushSync(() => {
      setOpen({ kind: 'none' });
      setNotice(null);
      setPrintJob(job);
    });
    try {
      const result = await printCurrentView(
        target,
        t('print.summaryTitle'),
        pdfFileName(reference, t('print.fileWord')),
      );
      if (!result.ok) {
        setNotice({ ok: false, text: t(`error.${result.error.code}`) });
      } else if (result.value.kind !== 'cancelled') {
        const who = audience.kind === 'agency' ? audience.agency.name : audience.kind;
        await recordCasePrint(caseId, `${target}; ${who}`, job.at, actor);
        setNotice({
          ok: true,
          text:
            result.value.kind === 'saved' ? t('print.saved', { path: result.value.path }) : t('print.sent'),
        });
      }
    } catch {
      setNotice({ ok: false, text: t('error.internal') });
    } finally {
      printing.current = false;
      setPrintJob(null);
    }
  };

  if (view === null) {
    return (
      <div className="empty-state">
        <p>{t('case.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'cases' })}>
          {t('case.backToList')}
        </button>
      </div>
    );
  }
  if (!view || !entries || !model) return <p className="muted">{t('common.loading')}</p>;

  const save = async (draft: EntryDraft) => {
    const c = now();
    // The entries on screen spare the repository reading the case again (it checks they are current).
    await addEntry(
      draft,
      { now: c.instant, today: c.today, windowDays: settings.deadlineWindowDays, actor },
      entries,
    );
  };
  const changeStatus = async (status: CaseStatus, reason = '') => {
    await setCaseStatus(view.id, status, reason, now().instant, actor);
    setOpen({ kind: 'none' });
  };
  const victim = persons?.find((p) => p.role === 'victim');
  const others = persons?.filter((p) => p !== victim) ?? [];

  return (
    <div className="case-page">
      <header className="case-header">
        <button type="button" className="link" onClick={() => navigate({ name: 'cases' })}>
          ← {t('case.backToList')}
        </button>
        <div className="case-title">
          <h1>{view.reference}</h1>
          <span className="victim">{view.victimName}</span>
          <span className={`status status-${view.status}`}>{t(`status.${view.status}`)}</span>
          {view.demo && <span className="tag">{t('cases.demoBadge')}</span>}
          <span className="spacer" />
          <div className="case-actions">
            {view.status !== 'monitoring' && view.status !== 'closed' && (
              <button type="button" onClick={() => void changeStatus('monitoring')}>
                {t('case.monitor')}
              </button>
            )}
            {view.status !== 'closed' ? (
              <button type="button" onClick={() => setOpen({ kind: 'close' })}>
                {t('case.close')}
              </button>
            ) : (
              <button type="button" onClick={() => void changeStatus('open')}>
                {t('case.reopen')}
              </button>
            )}
            <button
              type="button"
              onClick={() => setOpen({ kind: 'print' })}
              title={shortcutHint('print')}
              disabled={printJob !== null}
            >
              {t('case.print')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => setOpen({ kind: 'entry', mode: 'new', target: null })}
              title={shortcutHint('entry-new')}
            >
              {t('case.addEntry')}
            </button>
          </div>
        </div>
        {view.status === 'closed' && view.closedReason && (
          <p className="muted">{t('case.closedBecause', { reason: view.closedReason })}</p>
        )}
        <p className="persons-line">
          {others.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ' · '}
              {t(`role.${p.role}`)}: <strong>{p.name}</strong>
              {p.birthDate && ` (${fmt.date(p.birthDate)})`}
            </span>
          ))}
        </p>
        {open.kind === 'close' && (
          <form
            className="confirm"
            onSubmit={(e) => {
              e.preventDefault();
              if (closeReason.trim()) void changeStatus('closed', closeReason.trim());
            }}
          >
            <label>
              {t('case.closeReason')}{' '}
              <input
                value={closeReason}
                onChange={(e) => setCloseReason(e.target.value)}
                autoFocus
                maxLength={300}
              />
            </label>
            <button type="submit" className="danger" disabled={!closeReason.trim()}>
              {t('case.close')}
            </button>
            <button type="button" onClick={() => setOpen({ kind: 'none' })}>
              {t('common.cancel')}
            </button>
          </form>
        )}
      </header>
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
      {printJob && <p className="muted">{t('print.preparing')}</p>}
      <CaseGlance model={model} onAssess={() => setOpen({ kind: 'risk' })} />
      <TimelineView
        items={model.resolved}
        agencies={view.summary.agencies}
        refLabel={refLabel}
        onCorrect={(e) => setOpen({ kind: 'entry', mode: 'correct', target: e })}
        onVoid={(e) => setOpen({ kind: 'entry', mode: 'void', target: e })}
      />
      {open.kind === 'entry' && (
        <EntryDialog
          caseId={view.id}
          actor={actor}
          agencies={view.summary.agencies}
          target={open.target}
          mode={open.mode}
          refOptions={refOptions}
          onSave={save}
          onClose={() => setOpen({ kind: 'none' })}
        />
      )}
      {open.kind === 'print' && (
        <PrintDialog
          agencies={partnersOf(view.summary.agencies, model.effective, actor.agency.id)}
          onClose={() => setOpen({ kind: 'none' })}
          onChoose={(audience, target) => void runPrint(audience, target, view.reference)}
        />
      )}
      {printJob &&
        createPortal(
          <SummaryForPrint
            view={view}
            persons={persons ?? []}
            model={model}
            job={printJob}
            today={today}
            endOfToday={endOfToday}
            soonDays={settings.deadlineWindowDays}
          />,
          document.body,
        )}
      {open.kind === 'risk' && (
        <RiskDialog
          caseId={view.id}
          actor={actor}
          escalation={model.escalation}
          onSave={save}
          onClose={() => setOpen({ kind: 'none' })}
        />
      )}
    </div>
  );
}

/**
 * The agencies a document can be addressed to: those that wrote on the case and those named by
 * its restricted entries (an agency may be named without having written anything), not this one.
 */
function partnersOf(
  writers: readonly AgencyRef[],
  effective: readonly EffectiveEntry[],
  own: string,
): AgencyRef[] {
  const byId = new Map<string, AgencyRef>();
  for (const a of writers) byId.set(a.id, a);
  for (const { entry } of effective)
    if (entry.confidentiality.level === 'restricted')
      for (const a of entry.confidentiality.agencies) if (!byId.has(a.id)) byId.set(a.id, a);
  byId.delete(own);
  return [...byId.values()];
}
