/**
 * Computing a case's summary facts (shared/domain/summary.ts) on another thread: the window
 * sends the entries in slices, each cloned in a few milliseconds with a turn for the window
 * between them, then asks for the facts. Written against a port (a Worker, or one end of a
 * MessageChannel in tests) so both sides run the same code everywhere.
 */
import { summaryFacts, type SummaryFacts } from '../../shared/domain/summary';
import type { Entry } from '../../shared/domain/types';

/** Entries per message: one message of 60,000 entries would hold the window while it is cloned. */
export const FACTS_SLICE = 2_000;

export type ToFacts =
  { readonly type: 'entries'; readonly entries: readonly Entry[] } | { readonly type: 'compute' };

export type FromFacts =
  | { readonly type: 'facts'; readonly facts: SummaryFacts }
  | { readonly type: 'failed'; readonly message: string };

/** What both ends need of a Worker or a MessagePort. */
export type FactsPort = {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

/** The other thread's side: collects entries until asked, answers with their facts. */
export function serveFacts(port: FactsPort): void {
  let entries: Entry[] = [];
  port.addEventListener('message', (event: MessageEvent<ToFacts>) => {
    const message = event.data;
    if (message.type === 'entries') {
      entries.push(...message.entries);
      return;
    }
    const all = entries;
    entries = [];
    try {
      port.postMessage({ type: 'facts', facts: summaryFacts(all) } satisfies FromFacts);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      port.postMessage({ type: 'failed', message: text } satisfies FromFacts);
    }
  });
}

/** Lets input and rendering run between slices. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The window's side: sends `relevant` in slices and waits for the facts. */
export async function factsVia(port: FactsPort, relevant: readonly Entry[]): Promise<SummaryFacts> {
  for (let i = 0; i < relevant.length; i += FACTS_SLICE) {
    port.postMessage({ type: 'entries', entries: relevant.slice(i, i + FACTS_SLICE) } satisfies ToFacts);
    await nextTurn();
  }
  return new Promise<SummaryFacts>((resolve, reject) => {
    const listener = (event: MessageEvent<FromFacts>) => {
      port.removeEventListener('message', listener);
      if (event.data.type === 'facts') resolve(event.data.facts);
      else reject(new Error(event.data.message));
    };
    port.addEventListener('message', listener);
    port.postMessage({ type: 'compute' } satisfies ToFacts);
  });
}
