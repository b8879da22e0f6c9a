/**
 * Reads a `.caseline` file off the window's thread: the file's digest, then (as often as the
 * person tries a passphrase) decrypting, parsing, validating and verifying it. Parsing a
 * 100 MB file is one step that cannot be cut into slices, which is why it happens here.
 */
import { readBundle } from '../../../shared/bundle';
import { idsToLookUp } from '../../../shared/bundle/incoming';
import { utf8 } from '../../../shared/crypto/encoding';
import { fileDigest } from './bundleFile';
import { ENTRY_SLICE, type FromWorker, type ToWorker } from './workerProtocol';

/** The file's bytes: text is encoded once, for its digest, and read from the same bytes. */
let content: Uint8Array | null = null;

function send(message: FromWorker): void {
  self.postMessage(message);
}

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'load') {
    content = typeof message.content === 'string' ? utf8(message.content) : new Uint8Array(message.content);
    send({ type: 'loaded', ...(await fileDigest(content)) });
    return;
  }
  if (content === null) {
    send({ type: 'failed', error: { code: 'internal', message: 'No file loaded' } });
    return;
  }
  const read = await readBundle(content, {
    now: message.now,
    ...(message.passphrase === undefined ? {} : { passphrase: message.passphrase }),
    onProgress: (p) => send({ type: 'progress', ...p }),
    onValidated: (entries) => send({ type: 'ids', ids: idsToLookUp(entries) }),
  });
  if (!read.ok) {
    send({ type: 'failed', error: read.error });
    return;
  }
  const { entries, ...head } = read.bundle;
  send({ type: 'bundle', head, warnings: read.warnings, total: entries.length });
  for (let i = 0; i < entries.length; i += ENTRY_SLICE)
    send({ type: 'entries', entries: entries.slice(i, i + ENTRY_SLICE) });
  send({ type: 'end' });
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
});
