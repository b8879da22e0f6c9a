import type { ExportKind } from '../../shared/ipc';
import type { Result } from '../../shared/result';
import { invoke } from '../host';

export type PrintTarget = 'pdf' | 'printer';

/** What the user gets back: a saved file, a document sent to the printer, or nothing (cancelled). */
export type PrintOutcome = { kind: 'saved'; path: string } | { kind: 'printed' } | { kind: 'cancelled' };

/**
 * Sends the print view that is on the page now to the host. Waits for the bundled fonts and
 * one frame first, so the print engine never lays out the document with a fallback font. The
 * host opens its save dialog in the folder the last document of `kind` went to.
 */
export async function printCurrentView(
  target: PrintTarget,
  title: string,
  suggestedName: string,
  kind: ExportKind,
): Promise<Result<PrintOutcome>> {
  await document.fonts.ready;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  if (target === 'printer') {
    const r = await invoke('print-dialog', undefined);
    if (!r.ok) return r;
    return { ok: true, value: r.value ? { kind: 'printed' } : { kind: 'cancelled' } };
  }
  const r = await invoke('print-pdf', { kind, title, suggestedName, landscape: false });
  if (!r.ok) return r;
  return { ok: true, value: r.value ? { kind: 'saved', path: r.value.path } : { kind: 'cancelled' } };
}
