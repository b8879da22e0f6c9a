import { createElement, useState, type FormEvent } from 'react';
import { instantFromLocal, type CalendarDate, type Instant, type Language } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import type { Audience } from '../../../shared/domain/audience';
import { meetingActions, type Meeting } from '../../../shared/domain/meeting';
import { actionRegisterCsv } from '../../../shared/exports/actionRegisterCsv';
import { calendarIcs, type CalendarItem } from '../../../shared/exports/calendarIcs';
import { exportFileName } from '../../../shared/exports/fileName';
import { useActor } from '../../app/actor';
import { machineOffset, now } from '../../app/clock';
import { useSettings } from '../../app/settingsContext';
import type { Actor } from '../../db/audit';
import { recordExport } from '../../db/exportLog';
import { I18nProvider, translator, useI18n } from '../../i18n/i18n';
import { MeetingPackPrint } from '../../print/MeetingPackPrint';
import { MinutesPrint } from '../../print/MinutesPrint';
import { meetingDocCases, registerRows, type MeetingCaseData } from '../../print/meetingDocModel';
import type { PrintTarget } from '../../print/printJob';
import { usePrintRun, type PrintDoc, type RunResult } from '../../print/usePrintRun';
import { Dialog } from '../../ui/Dialog';
import { AgencyField, DocumentLanguageField } from '../../ui/SelectFields';
import { ExportDialog, actionLabels, saveTextExport } from '../exports';
import { loadMeetingCases } from './meetingData';
import { meetingStart } from './meetingTimes';

type Doc = 'pack' | 'minutes';
type Baseline = { readonly at: Instant; readonly day: CalendarDate; readonly first: boolean };
type Notice = { readonly ok: boolean; readonly text: string };

/** Who the copies are for: one audience, or a copy for each partner. */
type Copies = { readonly kind: 'one'; readonly audience: Audience } | { readonly kind: 'each' };

type Props = {
  readonly meeting: Meeting;
  readonly baseline: Baseline;
  /** Saves what is being typed before a document is made. */
  readonly beforeStart: () => Promise<void>;
};

/** The partners of the meeting: the invited agencies other than this one. */
function partnersOf(meeting: Meeting, own: string): AgencyRef[] {
  return meeting.invited.filter((a) => a.id !== own);
}

/**
 * The meeting's documents: the pack and the minutes (PDF or printer; for the meeting, this
 * agency, one partner, or a copy for each partner, each redacted for its reader), the action
 * register as CSV and the meeting with its actions as a calendar. Long runs show progress and
 * can be cancelled; every document that leaves is audited for each case it holds.
 */
