/**
 * Opens a file in a Worker (bundle.worker.ts): the window hands over the content once, then
 * asks for reads; a read bundle arrives in slices of entries, each decoded quickly, with a turn
 * for the window between them.
 */
import type { Entry } from '../../../shared/domain/types';
import type { FileOpener, OpenedFile, ReadOutcome } from './bundleFile';
import type { FromWorker, ToWorker } from './workerProtocol';

type Listener = (message: FromWorker) => void;

export const workerOpener: FileOpener = (content) =>
  new Promise<OpenedFile>((resolve, reject) => {
    const worker = new Worker(new URL('./bundle.worker.ts', import.meta.url), { type: 'module' });
    let listener: Listener = () => undefined;
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) => listener(event.data));
    worker.addEventListener('error', (event) => reject(new Error(event.message)));
    const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);

    const read: OpenedFile['read'] = (options, onProgress) =>
      new Promise<ReadOutcome>((done) => {
        const entries: Entry[] = [];
        let head: Extract<FromWorker, { type: 'bundle' }> | null = null;
        listener = (m) => {
          switch (m.type) {
            case 'progress':
              onProgress?.({ phase: m.phase, done: m.done, total: m.total });
              return;
            case 'failed':
              done({ ok: false, error: m.error });
              return;
            case 'ids':
              options.onIds?.(m.ids);
              return;
            case 'bundle':
              head = m;
              return;
            case 'entries':
              entries.push(...m.entries);
              return;
            case 'end':
              if (head) done({ ok: true, bundle: { ...head.head, entries }, warnings: head.warnings });
              return;
            case 'loaded':
              return;
          }
        };
        post({
          type: 'read',
          now: options.now,
          ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
        });
      });

    listener = (m) => {
      if (m.type !== 'loaded') return;
      resolve({ digest: m.digest, bytes: m.bytes, read, close: () => worker.terminate() });
    };
    if (typeof content === 'string') post({ type: 'load', content });
    else {
      // A copy the worker owns, handed over without copying again.
      const buffer = content.slice().buffer;
      post({ type: 'load', content: buffer }, [buffer]);
    }
  });
