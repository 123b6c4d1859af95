/** Where a call came from, as the transport saw it. */
export type Sender =
  /** Electron IPC: the URL of the frame that sent it. */
  | { transport: 'ipc'; frameUrl: string | null; isMainFrame: boolean }
  /** Loopback HTTP: whether the per-launch token matched. */
  | { transport: 'loopback'; tokenVerified: boolean }
  /** Code inside the main process itself (demo generator, benchmarks, tests). */
  | { transport: 'internal' };

/** The origin the packaged renderer is served from (see electron/main/app-protocol.ts). */
export const APP_ORIGIN = 'app://panel';

export function isTrustedSender(sender: Sender): boolean {
  switch (sender.transport) {
    case 'ipc':
      return sender.isMainFrame && sender.frameUrl !== null && sender.frameUrl.startsWith(`${APP_ORIGIN}/`);
    case 'loopback':
      return sender.tokenVerified;
    case 'internal':
      return true;
  }
}
