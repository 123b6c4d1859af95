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
  /**
   * The service host over HTTPS: the seat's session id (from its cookie, null
   * without one), whether the session's header token matched, the client's
   * address and the name the user gave that computer. One session per seat.
   */
  | {
      transport: 'network';
      session: string | null;
      tokenVerified: boolean;
      address: string;
      seat: string;
      /**
       * The call comes from the host computer itself (a loopback address, as
       * the host decided): a sign-in there is not "from another computer".
       * Missing means another computer, the safe reading.
       */
      onHost?: boolean;
      /**
       * The seat connected through the desktop app's forwarding client (it
       * said so when it opened the seat), not a browser. Missing means a browser.
       */
      desktop?: boolean;
    }
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
    case 'network':
      return sender.tokenVerified && sender.session !== null;
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
    case 'network':
      return sender.session === null ? null : `network:${sender.session}`;
    case 'internal':
      return null;
  }
}

/** The seat an audit row records: the computer's name and address for a network seat, null on the host itself. */
export function seatOf(sender: Sender): string | null {
  return sender.transport === 'network' ? `${sender.seat} (${sender.address})` : null;
}

/** A call from another computer over the network: what the second-factor rule applies to. */
export function fromAnotherComputer(sender: Sender): boolean {
  return sender.transport === 'network' && sender.onHost !== true;
}

/** A browser seat: the network, without the desktop app's forwarding client. */
export function isBrowserSeat(sender: Sender): boolean {
  return sender.transport === 'network' && sender.desktop !== true;
}
