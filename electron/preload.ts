/**
 * Builds window.caseline from the contract's method list (shared/ipc.ts): each method is one
 * ipcRenderer.invoke on the channel of the same name, and onCommand delivers menu commands.
 * ipcRenderer itself never reaches the page. Bundled to one CommonJS file that requires only
 * 'electron', which is all a sandboxed preload may do.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isCommandId, type CommandId } from '../shared/commands';
import { COMMAND_CHANNEL, HOST_METHODS, type CaselineBridge, type HostApi } from '../shared/ipc';

// Generated from the list, so it cannot drift from the contract; main.ts registers a handler
// for exactly these names. The cast is the one place the list becomes the typed API.
const host = Object.fromEntries(
  HOST_METHODS.map((method) => [method, (arg: unknown): Promise<unknown> => ipcRenderer.invoke(method, arg)]),
) as unknown as HostApi;

function onCommand(listener: (id: CommandId) => void): () => void {
  // Only the listener is passed the id: the IPC event (with its sender) stays in the preload.
  const handler = (_event: IpcRendererEvent, id: unknown) => {
    if (isCommandId(id)) listener(id);
  };
  ipcRenderer.on(COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  };
}

const bridge: CaselineBridge = { ...host, onCommand };

contextBridge.exposeInMainWorld('caseline', bridge);
