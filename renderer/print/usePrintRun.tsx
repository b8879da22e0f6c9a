import { useRef, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { ExportKind } from '../../shared/ipc';
import type { HostError } from '../../shared/result';
import { printCurrentView, type PrintOutcome, type PrintTarget } from './printJob';

/** One document of a run: what it is, the names the save dialog shows, and the rendered document. */
export type PrintDoc = {
  readonly kind: ExportKind;
  /** The save dialog's title. */
  readonly title: string;
  readonly fileName: string;
  readonly node: ReactNode;
};

/** Where a run is: reading what the documents need, or saving document `done` + 1 of `total`. */
export type RunProgress = {
  readonly phase: 'reading' | 'saving';
  readonly done: number;
  readonly total: number;
};

/** How a run ended. */
export type RunResult = {
  readonly saved: readonly string[];
  readonly printed: number;
  readonly total: number;
  /** The user cancelled (the Cancel button or a save dialog): what was done before stays done. */
  readonly cancelled: boolean;
  readonly error: HostError | null;
};

/** Thrown by `prepare` callbacks when the run was cancelled while they read. */
export class RunCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'RunCancelled';
  }
}

/**
 * Prints or saves documents one after another through the print view: each is rendered, handed
 * to the host, and reported to `onDone` (the caller writes the audit row) before the next. A run
 * shows its progress and can be cancelled between documents (and while the data is read); a
 * second run cannot start while one is going.
 */
export function usePrintRun() {
  const [node, setNode] = useState<ReactNode>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const cancelled = useRef(false);
  const running = useRef(false);

  const run = async <D extends PrintDoc>(
    prepare: (
      report: (done: number, total: number) => void,
      isCancelled: () => boolean,
    ) => Promise<readonly D[]>,
    target: PrintTarget,
    onDone: (doc: D, outcome: Exclude<PrintOutcome, { kind: 'cancelled' }>) => Promise<void>,
  ): Promise<RunResult | null> => {
    if (running.current) return null;
    running.current = true;
    cancelled.current = false;
    const saved: string[] = [];
    let printed = 0;
    let total = 0;
    try {
      setProgress({ phase: 'reading', done: 0, total: 0 });
      let docs: readonly D[];
      try {
        docs = await prepare(
          (done, of) => setProgress({ phase: 'reading', done, total: of }),
          () => cancelled.current,
        );
      } catch (e) {
        if (e instanceof RunCancelled) return { saved, printed, total, cancelled: true, error: null };
        throw e;
      }
      total = docs.length;
      for (const [i, doc] of docs.entries()) {
        if (cancelled.current) return { saved, printed, total, cancelled: true, error: null };
        flushSync(() => {
          setNode(doc.node);
          setProgress({ phase: 'saving', done: i, total });
        });
        const r = await printCurrentView(target, doc.title, doc.fileName, doc.kind);
        if (!r.ok) return { saved, printed, total, cancelled: false, error: r.error };
        if (r.value.kind === 'cancelled') return { saved, printed, total, cancelled: true, error: null };
        if (r.value.kind === 'saved') saved.push(r.value.path);
        else printed++;
        await onDone(doc, r.value);
      }
      return { saved, printed, total, cancelled: false, error: null };
    } finally {
      running.current = false;
      setNode(null);
      setProgress(null);
    }
  };

  return {
    run,
    progress,
    cancel: () => {
      cancelled.current = true;
    },
    isRunning: () => running.current,
    /** Renders the document being printed into the print view (outside the app's root). */
    view: node === null ? null : createPortal(<div className="print-root">{node}</div>, document.body),
  };
}
