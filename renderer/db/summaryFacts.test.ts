/**
 * computeFacts hands a large case to a worker and a small one to nobody, and the facts are the
 * same as summaryFacts computes in place, even when the worker cannot start. The Worker here runs
 * the worker's own code (serveFacts) at the other end of a MessageChannel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summaryFacts } from '../../shared/domain/summary';
import { longCaseSummaryEntries } from '../../shared/domain/testEntries.testkit';
import { serveFacts } from './factsProtocol';
import { computeFacts, OFF_THREAD_FROM } from './summaryFacts';

/** Workers started, and whether the next one fails to start. */
const started: string[] = [];
let failToStart = false;

class ChannelWorker {
  private readonly channel = new MessageChannel();
  constructor(url: URL) {
    started.push(url.pathname.split('/').pop()!);
    serveFacts(this.channel.port2);
    this.channel.port1.start();
    this.channel.port2.start();
    if (failToStart)
      setTimeout(() => this.errorListeners.forEach((l) => l({ message: 'failed to load' } as ErrorEvent)), 0);
  }
  private readonly errorListeners: ((e: ErrorEvent) => void)[] = [];
  postMessage(message: unknown) {
    if (!failToStart) this.channel.port1.postMessage(message);
  }
  addEventListener(type: string, listener: (e: never) => void) {
    if (type === 'error') this.errorListeners.push(listener as (e: ErrorEvent) => void);
    else this.channel.port1.addEventListener('message', listener as (e: MessageEvent) => void);
  }
  removeEventListener(type: string, listener: (e: never) => void) {
    if (type === 'message')
      this.channel.port1.removeEventListener('message', listener as (e: MessageEvent) => void);
  }
  terminate() {
    this.channel.port1.close();
    this.channel.port2.close();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  started.length = 0;
  failToStart = false;
});

describe('the facts of a case summary', () => {
  it('of a large case come from a worker, equal to those computed in place', async () => {
    vi.stubGlobal('Worker', ChannelWorker);
    const relevant = longCaseSummaryEntries(Math.ceil(OFF_THREAD_FROM * 2), 7);
    expect(relevant.length).toBeGreaterThanOrEqual(OFF_THREAD_FROM);
    expect(await computeFacts(relevant)).toEqual(summaryFacts(relevant));
    expect(started).toEqual(['facts.worker.ts']);
  });

  it('of a small case are computed in place', async () => {
    vi.stubGlobal('Worker', ChannelWorker);
    const relevant = longCaseSummaryEntries(200, 7);
    expect(await computeFacts(relevant)).toEqual(summaryFacts(relevant));
    expect(started).toEqual([]);
  });

  it('are computed in place when the worker cannot start', async () => {
    vi.stubGlobal('Worker', ChannelWorker);
    failToStart = true;
    const relevant = longCaseSummaryEntries(Math.ceil(OFF_THREAD_FROM * 2), 7);
    expect(await computeFacts(relevant)).toEqual(summaryFacts(relevant));
    expect(started).toEqual(['facts.worker.ts']);
  });
});
