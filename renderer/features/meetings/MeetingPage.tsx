import { useMemo, useState } from 'react';
import { newId } from '../../../shared/ids';
import {
  addAction,
  addToAgenda,
  minutesOf,
  moveAgendaItem,
  removeAction,
  removeFromAgenda,
  reschedule,
  scheduleOf,
  setAttendance,
  setItemText,
  updateAction,
  type Meeting,
  type Minutes,
} from '../../../shared/domain/meeting';
import { useActor } from '../../app/actor';
import { now } from '../../app/clock';
import { navigate } from '../../app/router';
import { useSettings } from '../../app/settingsContext';
import { useCaseViews } from '../../db/hooks';
import { useMeetings } from '../../db/meetingHooks';
import { deleteMeeting, writePending } from '../../db/meetingRepo';
import { useI18n } from '../../i18n/i18n';
import { Dialog } from '../../ui/Dialog';
import { useFormat } from '../../ui/format';
import { AgendaList } from './AgendaList';
import { AttendanceTable } from './AttendanceTable';
import { useKnownAgencies } from './agencySource';
import { ApproveDialog } from './ApproveDialog';
import { CaseDiscussion, type DiscussionEdits } from './CaseDiscussion';
import { CorrectionBar } from './CorrectionBar';
import { MeetingDocuments } from './MeetingDocuments';
import { baselineOf, meetingStart, readable } from './meetingTimes';
import { ScheduleDialog } from './ScheduleDialog';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useMeetingEditor, type SaveState } from './useMeetingEditor';

type Open = 'details' | 'approve' | 'delete' | null;

