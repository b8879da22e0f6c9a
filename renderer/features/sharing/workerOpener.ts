/**
 * Opens a file in a Worker (bundle.worker.ts): the window hands over the content once, then
 * asks for reads. The entries arrive in slices once they pass the schema, each decoded
 * quickly, with a turn for the window between them; the window then looks them up among those
 * held (`onIds`) and checks their hashes from the last one down while the worker checks from
 * the first one up. They become the bundle only when the worker says the file is verified.
 */
import { idsToLookUp } from '../../../shared/bundle/incoming';
import type { Entry } from '../../../shared/domain/types';
import type { FileOpener, OpenedFile, ReadOutcome } from './bundleFile';
import { checkFromBack } from './sharedHashing';
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
        let checking: ReturnType<typeof checkFromBack> | null = null;
        const finish = (outcome: ReadOutcome) => {
          checking?.stop();
          done(outcome);
        };
        listener = (m) => {
          switch (m.type) {
            case 'progress':
              onProgress?.({ phase: m.phase, done: m.done, total: m.total });
              return;
            case 'failed':
              return finish({ ok: false, error: m.error });
            case 'entries':
              // Our own worker's JSON of entries that passed the schema (and are verified later).
              entries.push(...(JSON.parse(m.json) as Entry[]));
              return;
            case 'validated':
              options.onIds?.(idsToLookUp(entries));
              checking = checkFromBack(entries, (r) => post(r));
              return;
            case 'front':
              checking?.front(m.upto);
              return;
            case 'bundle':
              return finish({ ok: true, bundle: { ...m.head, entries }, warnings: m.warnings });
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
