/**
 * A large case's summary facts computed on another thread (factsProtocol.ts) are the facts the
 * window would compute itself, whatever the number of slices; a failure there is an error here.
 * The two ends are joined by a MessageChannel, which clones each message as a Worker does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { summaryFacts } from '../../shared/domain/summary';
import { longCaseSummaryEntries } from '../../shared/domain/testEntries.testkit';
import type { Entry } from '../../shared/domain/types';
import { FACTS_SLICE, factsVia, serveFacts } from './factsProtocol';

const channels: MessageChannel[] = [];

/** The window's end of a channel whose other end serves facts. */
function served(): MessagePort {
  const channel = new MessageChannel();
  channels.push(channel);
  serveFacts(channel.port2);
  channel.port1.start();
  channel.port2.start();
  return channel.port1;
}

afterEach(() => {
  for (const c of channels.splice(0)) {
    c.port1.close();
    c.port2.close();
  }
});

describe('summary facts on another thread', () => {
  it('equal the facts computed here, over several slices', async () => {
    const relevant = longCaseSummaryEntries(8_000, 11);
    expect(relevant.length).toBeGreaterThan(2 * FACTS_SLICE);
    const here = summaryFacts(relevant);
    expect(here.deadlines.length + here.measures.length).toBeGreaterThan(0);
    expect(await factsVia(served(), relevant)).toEqual(here);
  });

  it('start afresh for each request on the same thread', async () => {
    const port = served();
    const long = longCaseSummaryEntries(3_000, 11);
    await factsVia(port, long);
    const short = long.slice(0, 40);
    expect(await factsVia(port, short)).toEqual(summaryFacts(short));
  });

  it('reject with the reason when they cannot be computed there', async () => {
    const broken = [{ id: 'x', kind: 'risk-assessment' }] as unknown as Entry[];
    await expect(factsVia(served(), broken)).rejects.toThrow();
  });
});
