import { useEffect } from 'react';
import { bridge } from '../../host';
import { useCommands } from '../../commands/registry';
import { lock } from './session';

/** Events that show someone is at the computer. */
const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * While the app is unlocked: it locks after `lockAfterSeconds` without activity, when the
 * computer sleeps or its screen locks (the host's system-lock event), and on the Lock command
 * (shortcut, menu, button). The clock is checked every second rather than trusted to one long
 * timer, which a sleeping computer would stop: on waking, the time that passed counts.
 */
export function useSessionChrome(lockAfterSeconds: number): void {
  useCommands({ lock: () => void lock('command') });

  useEffect(() => {
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { capture: true, passive: true });
    const timer = setInterval(
      () => {
        if (Date.now() - last >= lockAfterSeconds * 1000) void lock('inactivity');
      },
      Math.min(1000, lockAfterSeconds * 250),
    );
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
      clearInterval(timer);
    };
  }, [lockAfterSeconds]);

  useEffect(() => bridge()?.on('system-lock', () => void lock('system')), []);
}
