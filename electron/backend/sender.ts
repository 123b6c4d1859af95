import type { Actor } from './actor';

/** Where a call came from, as the transport saw it. */
export type Sender =
  /** Electron IPC: the frame that sent it, and its window's contents id (one session per window). */
  | { transport: 'ipc'; frameUrl: string | null; isMainFrame: boolean; contentsId: number }
  /**
   * Loopback HTTP: whether the per-launch key matched, and the id the client
   * made for itself (one session per client; in-process tests may leave it out).
   */
  | { transport: 'loopback'; tokenVerified: boolean; client?: string }
  /** Code inside the main process itself (demo generator, benchmarks, tests), acting as `actor`. */
  | { transport: 'internal'; actor?: Actor };

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

/** Which session a call belongs to: one per window (IPC) or per client holding the launch key (loopback). */
export function sessionKey(sender: Sender): string | null {
  switch (sender.transport) {
    case 'ipc':
      return `ipc:${sender.contentsId}`;
    case 'loopback':
      return sender.client === undefined ? 'loopback' : `loopback:${sender.client}`;
    case 'internal':
      return null;
  }
}
