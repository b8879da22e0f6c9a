import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FieldSpec } from '../../../shared/domain/entryKinds';
import { isAgencyKind } from '../../../shared/domain/agencies';
import { instantFromLocal } from '../../../shared/dates';
import type { CaseStatus, Entry, EntryDraft } from '../../../shared/domain/types';
import { navigate } from '../../app/router';
import { now } from '../../app/clock';
import { useActor } from '../../app/actor';
import { useSettings } from '../../app/settingsContext';
import { shortcutHint, useCommands } from '../../commands/registry';
import { recordCaseView, setCaseStatus } from '../../db/caseRepo';
import { addEntry } from '../../db/entryRepo';
import { useCaseView, useEntries, usePersons } from '../../db/hooks';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/en';
import { useFormat } from '../../ui/format';
import { EntryDialog } from '../timeline/EntryDialog';
import { TimelineView } from '../timeline/TimelineView';
import { RiskDialog } from '../risk/RiskDialog';
import { CaseGlance } from './CaseGlance';
import { caseModel, refLabelOf } from './caseModel';

type Open =
  | { kind: 'none' }
  | { kind: 'entry'; mode: 'new' | 'correct' | 'void'; target: Entry | null }
  | { kind: 'risk' }
  | { kind: 'close' };

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

  useEffect(() => {
    void recordCaseView(caseId, now().instant, actor);
  }, [caseId, actor]);

  useCommands({ 'entry-new': () => setOpen({ kind: 'entry', mode: 'new', target: null }) });

  // Recomputed when the entries change or the day turns, not on every render. Escalation
  // counts call-outs up to the end of today.
  const { today, offset } = now();
  const model = useMemo(
    () =>
      entries
        ? caseModel(
            entries,
            today,
            settings.deadlineWindowDays,
            instantFromLocal(today, '23:59', offset) ?? `${today}T23:59:00Z`,
          )
        : null,
    [entries, today, offset, settings.deadlineWindowDays],
  );

  const detail = useCallback(
    (e: Entry) => {
      const v = e.fields.measure ?? e.fields.action ?? e.fields.toAgency ?? '';
      if (typeof v !== 'string' || v === '') return '';
      if (isAgencyKind(v)) return t(`agencyKind.${v}`);
      return e.kind === 'action-assigned' ? v : t(`option.${v}` as MessageKey);
    },
    [t],
  );
  const refLabel = useCallback(
    (id: string) => refLabelOf(model?.byOriginal.get(id), (k) => t(`kind.${k}`), detail, fmt.date),
    [model, t, detail, fmt.date],
  );
  const refOptions = useCallback(
    (spec: Extract<FieldSpec, { type: 'entry-ref' }>) =>
      (model?.effective ?? [])
        .filter((e) => spec.kinds.includes(e.entry.kind))
        .map((e) => ({ id: e.originalId, label: refLabel(e.originalId) })),
    [model, refLabel],
  );

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
    await addEntry(draft, { now: c.instant, today: c.today, windowDays: settings.deadlineWindowDays, actor });
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
