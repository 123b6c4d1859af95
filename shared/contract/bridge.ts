/**
 * What the page gets from the preload script (Electron) or the loopback shim
 * (browser mode): exactly two functions. Nothing else crosses the boundary.
 */
export interface PanelBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** The single ipcMain channel the preload uses; the router dispatches inside it. */
export const IPC_INVOKE_CHANNEL = 'panel:invoke';
/** The single ipcRenderer channel events arrive on. */
export const IPC_EVENT_CHANNEL = 'panel:event';
