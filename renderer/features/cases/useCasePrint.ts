import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Instant } from '../../../shared/dates';
import type { Audience } from '../../../shared/domain/audience';
import { now } from '../../app/clock';
import type { Actor } from '../../db/audit';
import { recordCasePrint } from '../../db/caseRepo';
import { useI18n } from '../../i18n/i18n';
import { pdfFileName, printCurrentView, type PrintTarget } from '../../print/printJob';

/** A summary being printed: rendered into the print view until the host has the document. */
export type PrintJob = { readonly audience: Audience; readonly at: Instant };

export type Notice = { readonly ok: boolean; readonly text: string };

/**
 * The case summary's print job. `start` renders the summary into the print view, hands it to
 * the host and writes the audit row for every document that left the app, even if the user has
 * moved on to another screen meanwhile. A second print cannot start while one runs.
 */
export function useCasePrint(caseId: string, actor: Actor, beforeStart: () => void) {
  const { t } = useI18n();
  const [job, setJob] = useState<PrintJob | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const running = useRef(false);

  const start = async (audience: Audience, target: PrintTarget, reference: string) => {
    if (running.current) return;
    running.current = true;
    const next: PrintJob = { audience, at: now().instant };
    flushSync(() => {
      beforeStart();
      setNotice(null);
      setJob(next);
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
        await recordCasePrint(caseId, `${target}; ${who}`, next.at, actor);
        setNotice({
          ok: true,
          text:
            result.value.kind === 'saved' ? t('print.saved', { path: result.value.path }) : t('print.sent'),
        });
      }
    } catch {
      setNotice({ ok: false, text: t('error.internal') });
    } finally {
      running.current = false;
      setJob(null);
    }
  };

  return { job, notice, dismiss: () => setNotice(null), isRunning: () => running.current, start };
}
