/**
 * The facts of a case's summary, computed where they hold the window least: in the window for a
 * case of ordinary size, on a worker for a large one (60,000 entries take most of a second).
 * The result is the same either way; a worker that cannot start leaves the work to the window.
 */
import { summaryFacts, type SummaryFacts } from '../../shared/domain/summary';
import type { Entry } from '../../shared/domain/types';
import { factsVia } from './factsProtocol';

/** From this many entries of SUMMARY_KINDS the facts take longer than a frame: a worker does them. */
export const OFF_THREAD_FROM = 3_000;

async function inWorker(relevant: readonly Entry[]): Promise<SummaryFacts> {
  const worker = new Worker(new URL('./facts.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await Promise.race([
      factsVia(worker, relevant),
      new Promise<never>((_, reject) =>
        worker.addEventListener('error', (event) => reject(new Error(event.message))),
      ),
    ]);
  } finally {
    worker.terminate();
  }
}

/** summaryFacts of `relevant`, off the window's thread when there are many. */
export async function computeFacts(relevant: readonly Entry[]): Promise<SummaryFacts> {
  if (relevant.length < OFF_THREAD_FROM || typeof Worker === 'undefined') return summaryFacts(relevant);
  try {
    return await inWorker(relevant);
  } catch {
    return summaryFacts(relevant);
  }
}
