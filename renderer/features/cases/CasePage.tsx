import { useEffect, useState } from 'react';
import type { Entry } from '../../../shared/domain/types';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { shortcutHint, useCommands } from '../../commands/registry';
import { recordCaseView } from '../../db/caseRepo';
import { useI18n } from '../../i18n/i18n';
import { EntryDialog, TimelineView } from '../timeline';
import { RiskDialog } from '../risk';
import { CaseExports } from '../exports';
import { CaseGlance } from './CaseGlance';
import { CaseHeader } from './CaseHeader';
import { CaseStatusControls } from './CaseStatusControls';
import { PrintDialog } from './PrintDialog';
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
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const print = useCasePrint(caseId, actor, () => setOpen({ kind: 'none' }));
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);

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
        partners={partnersOf(view.summary.agencies, model.effective, actor.agency.id)}
        actor={actor}
        soonDays={data.settings.deadlineWindowDays}
        onNotice={setExported}
      />
      <button
        type="button"
        onClick={() => setOpen({ kind: 'print' })}
        title={shortcutHint('print')}
        disabled={print.running}
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
      {print.running && <p className="muted">{t('print.preparing')}</p>}
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
          onSave={data.save}
          onClose={close}
        />
      )}
      {open.kind === 'print' && (
        <PrintDialog
          caseId={view.id}
          agencies={partnersOf(view.summary.agencies, model.effective, actor.agency.id)}
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
      {print.view}
    </div>
  );
}
