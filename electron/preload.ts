/**
 * Builds window.caseline from the contract (shared/ipc.ts): `invoke` is one ipcRenderer.invoke
 * on the channel of the method's name, for listed methods only; `on` delivers a listed host
 * event once its payload has passed the contract's check. ipcRenderer itself never reaches the
 * page. Bundled to one CommonJS file that requires only 'electron', which is all a sandboxed
 * preload may do.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_EVENT_PAYLOADS, isHostEvent, isHostMethod, type CaselineBridge } from '../shared/ipc';
import { fail } from '../shared/result';

const bridge = {
  // The page is untrusted: a name outside the list never becomes an IPC message.
  invoke: (method, arg) =>
    isHostMethod(method)
      ? ipcRenderer.invoke(method, arg)
      : Promise.resolve(fail('invalid-argument', 'Unknown host method.')),

  on: (event, listener) => {
    if (!isHostEvent(event)) return () => undefined;
    const fitsContract = HOST_EVENT_PAYLOADS[event];
    // Only the payload is passed on: the IPC event (with its sender) stays in the preload.
    const handler = (_event: IpcRendererEvent, payload: unknown) => {
      if (fitsContract(payload)) listener(payload);
    };
    ipcRenderer.on(event, handler);
    return () => {
      ipcRenderer.removeListener(event, handler);
    };
  },
} satisfies CaselineBridge;

contextBridge.exposeInMainWorld('caseline', bridge);