/**
 * One meeting, from preparation to its approved minutes: the agenda (suggested cases, reordered
 * by drag or keyboard), attendance, each case's notes, the victim's views and the actions agreed,
 * its documents, and approval that locks the minutes and writes to the case timelines.
 */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useI18n();
  const fmt = useFormat();
  const actor = useActor();
  const { settings } = useSettings();
  const cases = useCaseViews();
  const meetings = useMeetings();
  const editor = useMeetingEditor(meetingId);
  const [open, setOpen] = useState<Open>(null);
  // Approved minutes being corrected: the changed copy, saved with a reason.
  const [correction, setCorrection] = useState<Minutes | null>(null);
  const [pendingError, setPendingError] = useState<string | null>(null);
  const today = now().today;
  const caseMap = useMemo(() => new Map((cases ?? []).map((c) => [c.id as string, c])), [cases]);
  const agencies = useKnownAgencies(cases, actor.agency);
  const stored = editor.meeting;
  const baseline = useMemo(
    () => (stored ? baselineOf(readable(meetings ?? []), stored) : null),
    [stored, meetings],
  );

  if (editor.stored === null) {
    return (
      <div className="empty-state">
        <p>{t('meetings.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'meetings' })}>
          {t('meetings.backToList')}
        </button>
      </div>
    );
  }
  if (editor.stored && !editor.stored.meeting) return <p role="alert">{t('meetings.unreadable')}</p>;
  if (!stored || !baseline) return <p className="muted">{t('common.loading')}</p>;

  const approved = stored.status === 'approved';
  const m: Meeting = correction ? { ...stored, ...correction } : stored;
  const editable = !approved || correction !== null;
  /** Applies a change to the minutes: saved at once when planned, kept for the correction when approved. */
  const change = (fn: (x: Minutes & Pick<Meeting, 'heldOn' | 'invited'>) => Minutes) => {
    if (!approved) editor.update((x) => ({ ...x, ...fn(x) }));
    else setCorrection((c) => fn({ ...stored, ...(c ?? minutesOf(stored)) }));
  };
  const edits = (caseId: string): DiscussionEdits | null =>
    editable
      ? {
          setText: (text) => change((x) => setItemText(x, caseId, text)),
          addAction: (a) => change((x) => addAction(x, caseId, newId<'ActionId'>(), a)),
          updateAction: (id, a) => change((x) => updateAction(x, caseId, id, a)),
          removeAction: (id) => change((x) => removeAction(x, caseId, id)),
        }
      : null;
  const ctx = () => {
    const c = now();
    return {
      actor,
      now: c.instant,
      today: c.today,
      windowDays: settings.deadlineWindowDays,
      meetingAt: meetingStart(stored),
    };
  };

  return (
    <div className="meeting-page">
      <header className="meeting-header">
        <button type="button" className="link" onClick={() => navigate({ name: 'meetings' })}>
          ← {t('meetings.backToList')}
        </button>
        <div className="meeting-title">
          <h1>{t('meetings.heading', { date: fmt.date(m.heldOn) })}</h1>
          <span className={`tag meeting-status-${m.status}`}>{t(`meetings.status.${m.status}`)}</span>
          <span className="spacer" />
          {!approved && <SaveIndicator state={editor.state} onReload={editor.reload} />}
          <div className="meeting-actions">
            {!approved && (
              <>
                <button type="button" onClick={() => setOpen('details')}>
                  {t('meetings.editDetails')}
                </button>
                <button type="button" className="danger" onClick={() => setOpen('delete')}>
                  {t('meetings.delete')}
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => void editor.flush().then(() => setOpen('approve'))}
                >
                  {t('meetings.approve')}
                </button>
              </>
            )}
            {approved && !correction && (
              <button type="button" onClick={() => setCorrection(minutesOf(stored))}>
                {t('meetings.correct')}
              </button>
            )}
          </div>
        </div>
        <p className="meeting-facts">
          {m.startsAt
            ? t('meetings.when', { date: fmt.date(m.heldOn), time: m.startsAt })
            : fmt.date(m.heldOn)}
          {m.place && <> · {m.place}</>} · {t('meetings.chairedBy', { agency: m.chair.name })}
        </p>
      </header>

      {approved && stored.approval && (
        <p className="notice" role="status">
          {t('meetings.approvedBanner', {
            time: fmt.instant(stored.approval.at),
            name: `${stored.approval.by}, ${stored.approval.agency.name}`,
          })}
        </p>
      )}
      {editor.stored && editor.stored.unwritten > 0 && (
        <p className="notice notice-error" role="alert">
          {t('meetings.pending')}{' '}
          <button
            type="button"
            onClick={() =>
              void writePending(meetingId, ctx()).then(
                () => setPendingError(null),
                (e: unknown) => setPendingError(e instanceof Error ? e.message : String(e)),
              )
            }
          >
            {t('meetings.writePending')}
          </button>
          {pendingError && <span> {pendingError}</span>}
        </p>
      )}
      {correction && (
        <CorrectionBar
          meeting={stored}
          rev={editor.rev}
          next={correction}
          ctx={ctx}
          onDone={() => setCorrection(null)}
        />
      )}
      {stored.corrections.length > 0 && (
        <section className="card corrections">
          <h2>{t('meetings.corrections')}</h2>
          <ul>
            {stored.corrections.map((c, i) => (
              <li key={i}>
                {t('meetings.correctionLine', {
                  time: fmt.instant(c.at),
                  name: c.by,
                  agency: c.agency.name,
                  reason: c.reason,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <MeetingDocuments meeting={m} baseline={baseline} beforeStart={editor.flush} />

      <div className="meeting-columns">
        <section className="card" aria-labelledby="agenda-title">
          <h2 id="agenda-title">{t('meetings.agenda')}</h2>
          <p className="muted small">{editable && t('meetings.moveHint')}</p>
          <AgendaList
            agenda={m.agenda}
            cases={caseMap}
            onMove={editable ? (from, to) => change((x) => moveAgendaItem(x, from, to)) : null}
            onRemove={editable ? (caseId) => change((x) => removeFromAgenda(x, caseId)) : null}
          />
          {editable && cases && (
            <SuggestionsPanel
              agenda={m.agenda}
              cases={cases}
              baseline={baseline}
              today={today}
              onAdd={(list) => change((x) => addToAgenda(x, list))}
            />
          )}
        </section>
        <section className="card" aria-labelledby="attendance-title">
          <h2 id="attendance-title">{t('meetings.attendance')}</h2>
          <AttendanceTable
            meeting={m}
            onChange={editable ? (a) => change((x) => setAttendance(x, a)) : null}
          />
        </section>
      </div>

      <section aria-labelledby="discussion-title">
        <h2 id="discussion-title">{t('meetings.discussion')}</h2>
        {m.agenda.length === 0 ? (
          <p className="muted">{t('meetings.discussionEmpty')}</p>
        ) : (
          m.agenda.map((item, i) => (
            <CaseDiscussion
              key={item.caseId}
              meeting={m}
              item={item}
              index={i}
              view={caseMap.get(item.caseId)}
              edits={edits(item.caseId)}
            />
          ))
        )}
      </section>

      {open === 'details' && (
        <ScheduleDialog
          title={t('meetings.detailsTitle')}
          submitLabel={t('meetings.saveDetails')}
          initial={scheduleOf(stored)}
          agencies={agencies}
          onClose={() => setOpen(null)}
          onSubmit={(s) => {
            editor.update((x) => reschedule(x, s));
            setOpen(null);
            return editor.flush();
          }}
        />
      )}
      {open === 'approve' && (
        <ApproveDialog meeting={stored} rev={editor.rev} ctx={ctx} onClose={() => setOpen(null)} />
      )}
      {open === 'delete' && (
        <DeleteDialog
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await editor.flush();
            await deleteMeeting(meetingId, editor.rev);
            navigate({ name: 'meetings' });
          }}
        />
      )}
    </div>
  );
}

function SaveIndicator({ state, onReload }: { state: SaveState; onReload: () => void }) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'saved':
      return (
        <span className="save-state" role="status">
          {t('meetings.saved')}
        </span>
      );
    case 'pending':
    case 'saving':
      return (
        <span className="save-state muted" role="status">
          {t('meetings.saving')}
        </span>
      );
    case 'changed-elsewhere':
      return (
        <span className="save-state field-error" role="alert">
          {t('meetings.changedElsewhere')}{' '}
          <button type="button" onClick={onReload}>
            {t('meetings.reload')}
          </button>
        </span>
      );
    case 'failed':
      return (
        <span className="save-state field-error" role="alert">
          {t('meetings.saveFailed', { reason: state.reason })}
        </span>
      );
  }
}

function DeleteDialog({ onClose, onConfirm }: { onClose: () => void; onConfirm: () => Promise<void> }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Dialog title={t('meetings.deleteTitle')} onClose={onClose}>
      <p>{t('meetings.deleteBody')}</p>
      {failure && (
        <p className="form-error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="danger"
          onClick={() =>
            void onConfirm().catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)))
          }
        >
          {t('meetings.delete')}
        </button>
        <button type="button" onClick={onClose} autoFocus>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
