import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type PanelBridge } from '../../shared/contract/bridge';

/** All the page ever gets: invoke and on. Never ipcRenderer itself. */
const api: PanelBridge = {
  invoke: (channel, input, options) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, channel, input, options),
  on: (event, listener) => {
    const relay = (_e: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
