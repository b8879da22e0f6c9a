import { beforeAll, describe, expect, it, vi } from 'vitest';
import { HOST_METHODS } from '../shared/ipc';
import type { CaselineBridge } from '../shared/ipc';

type Listener = (event: unknown, ...args: unknown[]) => void;

// contextBridge and ipcRenderer, faked: the preload runs in Node.
const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as [string, unknown][],
  listeners: new Map<string, Set<Listener>>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: (channel: string, arg: unknown) => {
      electron.invoked.push([channel, arg]);
      return Promise.resolve({ ok: true, value: channel });
    },
    on: (channel: string, fn: Listener) => {
      const set = electron.listeners.get(channel) ?? new Set();
      electron.listeners.set(channel, set.add(fn));
    },
    removeListener: (channel: string, fn: Listener) => electron.listeners.get(channel)?.delete(fn),
  },
}));

let bridge: CaselineBridge;
beforeAll(async () => {
  await import('./preload');
  bridge = electron.exposed.get('caseline') as CaselineBridge;
});

const emit = (channel: string, ...args: unknown[]) =>
  electron.listeners.get(channel)?.forEach((fn) => fn({ sender: 'ipc' }, ...args));

/** Calls the bridge as a hostile page could: any name, any argument. */
const untyped = (b: CaselineBridge) =>
  b as { invoke(m: unknown, a: unknown): Promise<unknown>; on(e: unknown, l: unknown): () => void };

describe('preload', () => {
  it('exposes window.caseline only: invoke and on, never ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['caseline']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('invokes each listed method on the channel of its name, with its one argument', async () => {
    const patch = { language: 'kk' } as const;
    expect(await bridge.invoke('settings-set', patch)).toEqual({ ok: true, value: 'settings-set' });
    expect(electron.invoked.at(-1)).toEqual(['settings-set', patch]);
    for (const method of HOST_METHODS) {
      await untyped(bridge).invoke(method, undefined);
      expect(electron.invoked.at(-1)?.[0]).toBe(method);
    }
  });

  it('never turns an unlisted name into an IPC message', async () => {
    const before = electron.invoked.length;
    for (const name of ['electron-store-get-data', 'menu-command', '__proto__', 42, null]) {
      expect(await untyped(bridge).invoke(name, {})).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(electron.invoked.length).toBe(before);
  });

  it('passes menu commands on, drops payloads outside the contract, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.on('menu-command', (id) => seen.push(id));
    emit('menu-command', 'case-new');
    emit('menu-command', 'rm-rf');
    emit('menu-command', { id: 'case-new' });
    emit('menu-command');
    expect(seen).toEqual(['case-new']);
    off();
    emit('menu-command', 'print');
    expect(seen).toEqual(['case-new']);
    expect(electron.listeners.get('menu-command')?.size).toBe(0);
  });

  it('passes a system lock on with its reason, and nothing else on that channel', () => {
    const seen: unknown[] = [];
    const off = bridge.on('system-lock', (lock) => seen.push(lock.reason));
    emit('system-lock', { reason: 'suspend' });
    emit('system-lock', { reason: 'lock-screen' });
    emit('system-lock', { reason: 'shutdown' });
    emit('system-lock', 'suspend');
    emit('system-lock', null);
    expect(seen).toEqual(['suspend', 'lock-screen']);
    off();
  });

  it('subscribes to no channel outside the event list', () => {
    const listener = vi.fn();
    const off = untyped(bridge).on('settings-get', listener);
    expect(electron.listeners.has('settings-get')).toBe(false);
    off();
  });
});
