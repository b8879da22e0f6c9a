/**
 * A large case's summary facts computed on another thread (factsProtocol.ts) are the facts the
 * window would compute itself, whatever the number of slices; a failure there is an error here.
 * The two ends are joined by a MessageChannel, which clones each message as a Worker does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { demoDraft, generateDemo } from '../../shared/demo/generator';
import { isSummaryKind, summaryFacts } from '../../shared/domain/summary';
import type { Entry } from '../../shared/domain/types';
import type { AgencyId, CaseId, EntryId } from '../../shared/ids';
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

/** The SUMMARY_KINDS entries of one long demo case. */
function relevantOfLongCase(entries: number): Entry[] {
  const home = { id: 'home' as AgencyId, name: 'Полиция', kind: 'police' as const };
  const [c] = generateDemo({
    seed: 11,
    cases: 1,
    entriesPerCase: entries,
    today: '2026-11-30',
    now: '2026-11-30T10:00:00+05:00',
    home,
  });
  const ids = c!.entries.map((_, i) => `e${String(i).padStart(6, '0')}`);
  return c!.entries
    .map((d, i): Entry => ({
      ...demoDraft(d, 'case' as CaseId, ids),
      id: ids[i] as EntryId,
      recordedAt: d.occurredAt,
      hash: '',
    }))
    .filter((e) => isSummaryKind(e.kind));
}

describe('summary facts on another thread', () => {
  it('equal the facts computed here, over several slices', async () => {
    const relevant = relevantOfLongCase(8_000);
    expect(relevant.length).toBeGreaterThan(2 * FACTS_SLICE);
    const here = summaryFacts(relevant);
    expect(here.deadlines.length + here.measures.length).toBeGreaterThan(0);
    expect(await factsVia(served(), relevant)).toEqual(here);
  });

  it('start afresh for each request on the same thread', async () => {
    const port = served();
    const long = relevantOfLongCase(3_000);
    await factsVia(port, long);
    const short = long.slice(0, 40);
    expect(await factsVia(port, short)).toEqual(summaryFacts(short));
  });

  it('reject with the reason when they cannot be computed there', async () => {
    const broken = [{ id: 'x', kind: 'risk-assessment' }] as unknown as Entry[];
    await expect(factsVia(served(), broken)).rejects.toThrow();
  });
});
