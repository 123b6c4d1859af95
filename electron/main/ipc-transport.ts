import { ipcMain, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/bridge';
import type { Backend } from '../compose';
import { callOptionsFrom } from '../backend/idempotency';

/**
 * The only ipcMain.handle in the app: every call goes to the router, which
 * checks the sender frame, the session's role and the input.
 */
export function bindIpcTransport(backend: Backend, windows: () => { webContents: WebContents }[]): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown, options: unknown) =>
    backend.router.dispatch(
      {
        transport: 'ipc',
        frameUrl: event.senderFrame?.url ?? null,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        contentsId: event.sender.id,
      },
      channel,
      input,
      callOptionsFrom(options),
    ),
  );
  const unsubscribe = backend.events.subscribe((name, payload) => {
    for (const window of windows()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
