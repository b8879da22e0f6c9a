/**
 * Builds window.caseline from the contract's method list. Each method is one ipcRenderer.invoke;
 * ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { isCommandId, type CommandId } from '../shared/commands';
import { COMMAND_CHANNEL, HOST_METHODS, type CaselineBridge } from '../shared/ipc';

const api: Record<string, unknown> = {};
for (const method of HOST_METHODS) api[method] = (arg: unknown) => ipcRenderer.invoke(method, arg);
api.onCommand = (listener: (id: CommandId) => void) => {
  const handler = (_event: unknown, id: unknown) => {
    if (isCommandId(id)) listener(id);
  };
  ipcRenderer.on(COMMAND_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, handler);
  };
};

contextBridge.exposeInMainWorld('caseline', api);
