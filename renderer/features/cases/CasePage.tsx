import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Entry } from '../../../shared/domain/types';
import { takeKeptDraft, useKeptDraft } from '../../app/keptDrafts';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { shortcutHint, useCommands } from '../../commands/registry';
import { recordCaseView } from '../../db/caseRepo';
import { useI18n } from '../../i18n/i18n';
import { EntryDialog, TimelineView } from '../timeline';
import { RiskDialog } from '../risk';
import { CaseGlance } from './CaseGlance';
import { CaseHeader } from './CaseHeader';
import { CaseStatusControls } from './CaseStatusControls';
import { PrintDialog } from './PrintDialog';
import { SummaryForPrint } from './SummaryForPrint';
import { partnersOf } from './audienceChoices';
import { useCaseData } from './useCaseData';
import { useCasePrint } from './useCasePrint';

/** The dialog open over the case page, if any. */
type Open =
  | { kind: 'none' }
  | { kind: 'entry'; mode: 'new' | 'correct' | 'void'; target: Entry | null }
  | { kind: 'risk' }
  | { kind: 'print' };

/** One case: the header that says how dangerous it is now, and the shared timeline. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const data = useCaseData(caseId);
  const { actor, view, entries, persons, model } = data;
  // An entry form open when the app locked opens again after unlock (app/keptDrafts.ts).
  const draftKey = `case-dialog:${caseId}`;
  const [open, setOpen] = useState<Open>(() => takeKeptDraft<Open>(draftKey) ?? { kind: 'none' });
  useKeptDraft(draftKey, () => (open.kind === 'entry' ? open : null));
  const print = useCasePrint(caseId, actor, () => setOpen({ kind: 'none' }));

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
      <button
        type="button"
        onClick={() => setOpen({ kind: 'print' })}
        title={shortcutHint('print')}
        disabled={print.job !== null}
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
    </>
  );

  return (
    <div className="case-page">
      <CaseHeader view={view} persons={persons} actions={actions} />
      {print.notice && (
        <p role="status" className={print.notice.ok ? 'notice' : 'notice notice-error'}>
          {print.notice.text}
          <button type="button" className="link" onClick={print.dismiss} aria-label={t('common.close')}>
            ×
          </button>
        </p>
      )}
      {print.job && <p className="muted">{t('print.preparing')}</p>}
      <CaseGlance model={model} onAssess={() => setOpen({ kind: 'risk' })} />
      <TimelineView
        items={model.resolved}
        agencies={view.summary.agencies}
        refLabel={data.refLabel}
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
          refOptions={data.refOptions}
          onSave={data.save}
          onClose={close}
        />
      )}
      {open.kind === 'risk' && (
        <RiskDialog
          caseId={view.id}
          actor={actor}
          escalation={model.escalation}
          currentLevel={model.risk?.level ?? null}
          onSave={data.save}
          onClose={close}
        />
      )}
      {open.kind === 'print' && (
        <PrintDialog
          agencies={partnersOf(view.summary.agencies, model.effective, actor.agency.id)}
          onClose={close}
          onChoose={(audience, target) => void print.start(audience, target, view.reference)}
        />
      )}
      {print.job &&
        createPortal(
          <SummaryForPrint
            view={view}
            persons={persons ?? []}
            model={model}
            job={print.job}
            today={data.today}
            endOfToday={data.endOfToday}
            soonDays={data.settings.deadlineWindowDays}
          />,
          document.body,
        )}
    </div>
  );
}
