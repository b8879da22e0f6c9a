/**
 * The main process's side of the host events (shared/ipc.ts `HostEvents`): typed sending, and
 * the power monitor's signals that ask the app to lock. Only types come from 'electron', so
 * this is unit-tested with fakes.
 */
import type { HostEvent, HostEvents } from '../shared/ipc';

/** The part of a web contents an event travels through. */
export type EventTarget = {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
};

/** Sends one event to the page on the channel of its name; nothing when there is no page. */
export function sendHostEvent<E extends HostEvent>(
  target: EventTarget | null | undefined,
  event: E,
  payload: HostEvents[E],
): void {
  if (target && !target.isDestroyed()) target.send(event, payload);
}

/** The power monitor's events after which the app must not stay open (Electron's powerMonitor). */
export type LockSignals = {
  on(event: 'suspend', listener: () => void): unknown;
  on(event: 'lock-screen', listener: () => void): unknown;
};

/**
 * Turns the computer going to sleep or its screen being locked into a `system-lock` event, so
 * the app can lock before anyone else sits down at it.
 */
export function forwardSystemLock(
  power: LockSignals,
  send: (payload: HostEvents['system-lock']) => void,
): void {
  power.on('suspend', () => send({ reason: 'suspend' }));
  power.on('lock-screen', () => send({ reason: 'lock-screen' }));
}
