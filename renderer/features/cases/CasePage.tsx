import { useEffect, useMemo, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/types';
import { takeKeptDraft, useKeptDraft } from '../../app/keptDrafts';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { shortcutHint, useCommands } from '../../commands/registry';
import { recordCaseView } from '../../db/caseRepo';
import { useI18n } from '../../i18n/i18n';
import { EntryDialog, TimelineView, type EntryPreset } from '../timeline';
import { RiskDialog } from '../risk';
import { CaseExports } from '../exports';
import { useCaseSharing, usePartnerAgencies } from '../sharing';
import { CaseGlance } from './CaseGlance';
import { CaseHeader } from './CaseHeader';
import { CaseStatusControls } from './CaseStatusControls';
import { PrintDialog } from './PrintDialog';
import { partnersOf } from './audienceChoices';
import { useCaseData } from './useCaseData';
import { useCasePrint } from './useCasePrint';
import { useMeasureActions } from './useMeasureActions';

/** The dialog open over the case page, if any. */
type Open =
  | { kind: 'none' }
  | { kind: 'entry'; mode: 'new' | 'correct' | 'void'; target: Entry | null; preset?: EntryPreset }
  | { kind: 'risk' }
  | { kind: 'print' };

/** One case: the header that says how dangerous it is now, and the shared timeline. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const data = useCaseData(caseId);
  const { actor, view, entries, persons, model } = data;
  // An entry or risk form open when the app locked opens again after unlock (app/keptDrafts.ts).
  const draftKey = `case-dialog:${caseId}`;
  const [open, setOpen] = useState<Open>(() => takeKeptDraft<Open>(draftKey) ?? { kind: 'none' });
  useKeptDraft(draftKey, () => (open.kind === 'entry' || open.kind === 'risk' ? open : null));
  const print = useCasePrint(caseId, actor, () => setOpen({ kind: 'none' }));
  const addEntryRef = useRef<HTMLButtonElement>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const measureActions = useMeasureActions({
    caseId: view ? view.id : null,
    actor,
    effective: model?.effective ?? [],
    persons: persons ?? [],
    schedules: model?.checkIns ?? [],
    save: data.save,
    openForm: (preset) => setOpen({ kind: 'entry', mode: 'new', target: null, preset }),
    onSaved: (draft) => setSaved(t('measureCard.recorded', { what: t(`kind.${draft.kind}`) })),
  });
  const loaded = model !== null && model !== undefined;

  // Arriving on a case (a new one, or from a list), the next keystroke belongs to "Add entry":
  // Enter opens the entry form. Focus that is already somewhere on the page is left alone.
  useEffect(() => {
    if (loaded && (document.activeElement === null || document.activeElement === document.body))
      addEntryRef.current?.focus();
  }, [loaded]);
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);
  const sharing = useCaseSharing({
    view,
    entries,
    persons,
    model,
    actor,
    save: (...drafts) => data.save(drafts),
  });
  const onCase = useMemo(
    () => (view && model ? partnersOf(view.summary.agencies, model.effective, actor.agency.id) : []),
    [view, model, actor.agency.id],
  );
  // Every audience picker offers the whole partner directory, not only agencies on the case.
  const agencies = usePartnerAgencies(onCase);

  useEffect(() => {
    void recordCaseView(caseId, now().instant, actor);
  }, [caseId, actor]);

  // Shortcuts and the menu do nothing while a dialog is open: they must not discard its draft.
  useCommands({
    'entry-new': () => open.kind === 'none' && setOpen({ kind: 'entry', mode: 'new', target: null }),
    print: () => open.kind === 'none' && !print.isRunning() && setOpen({ kind: 'print' }),
  });

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

  const close = () => setOpen({ kind: 'none' });
  const actions = (
    <>
      <CaseStatusControls view={view} actor={actor} />
      <CaseExports
        view={view}
        model={model}
        persons={persons ?? []}
        partners={agencies}
        actor={actor}
        soonDays={data.settings.deadlineWindowDays}
        onNotice={setExported}
      />
      {sharing.buttons}
      <button
        type="button"
        onClick={() => setOpen({ kind: 'print' })}
        title={shortcutHint('print')}
        disabled={print.running}
      >
        {t('case.print')}
      </button>
      <button
        ref={addEntryRef}
        type="button"
        className="primary"
        onClick={() => setOpen({ kind: 'entry', mode: 'new', target: null })}
        title={shortcutHint('entry-new')}
      >
        {t('case.addEntry')}
      </button>
    </>
  );

  return (
    <div className="case-page">
      <CaseHeader view={view} persons={persons} today={data.today} actions={actions} />
      {print.notice && (
        <p role="status" className={print.notice.ok ? 'notice' : 'notice notice-error'}>
          {print.notice.text}
          <button type="button" className="link" onClick={print.dismiss} aria-label={t('common.close')}>
            ×
          </button>
        </p>
      )}
      {exported && (
        <p role="status" className={exported.ok ? 'notice' : 'notice notice-error'}>
          {exported.text}
          <button
            type="button"
            className="link"
            onClick={() => setExported(null)}
            aria-label={t('common.close')}
          >
            ×
          </button>
        </p>
      )}
      {print.progress && (
        <p className="run-progress" role="status">
          {print.progress.phase === 'reading' ? t('print.preparing') : t('print.progress.saving')}{' '}
          <progress max={Math.max(1, print.progress.total)} value={print.progress.done} aria-hidden="true" />{' '}
          {/* Once with the host the document cannot be called back; its save dialog can. */}
          <button type="button" onClick={print.cancel} disabled={print.progress.phase === 'saving'}>
            {t('print.cancelRun')}
          </button>
        </p>
      )}
      <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
        {saved}
      </p>
      <CaseGlance
        model={model}
        persons={persons ?? []}
        onAssess={() => setOpen({ kind: 'risk' })}
        onMeasureAction={(action, m) => void measureActions.run(action, m)}
        busy={measureActions.busy}
      />
      {sharing.panel}
      <TimelineView
        items={model.resolved}
        agencies={view.summary.agencies}
        refLabel={data.refLabel}
        personLabel={(id) => persons?.find((p) => p.id === id)?.name ?? null}
        onCorrect={(e) => setOpen({ kind: 'entry', mode: 'correct', target: e })}
        onVoid={(e) => setOpen({ kind: 'entry', mode: 'void', target: e })}
        mayCorrect={sharing.mayCorrect}
        entryActions={sharing.entryActions}
      />
      {open.kind === 'entry' && (
        <EntryDialog
          caseId={view.id}
          actor={actor}
          agencies={[actor.agency, ...agencies]}
          target={open.target}
          mode={open.mode}
          preset={open.preset}
          persons={persons ?? []}
          effective={model.effective}
          refOptions={data.refOptions}
          likelyRefs={data.likelyRefs}
          recentKinds={data.settings.recentKinds}
          onSave={data.save}
          onSaved={(kind) => {
            if (open.mode === 'new') data.rememberRecentKind(kind);
            setSaved(t('entryForm.saved', { kind: t(`kind.${kind}`) }));
          }}
          onClose={close}
        />
      )}
      {open.kind === 'risk' && (
        <RiskDialog
          caseId={view.id}
          actor={actor}
          escalation={model.escalation}
          escalationDays={model.escalationDays.length}
          currentLevel={model.risk?.level ?? null}
          onSave={data.save}
          onClose={close}
        />
      )}
      {open.kind === 'print' && (
        <PrintDialog
          caseId={view.id}
          agencies={agencies}
          effective={model.effective}
          persons={persons ?? []}
          onClose={close}
          onChoose={(options, lang, referral, target) =>
            void print.start(
              {
                view,
                persons: persons ?? [],
                effective: model.effective,
                today: data.today,
                endOfToday: data.endOfToday,
                soonDays: data.settings.deadlineWindowDays,
                options,
                lang,
                referral,
              },
              target,
            )
          }
        />
      )}
      {sharing.dialogs}
      {print.view}
    </div>
  );
}