export function MeetingDocuments({ meeting, baseline, beforeStart }: Props) {
  const { t } = useI18n();
  const actor = useActor();
  const { settings } = useSettings();
  const printRun = usePrintRun();
  const [open, setOpen] = useState<Doc | 'csv' | 'ics' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const partners = partnersOf(meeting, actor.agency.id);
  const caseIds = meeting.agenda.map((i) => i.caseId);

  const documents = async (doc: Doc, copies: Copies, lang: Language, target: PrintTarget) => {
    setOpen(null);
    setNotice(null);
    await beforeStart();
    const clock = now();
    const endOfToday = instantFromLocal(clock.today, '23:59', machineOffset) ?? clock.instant;
    const audiences: Audience[] =
      copies.kind === 'one' ? [copies.audience] : partners.map((agency) => ({ kind: 'agency', agency }));
    const tx = translator(lang);
    const result = await printRun.run(
      async (report, isCancelled) => {
        const data = await loadMeetingCases(meeting, report, isCancelled);
        return audiences.map((audience): PrintDoc & { readonly audience: Audience } => {
          const cases = meetingDocCases(meeting, data, {
            audience,
            today: clock.today,
            now: endOfToday,
            soonDays: settings.deadlineWindowDays,
            since: baseline.at,
            held: { day: meeting.heldOn, at: meetingStart(meeting) },
          });
          const node =
            doc === 'pack'
              ? createElement(MeetingPackPrint, {
                  meeting,
                  cases,
                  audience,
                  baseline,
                  printedBy: actor,
                  printedAt: clock.instant,
                })
              : createElement(MinutesPrint, {
                  meeting,
                  cases,
                  audience,
                  today: clock.today,
                  printedBy: actor,
                  printedAt: clock.instant,
                });
          const word = tx(doc === 'pack' ? 'pack.fileWord' : 'minutes.fileWord');
          return {
            kind: doc === 'pack' ? 'meeting-pack' : 'minutes',
            title: t(doc === 'pack' ? 'pack.title' : 'minutes.title'),
            fileName: exportFileName(
              [word, audience.kind === 'agency' ? audience.agency.name : ''],
              meeting.heldOn,
              'pdf',
            ),
            node: createElement(I18nProvider, { lang, children: node }),
            audience,
          };
        });
      },
      target,
      async (d, outcome) => {
        await recordExport(
          caseIds,
          {
            what: d.kind,
            format: target,
            audience: d.audience,
            language: lang,
            file: outcome.kind === 'saved' ? outcome.path : null,
            meetingId: meeting.id,
          },
          clock.instant,
          actor,
        );
      },
    );
    if (result) setNotice(noticeOf(result, t));
  };

  return (
    <section className="card meeting-documents" aria-labelledby="documents-title">
      <h2 id="documents-title">{t('meetings.documents')}</h2>
      <div className="toolbar">
        <button type="button" onClick={() => setOpen('pack')} disabled={printRun.progress !== null}>
          {t('meetings.pack')}
        </button>
        <button type="button" onClick={() => setOpen('minutes')} disabled={printRun.progress !== null}>
          {t('meetings.minutesDoc')}
        </button>
        <button type="button" onClick={() => setOpen('csv')} disabled={meetingActions(meeting).length === 0}>
          {t('meetings.exportActions')}
        </button>
        <button type="button" onClick={() => setOpen('ics')}>
          {t('meetings.exportCalendar')}
        </button>
      </div>
      {printRun.progress && (
        <p className="run-progress" role="status">
          {printRun.progress.phase === 'reading'
            ? t('meetings.progress.reading', { done: printRun.progress.done, total: printRun.progress.total })
            : t('meetings.progress.saving', {
                done: printRun.progress.done + 1,
                total: printRun.progress.total,
              })}{' '}
          <progress
            max={Math.max(1, printRun.progress.total)}
            value={printRun.progress.done}
            aria-hidden="true"
          />{' '}
          <button type="button" onClick={printRun.cancel}>
            {t('meetings.cancelRun')}
          </button>
        </p>
      )}
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
      {(open === 'pack' || open === 'minutes') && (
        <DocDialog
          doc={open}
          partners={partners}
          onClose={() => setOpen(null)}
          onChoose={(copies, lang, target) => void documents(open, copies, lang, target)}
        />
      )}
      {open === 'csv' && (
        <ExportDialog
          title={t('export.title.action-register')}
          hint={t('export.csvHint')}
          agencies={partners}
          onClose={() => setOpen(null)}
          onExport={async (audience, lang) => {
            const n = await exportRegister(meeting, audience, lang, actor, settings.deadlineWindowDays, t);
            if (n) {
              setOpen(null);
              setNotice(n);
            }
          }}
        />
      )}
      {open === 'ics' && (
        <ExportDialog
          title={t('export.title.calendar')}
          hint={t('export.calendarHint')}
          agencies={null}
          onClose={() => setOpen(null)}
          onExport={async (_audience, lang) => {
            const n = await exportCalendar(meeting, lang, actor, t);
            if (n) {
              setOpen(null);
              setNotice(n);
            }
          }}
        />
      )}
      {printRun.view}
    </section>
  );
}

function noticeOf(r: RunResult, t: ReturnType<typeof useI18n>['t']): Notice {
  if (r.error) return { ok: false, text: t(`error.${r.error.code}`) };
  if (r.cancelled)
    return {
      ok: false,
      text: t('meetings.runCancelled', { done: r.saved.length + r.printed, total: r.total }),
    };
  if (r.saved.length > 0)
    return {
      ok: true,
      text: t('meetings.savedFiles', { count: r.saved.length, path: r.saved.at(-1) ?? '' }),
    };
  return { ok: true, text: t('meetings.sent') };
}

/** The meeting's action register as CSV, with each action's status on its case, for `audience`. */
async function exportRegister(
  meeting: Meeting,
  audience: Audience,
  lang: Language,
  actor: Actor,
  soonDays: number,
  t: ReturnType<typeof useI18n>['t'],
) {
  const tx = translator(lang);
  const clock = now();
  const data: Map<string, MeetingCaseData> = await loadMeetingCases(
    meeting,
    () => undefined,
    () => false,
  );
  const cases = meetingDocCases(meeting, data, {
    audience,
    today: clock.today,
    now: clock.instant,
    soonDays,
    since: clock.instant,
  });
  const rows = registerRows(meeting, cases, clock.today).map((r) => ({
    caseReference: r.item.reference,
    action: r.action.text,
    ownerAgency: r.action.owner.name,
    ownerPerson: r.action.ownerPerson,
    dueOn: r.action.dueOn,
    status: r.status,
    meeting: { heldOn: meeting.heldOn, label: '' },
  }));
  return saveTextExport(
    {
      kind: 'action-register',
      format: 'csv',
      title: t('export.title.action-register'),
      fileName: exportFileName(
        [tx('export.file.actions'), audience.kind === 'agency' ? audience.agency.name : ''],
        meeting.heldOn,
        'csv',
      ),
      build: () => actionRegisterCsv(rows, actionLabels(tx)),
      caseIds: meeting.agenda.map((i) => i.caseId),
      audience,
      language: lang,
      meetingId: meeting.id,
    },
    actor,
    t,
  );
}

