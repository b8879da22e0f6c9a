import { beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, HOST_METHODS } from '../shared/ipc';
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

describe('preload', () => {
  it('exposes window.caseline only: the contract methods and onCommand, never ipcRenderer', () => {
    expect([...electron.exposed.keys()]).toEqual(['caseline']);
    expect(Object.keys(bridge).sort()).toEqual([...HOST_METHODS, 'onCommand'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('invokes each method on the channel of its name, with its one argument', async () => {
    const patch = { language: 'kk' } as const;
    expect(await bridge['settings-set'](patch)).toEqual({ ok: true, value: 'settings-set' });
    expect(electron.invoked.at(-1)).toEqual(['settings-set', patch]);
    for (const method of HOST_METHODS) {
      await (bridge[method] as (arg: unknown) => Promise<unknown>)(undefined);
      expect(electron.invoked.at(-1)?.[0]).toBe(method);
    }
  });

  it('passes menu commands on, drops unknown ones, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = bridge.onCommand((id) => seen.push(id));
    emit(COMMAND_CHANNEL, 'case-new');
    emit(COMMAND_CHANNEL, 'rm-rf');
    emit(COMMAND_CHANNEL, { id: 'case-new' });
    expect(seen).toEqual(['case-new']);
    off();
    emit(COMMAND_CHANNEL, 'print');
    expect(seen).toEqual(['case-new']);
    expect(electron.listeners.get(COMMAND_CHANNEL)?.size).toBe(0);
  });
});
