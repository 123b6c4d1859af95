import type { PanelBridge } from '../../../shared/contract/bridge';
import { BackendUnreachable, isRestartStatus } from './connection-status';
import { streamedListeners } from './event-stream';
import { keyHeader } from './loopback-bridge';

/** Where a browser seat keeps the name its user gave this computer (shown to the administrator, kept in the audit trail). */
const SEAT_NAME_ITEM = 'panel.seatName';

/** A seat is a page served over HTTPS by the service host, outside Electron. */
export function isNetworkSeat(): boolean {
  return !window.api && window.location.protocol === 'https:';
}

/**
 * A browser seat's stand-in for the preload script: the same two functions,
 * carried over HTTPS to the service host. `GET session` opens the seat (the
 * host sets an HttpOnly cookie this page cannot read) and answers with a token
 * that every call sends back in `X-Panel-Token`: a page from another site can
 * make the browser send the cookie, never the token. If the host has ended the
 * seat or restarted, the next call connects afresh and the user signs in again.
 */
/** The seat's token, once `GET session` has answered; null until then, or after the host ended the seat. */
let token: Promise<string> | null = null;

function connect(): Promise<string> {
  token ??= fetch('session', {
    headers: seatHeader(),
    credentials: 'same-origin',
    cache: 'no-store',
  })
    .then(async (response) => {
      if (!response.ok) throw new Error(`session ${response.status}`);
      return ((await response.json()) as { token: string }).token;
    })
    .catch((error: unknown) => {
      token = null;
      throw error;
    });
  return token;
}

/** What a seat's own requests outside the bridge (a download of a file main made) carry. */
export async function seatHeaders(): Promise<Record<string, string>> {
  return { 'X-Panel-Token': await connect(), ...seatHeader() };
}

export function createNetworkBridge(): PanelBridge {
  return {
    async invoke(channel, input, options) {
      let response: Response;
      try {
        response = await fetch('rpc', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Panel-Token': await connect(),
            ...seatHeader(),
            ...keyHeader(options),
          },
          body: JSON.stringify({ channel, input }),
          credentials: 'same-origin',
        });
      } catch {
        // The host or the network is down: the caller waits and sends the call again, with the same key.
        throw new BackendUnreachable();
      }
      if (isRestartStatus(response.status)) throw new BackendUnreachable();
      if (response.status === 401 || response.status === 403) {
        // The seat was ended or the host restarted: the next call opens a new seat, and the user signs in on it.
        token = null;
        return refused('UNAUTHENTICATED', 'This computer was disconnected from the service. Sign in again.');
      }
      if (response.status === 429)
        return refused('THROTTLED', 'Too many requests from this computer. Wait a minute, then try again.');
      return (await response.json()) as unknown;
    },
    on: streamedListeners('events', async () => ({ 'X-Panel-Token': await connect() })),
  };
}

/** The name the user gave this computer, or empty (the host then says "Unnamed computer"). */
export function storedSeatName(): string {
  return window.localStorage.getItem(SEAT_NAME_ITEM) ?? '';
}

/** Keeps the name the user gives this computer: every call from now on carries it. */
export function rememberSeatName(name: string): void {
  window.localStorage.setItem(SEAT_NAME_ITEM, name.trim());
}

/** Every call names the seat, so a name given at sign-in reaches the audit trail at once. */
function seatHeader(): Record<string, string> {
  return { 'X-Panel-Seat': encodeURIComponent(storedSeatName()) };
}

function refused(code: string, message: string) {
  return { ok: false, error: { code, message } };
}