/** The meeting and the due dates of its agreed actions as a calendar (no names or narratives). */
async function exportCalendar(
  meeting: Meeting,
  lang: Language,
  actor: Actor,
  t: ReturnType<typeof useI18n>['t'],
) {
  const tx = translator(lang);
  const clock = now();
  const items: CalendarItem[] = [
    {
      type: 'meeting',
      sourceId: meeting.id,
      what: tx('ics.meeting'),
      agency: meeting.chair.name,
      place: meeting.place,
      when: meeting.startsAt
        ? { startsAt: meetingStart(meeting), durationMinutes: 120 }
        : { date: meeting.heldOn },
    },
    ...meetingActions(meeting).map(({ item, action }): CalendarItem => ({
      type: 'deadline',
      kind: 'action-due',
      // The action's entry once written, so a later export of the case's deadlines is the same event.
      sourceId: meeting.timeline[item.caseId]?.actions[action.id]?.original ?? action.id,
      occurrence: '',
      caseReference: item.reference,
      what: tx('deadlines.kind.action-due'),
      agency: action.owner.name,
      date: action.dueOn,
    })),
  ];
  return saveTextExport(
    {
      kind: 'calendar',
      format: 'ics',
      title: t('export.title.calendar'),
      fileName: exportFileName([tx('export.file.calendar')], meeting.heldOn, 'ics'),
      build: () =>
        calendarIcs(items, { name: tx('ics.name.meeting', { date: meeting.heldOn }), now: clock.instant }),
      caseIds: meeting.agenda.map((i) => i.caseId),
      audience: { kind: 'meeting' },
      language: lang,
      meetingId: meeting.id,
    },
    actor,
    t,
  );
}

type DocChoice = 'meeting' | 'own' | 'agency' | 'each';

/** Who the pack or minutes are for, in which language; then PDF or printer. */
function DocDialog({
  doc,
  partners,
  onChoose,
  onClose,
}: {
  doc: Doc;
  partners: readonly AgencyRef[];
  onChoose: (copies: Copies, lang: Language, target: PrintTarget) => void;
  onClose: () => void;
}) {
  const { t, lang: screenLang } = useI18n();
  const [choice, setChoice] = useState<DocChoice>('meeting');
  const [agencyId, setAgencyId] = useState(partners[0]?.id ?? '');
  const [lang, setLang] = useState<Language>(screenLang);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const target: PrintTarget =
      submitter instanceof HTMLButtonElement && submitter.value === 'printer' ? 'printer' : 'pdf';
    if (choice === 'each') return onChoose({ kind: 'each' }, lang, target);
    if (choice !== 'agency') return onChoose({ kind: 'one', audience: { kind: choice } }, lang, target);
    const agency = partners.find((a) => a.id === agencyId);
    if (agency) onChoose({ kind: 'one', audience: { kind: 'agency', agency } }, lang, target);
  };

  return (
    <Dialog
      title={t(doc === 'pack' ? 'meetings.docTitle.pack' : 'meetings.docTitle.minutes')}
      onClose={onClose}
    >
      <form onSubmit={submit}>
        <fieldset className="radios">
          <legend>{t('meetings.docAudience')}</legend>
          {(['meeting', 'own', 'agency', 'each'] as const).map((c) => (
            <label key={c} className="check">
              <input
                type="radio"
                name="doc-audience"
                checked={choice === c}
                disabled={(c === 'agency' || c === 'each') && partners.length === 0}
                onChange={() => setChoice(c)}
              />
              {c === 'each'
                ? t('meetings.docAudience.each', { count: partners.length })
                : t(`meetings.docAudience.${c}`)}
            </label>
          ))}
        </fieldset>
        {choice === 'agency' && (
          <AgencyField
            label={t('meetings.docPartner')}
            agencies={partners}
            value={agencyId}
            onChange={setAgencyId}
          />
        )}
        <DocumentLanguageField label={t('print.language')} value={lang} onChange={setLang} />
        <p className="muted small">{t('meetings.docHint')}</p>
        <div className="form-actions">
          <button type="submit" value="pdf" className="primary">
            {t('print.savePdf')}
          </button>
          <button type="submit" value="printer">
            {t('print.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
