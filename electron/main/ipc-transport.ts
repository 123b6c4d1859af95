import { ipcMain, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../shared/contract/bridge';
import { callOptionsFrom } from '../backend/idempotency';
import type { DispatchTarget } from '../seat/seat-mode';

/**
 * The only ipcMain.handle in the app. Every call goes to the seat mode's
 * dispatch: the seat channels it answers itself, the rest to this computer's
 * router (which checks the sender frame, the session's role and the input) or,
 * for a seat, through the forwarding client to the service, whose router does.
 */
export function bindIpcTransport(target: DispatchTarget, windows: () => { webContents: WebContents }[]): () => void {
  ipcMain.handle(IPC_INVOKE_CHANNEL, (event, channel: unknown, input: unknown, options: unknown) =>
    target.router.dispatch(
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
  const unsubscribe = target.events.subscribe((name, payload) => {
    for (const window of windows()) window.webContents.send(IPC_EVENT_CHANNEL, name, payload);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE_CHANNEL);
  };
}
