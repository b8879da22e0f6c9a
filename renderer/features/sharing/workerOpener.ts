/**
 * Opens a file in a Worker (bundle.worker.ts): the window hands over the content once (text in
 * parts), then asks for reads. The entries arrive in slices once they pass the schema, each decoded
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
              checking = checkFromBack(entries, (r) => post(r));
              // In a task of its own: listing 100,000 ids takes tens of milliseconds.
              setTimeout(() => options.onIds?.(idsToLookUp(entries)), 0);
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
    if (typeof content === 'string') void postText(content, post);
    else {
      // A copy the worker owns, handed over without copying again.
      const buffer = content.slice().buffer;
      post({ type: 'load', content: buffer }, [buffer]);
    }
  });

/** Characters per message of a text handed to the worker: copying each takes a few tens of ms. */
const TEXT_PART = 4_000_000;

/**
 * Hands text to the worker in parts, with a turn for the window between them: a text cannot
 * be transferred, and copying 100 MB in one message held the window for a third of a second.
 */
async function postText(text: string, post: (message: ToWorker) => void): Promise<void> {
  for (let at = 0; ; at += TEXT_PART) {
    const last = at + TEXT_PART >= text.length;
    post({ type: 'load-text', part: text.slice(at, at + TEXT_PART), last });
    if (last) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
