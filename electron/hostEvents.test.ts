import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { forwardSystemLock, sendHostEvent, type EventTarget } from './hostEvents';

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
