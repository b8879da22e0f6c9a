import { createElement, useRef, useState } from 'react';
import type { Audience } from '../../../shared/domain/audience';
import { exportFileName } from '../../../shared/exports/fileName';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import { recordExport } from '../../db/exportLog';
import { translator, useI18n } from '../../i18n/i18n';
import type { PrintTarget } from '../../print/printJob';
import { RunCancelled, usePrintRun } from '../../print/usePrintRun';
import { SummaryForPrint, type SummaryJob } from './SummaryForPrint';

export type Notice = { readonly ok: boolean; readonly text: string };

/** The audience as a file name part: the agency's name for a partner's copy, else nothing. */
function audiencePart(audience: Audience): string {
  return audience.kind === 'agency' ? audience.agency.name : '';
}

/**
 * The case summary's print job. `start` renders the summary into the print view in the
 * document's language, hands it to the host and writes the audit row for every document that
 * left the app (who, what, audience, language, file), even if the user has moved on to another
 * screen meanwhile. A second print cannot start while one runs. `progress` says where it is
 * (preparing, then saving); `cancel` stops it until the document is handed to the host, whose
 * save dialog has its own Cancel.
 */
export function useCasePrint(caseId: string, actor: Actor, beforeStart: () => void) {
  const { t } = useI18n();
  const printRun = usePrintRun();
  const [notice, setNotice] = useState<Notice | null>(null);
  // The Cancel button, not the save dialog, stopped the run: only then is it worth a notice.
  const cancelPressed = useRef(false);

  const start = async (job: Omit<SummaryJob, 'printedAt' | 'printedBy'>, target: PrintTarget) => {
    if (printRun.isRunning()) return;
    beforeStart();
    setNotice(null);
    cancelPressed.current = false;
    const clock = now();
    const full: SummaryJob = { ...job, printedAt: clock.instant, printedBy: actor };
    const tDoc = translator(job.lang);
    const fileName = exportFileName(
      [job.view.reference, tDoc('print.fileWord'), audiencePart(job.options.audience)],
      clock.today,
      'pdf',
    );
    try {
      const result = await printRun.run(
        async (_report, isCancelled) => {
          // One frame first, so "Preparing" and its Cancel are on screen before a long case's
          // document is laid out.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          if (isCancelled()) throw new RunCancelled();
          return [
            {
              kind: 'case-summary' as const,
              title: t('print.summaryTitle'),
              fileName,
              node: createElement(SummaryForPrint, { job: full }),
            },
          ];
        },
        target,
        (_doc, outcome) =>
          recordExport(
            [caseId],
            {
              what: 'case-summary',
              format: target,
              audience: job.options.audience,
              language: job.lang,
              file: outcome.kind === 'saved' ? outcome.path : null,
            },
            clock.instant,
            actor,
          ),
      );
      if (!result) return;
      if (result.cancelled) {
        if (cancelPressed.current) setNotice({ ok: false, text: t('print.cancelled') });
      } else if (result.error) setNotice({ ok: false, text: t(`error.${result.error.code}`) });
      else if (result.saved[0]) setNotice({ ok: true, text: t('print.saved', { path: result.saved[0] }) });
      else if (result.printed > 0) setNotice({ ok: true, text: t('print.sent') });
    } catch {
      setNotice({ ok: false, text: t('error.internal') });
    }
  };

  return {
    running: printRun.progress !== null,
    progress: printRun.progress,
    cancel: () => {
      cancelPressed.current = true;
      printRun.cancel();
    },
    view: printRun.view,
    notice,
    dismiss: () => setNotice(null),
    isRunning: printRun.isRunning,
    start,
  };
}
