import { useState } from 'react';
import { calendarDateOf, formatDate, type Language } from '../../../shared/dates';
import type { AgencyRef } from '../../../shared/domain/agencies';
import { redactFor, type Audience } from '../../../shared/domain/audience';
import { caseFacts } from '../../../shared/domain/caseFacts';
import type { Person } from '../../../shared/domain/types';
import { actionRegisterCsv } from '../../../shared/exports/actionRegisterCsv';
import { calendarIcs } from '../../../shared/exports/calendarIcs';
import { chronologyCsv } from '../../../shared/exports/chronologyCsv';
import { exportFileName } from '../../../shared/exports/fileName';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import type { CaseView } from '../../db/caseRows';
import { translator, useI18n } from '../../i18n/i18n';
import type { CaseModel } from '../../model/caseModel';
import { ExportDialog } from './ExportDialog';
import { refLabelsIn } from './refLabels';
import { actionLabels, actionRows, calendarDeadlines, chronologyLabels, chronologyRows } from './rows';
import { saveTextExport, type ExportNotice } from './saveExport';

type What = 'chronology' | 'action-register' | 'calendar';

type Props = {
  readonly view: CaseView;
  readonly model: CaseModel;
  readonly persons: readonly Person[];
  readonly partners: readonly AgencyRef[];
  readonly actor: Actor;
  readonly soonDays: number;
  /** Tells the page what happened (saved, refused). */
  readonly onNotice: (notice: NonNullable<ExportNotice>) => void;
};

/** The case's machine-readable exports: the chronology and action register as CSV, its deadlines as ICS. */
export function CaseExports({ view, model, persons, partners, actor, soonDays, onNotice }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<What | null>(null);

  const run = async (what: What, audience: Audience, lang: Language) => {
    const tx = translator(lang);
    const fmt = { date: (d: string) => formatDate(d, lang) };
    const c = now();
    const redacted = redactFor(audience, model.effective, persons);
    const facts = caseFacts(redacted.entries, {
      today: c.today,
      now: c.instant,
      soonDays,
      closed: view.status === 'closed',
    });
    const refLabel = refLabelsIn(facts.byOriginal, tx, lang);
    const audiencePart = audience.kind === 'agency' ? audience.agency.name : '';
    const common = { caseIds: [view.id], audience, language: lang, title: t(`export.title.${what}`) };
    const notice = await saveTextExport(
      what === 'chronology'
        ? {
            ...common,
            kind: 'chronology',
            format: 'csv',
            fileName: exportFileName(
              [view.reference, tx('export.file.chronology'), audiencePart],
              c.today,
              'csv',
            ),
            build: () =>
              chronologyCsv(
                chronologyRows(model.resolved, persons, audience, tx, fmt, refLabel),
                chronologyLabels(tx),
              ),
          }
        : what === 'action-register'
          ? {
              ...common,
              kind: 'action-register',
              format: 'csv',
              fileName: exportFileName(
                [view.reference, tx('export.file.actions'), audiencePart],
                c.today,
                'csv',
              ),
              build: () =>
                actionRegisterCsv(
                  actionRows(view, facts.actions, c.today, tx, (meetingEntryId) => {
                    const d = meetingEntryId ? facts.byOriginal.get(meetingEntryId) : undefined;
                    return d ? { heldOn: calendarDateOf(d.occurredAt), label: '' } : null;
                  }),
                  actionLabels(tx),
                ),
            }
          : {
              ...common,
              kind: 'calendar',
              format: 'ics',
              fileName: exportFileName(
                [view.reference, tx('export.file.calendar'), audiencePart],
                c.today,
                'ics',
              ),
              build: () =>
                calendarIcs(
                  calendarDeadlines(
                    { reference: view.reference, ownerAgency: view.ownerAgency.name },
                    facts.deadlines,
                    tx,
                    (id) => facts.actions.find((a) => a.originalId === id)?.ownerAgencyRef ?? null,
                  ),
                  { name: tx('ics.name.case', { reference: view.reference }), now: c.instant },
                ),
            },
      actor,
      t,
    );
    if (notice) {
      setOpen(null);
      onNotice(notice);
    }
  };

  return (
    <>
      <details className="menu">
        <summary>{t('export.menu')}</summary>
        <div className="menu-items">
          {(['chronology', 'action-register', 'calendar'] as const).map((w) => (
            <button
              key={w}
              type="button"
              onClick={(e) => {
                e.currentTarget.closest('details')?.removeAttribute('open');
                setOpen(w);
              }}
            >
              {t(
                w === 'chronology'
                  ? 'export.chronology'
                  : w === 'action-register'
                    ? 'export.actions'
                    : 'export.calendar',
              )}
            </button>
          ))}
        </div>
      </details>
      {open && (
        <ExportDialog
          title={t(`export.title.${open}`)}
          hint={t(open === 'calendar' ? 'export.calendarHint' : 'export.csvHint')}
          agencies={partners}
          onClose={() => setOpen(null)}
          onExport={(audience, lang) => run(open, audience, lang)}
        />
      )}
    </>
  );
}
