/**
 * The main process's side of the host events (shared/ipc.ts `HostEvents`): typed sending, and
 * the power monitor's signals that ask the app to lock (its events, and on Linux, where no
 * event tells of a locked screen, a poll of its idle state). Only types come from 'electron', so
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

/** What the power monitor says of the user's session (Electron's getSystemIdleState). */
export type IdleStateSource = {
  getSystemIdleState(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
};

/** The timers the poll runs on (the global ones in the main process; fakes in tests). */
export type PollTimers = {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
};

/** How often the screen's lock is asked about where no event tells of it. */
export const SCREEN_LOCK_POLL_MS = 15_000;

/**
 * Seconds without input after which the system calls the user idle. Only 'locked' matters
 * here; the threshold is required by the call and has no bearing on it.
 */
const IDLE_THRESHOLD_SECONDS = 60;

/**
 * Whether the screen's lock has to be found by asking: Electron's 'lock-screen' event fires
 * on macOS and Windows only, so on Linux a locked screen would leave the app open behind it.
 */
export function screenLockNeedsPolling(platform: string): boolean {
  return platform === 'linux';
}

/** A poll that can be started while a window exists and stopped when it goes or the app quits. */
export type ScreenLockPoll = {
  start(): void;
  stop(): void;
};

/**
 * Asks every `everyMs` whether the screen is locked, and sends one `system-lock` when it
 * becomes so (not again until it has been unlocked and locked anew). A system that cannot
 * tell ('unknown') never locks the app by this route.
 */
export function pollScreenLock(
  power: IdleStateSource,
  send: (payload: HostEvents['system-lock']) => void,
  timers: PollTimers,
  everyMs: number = SCREEN_LOCK_POLL_MS,
): ScreenLockPoll {
  let handle: unknown = null;
  let wasLocked = false;
  const check = () => {
    const locked = power.getSystemIdleState(IDLE_THRESHOLD_SECONDS) === 'locked';
    if (locked && !wasLocked) send({ reason: 'lock-screen' });
    wasLocked = locked;
  };
  return {
    start() {
      if (handle !== null) return;
      wasLocked = false;
      handle = timers.setInterval(check, everyMs);
    },
    stop() {
      if (handle === null) return;
      timers.clearInterval(handle);
      handle = null;
    },
  };
}
