import type { CaselineBridge, HostContract, HostMethod, HostResult } from '../shared/ipc';

declare global {
  // A global augmentation has to be an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    /** Set by the Electron preload, or by the e2e harness from the same lists. */
    readonly caseline?: CaselineBridge;
  }
}

/** The host bridge, or null when the page was opened outside the app. */
export function bridge(): CaselineBridge | null {
  return window.caseline ?? null;
}

/** Calls a host method; a missing bridge becomes an ordinary error Result. */
export async function invoke<K extends HostMethod>(method: K, arg: HostContract[K]['arg']): HostResult<K> {
  const b = bridge();
  if (!b) return { ok: false, error: { code: 'internal', message: 'No host bridge.' } };
  return b.invoke(method, arg);
}
