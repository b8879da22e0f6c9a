import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  forwardSystemLock,
  pollScreenLock,
  screenLockNeedsPolling,
  sendHostEvent,
  SCREEN_LOCK_POLL_MS,
  type EventTarget,
  type IdleStateSource,
  type PollTimers,
} from './hostEvents';

function fakeContents(destroyed = false) {
  const sent: [string, ...unknown[]][] = [];
  const target: EventTarget = {
    send: (channel, ...args) => sent.push([channel, ...args]),
    isDestroyed: () => destroyed,
  };
  return { target, sent };
}

describe('sendHostEvent', () => {
  it('sends on the channel of the event name, with its payload', () => {
    const { target, sent } = fakeContents();
    sendHostEvent(target, 'menu-command', 'case-new');
    sendHostEvent(target, 'system-lock', { reason: 'suspend' });
    expect(sent).toEqual([
      ['menu-command', 'case-new'],
      ['system-lock', { reason: 'suspend' }],
    ]);
  });

  it('sends nothing when there is no page or it is gone', () => {
    const gone = fakeContents(true);
    sendHostEvent(gone.target, 'menu-command', 'print');
    sendHostEvent(null, 'menu-command', 'print');
    sendHostEvent(undefined, 'menu-command', 'print');
    expect(gone.sent).toEqual([]);
  });
});

describe('forwardSystemLock', () => {
  it('asks the app to lock when the computer sleeps or its screen locks, and on nothing else', () => {
    const power = new EventEmitter();
    const locks: unknown[] = [];
    forwardSystemLock(power, (payload) => locks.push(payload));
    power.emit('resume');
    power.emit('unlock-screen');
    power.emit('on-battery');
    expect(locks).toEqual([]);
    power.emit('suspend');
    power.emit('lock-screen');
    expect(locks).toEqual([{ reason: 'suspend' }, { reason: 'lock-screen' }]);
  });
});

/** A power monitor whose idle state the test sets, and timers the test runs by hand. */
function fakeSystem() {
  let state: ReturnType<IdleStateSource['getSystemIdleState']> = 'active';
  const running = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  const power: IdleStateSource = { getSystemIdleState: () => state };
  const timers: PollTimers = {
    setInterval: (run, ms) => {
      running.set(next, { run, ms });
      return next++;
    },
    clearInterval: (handle) => running.delete(handle as number),
  };
  return {
    power,
    timers,
    running,
    set: (s: typeof state) => (state = s),
    tick: () => running.forEach((t) => t.run()),
  };
}

describe('pollScreenLock', () => {
  it('asks the app to lock once when the screen becomes locked, and again after the next lock', () => {
    const system = fakeSystem();
    const locks: unknown[] = [];
    const poll = pollScreenLock(system.power, (p) => locks.push(p), system.timers);
    poll.start();
    expect([...system.running.values()].map((t) => t.ms)).toEqual([SCREEN_LOCK_POLL_MS]);
    system.tick();
    system.set('idle');
    system.tick();
    system.set('unknown');
    system.tick();
    expect(locks).toEqual([]);
    system.set('locked');
    system.tick();
    system.tick();
    expect(locks).toEqual([{ reason: 'lock-screen' }]);
    system.set('active');
    system.tick();
    system.set('locked');
    system.tick();
    expect(locks).toEqual([{ reason: 'lock-screen' }, { reason: 'lock-screen' }]);
  });

  it('runs only between start and stop, with one timer however often it is started', () => {
    const system = fakeSystem();
    const locks: unknown[] = [];
    const poll = pollScreenLock(system.power, (p) => locks.push(p), system.timers, 1000);
    system.set('locked');
    system.tick();
    expect(system.running.size).toBe(0);
    poll.start();
    poll.start();
    expect(system.running.size).toBe(1);
    poll.stop();
    poll.stop();
    expect(system.running.size).toBe(0);
    system.tick();
    expect(locks).toEqual([]);
  });

  it('is needed on Linux only, where no lock-screen event comes', () => {
    expect(screenLockNeedsPolling('linux')).toBe(true);
    expect(screenLockNeedsPolling('darwin')).toBe(false);
    expect(screenLockNeedsPolling('win32')).toBe(false);
  });
});
