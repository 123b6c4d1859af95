/**
 * What the page gets from the preload script (Electron) or the loopback shim
 * (browser mode): exactly two functions. Nothing else crosses the boundary.
 */
export interface PanelBridge {
  /** `options.idempotencyKey`: the key of one user action's write, sent again unchanged with every retry. */
  invoke(channel: string, input: unknown, options?: InvokeOptions): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** What a call carries beside its channel and input: over HTTP, the `Idempotency-Key` header. */
export interface InvokeOptions {
  idempotencyKey?: string;
}

/** The HTTP header the loopback and network transports carry a write's idempotency key in. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The single ipcMain channel the preload uses; the router dispatches inside it. */
export const IPC_INVOKE_CHANNEL = 'panel:invoke';
/** The single ipcRenderer channel events arrive on. */
export const IPC_EVENT_CHANNEL = 'panel:event';
