/**
 * Reads a `.caseline` file off the window's thread: the file's digest, then (as often as the
 * person tries a passphrase) decrypting, parsing, validating and verifying it. Parsing a
 * 100 MB file is one step that cannot be cut into slices, which is why it happens here. The
 * entries go to the window as soon as they pass the schema; the window checks their hashes
 * from the last one down while this checks from the first one up (sharedHashing.ts).
 */
import { readBundle } from '../../../shared/bundle';
import { utf8 } from '../../../shared/crypto/encoding';
import type { Entry } from '../../../shared/domain/types';
import { fileDigest } from './bundleFile';
import { checkFromFront, type BackReport } from './sharedHashing';
import { ENTRY_SLICE, type FromWorker, type ToWorker } from './workerProtocol';

/** The file's bytes: text is encoded once, for its digest, and read from the same bytes. */
let content: Uint8Array | null = null;
/** The parts of a text being handed over. */
let parts: string[] = [];
/** The hash check under way, which the window's reports go to. */
let checking: { readonly back: (r: BackReport) => void } | null = null;

function send(message: FromWorker): void {
  self.postMessage(message);
}

function sendEntries(entries: readonly Entry[]): void {
  for (let i = 0; i < entries.length; i += ENTRY_SLICE)
    send({ type: 'entries', json: JSON.stringify(entries.slice(i, i + ENTRY_SLICE)) });
  send({ type: 'validated', total: entries.length });
}

async function read(message: Extract<ToWorker, { type: 'read' }>, bytes: Uint8Array): Promise<void> {
  let sent: readonly Entry[] | null = null;
  const result = await readBundle(bytes, {
    now: message.now,
    ...(message.passphrase === undefined ? {} : { passphrase: message.passphrase }),
    onProgress: (p) => send({ type: 'progress', ...p }),
    onValidated: (entries) => {
      sent = entries;
      sendEntries(entries);
    },
    firstBadHash: async (entries, onProgress) => {
      const check = checkFromFront(entries, send, onProgress);
      checking = check;
      try {
        return await check.result;
      } finally {
        checking = null;
      }
    },
  });
  if (!result.ok) return send({ type: 'failed', error: result.error });
  // The window makes the bundle of the entries it was sent: they must be these.
  if (result.bundle.entries !== sent) {
    return send({ type: 'failed', error: { code: 'internal', message: 'Entries read are not those sent' } });
  }
  const { entries: _sent, ...head } = result.bundle;
  send({ type: 'bundle', head, warnings: result.warnings });
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'load':
      content = new Uint8Array(message.content);
      return send({ type: 'loaded', ...(await fileDigest(content)) });
    case 'load-text':
      parts.push(message.part);
      if (!message.last) return;
      content = utf8(parts.join(''));
      parts = [];
      return send({ type: 'loaded', ...(await fileDigest(content)) });
    case 'read':
      if (content === null)
        return send({ type: 'failed', error: { code: 'internal', message: 'No file loaded' } });
      return read(message, content);
    case 'back':
      checking?.back(message);
      return;
  }
}

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void handle(event.data);
});
