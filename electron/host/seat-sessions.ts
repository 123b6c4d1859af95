import { randomBytes, timingSafeEqual } from 'node:crypto';

/** One computer connected to the host: its cookie's session id, its header token, where it is and what it is called. */
export interface Seat {
  id: string;
  /** Sent back in `X-Panel-Token` on every call: a page on another site cannot read it, so it cannot forge a write. */
  token: string;
  address: string;
  name: string;
  connectedAt: Date;
  /**
   * Opened by the desktop app's forwarding client (`X-Panel-Seat-Kind: desktop`
   * on `GET /session`), not a browser. A policy flag, not a proof: it decides
   * what the host hands to a browser (downloads), never who may sign in.
   */
  desktop: boolean;
}

/** The longest name a user may give a computer. */
export const SEAT_NAME_MAX = 60;

/**
 * The host's connected seats. A seat is bound to the address that opened it,
 * so a session cookie copied to another computer is refused. Who is signed in
 * on a seat is the backend's SessionManager's business (keyed `network:<id>`).
 */
export class SeatSessions {
  private readonly seats = new Map<string, Seat>();

  open(address: string, name: string, now: Date, desktop = false): Seat {
    const seat: Seat = {
      desktop,
      id: randomBytes(32).toString('base64url'),
      token: randomBytes(32).toString('base64url'),
      address,
      name,
      connectedAt: now,
    };
    this.seats.set(seat.id, seat);
    return seat;
  }

  /** The seat a cookie names, if it is still open and the call comes from the address that opened it. */
  find(id: string | undefined, address: string): Seat | null {
    const seat = id === undefined ? undefined : this.seats.get(id);
    return seat && seat.address === address ? seat : null;
  }

  /** Whether the header token is this seat's (compared in constant time). */
  static tokenMatches(seat: Seat, offered: string): boolean {
    const a = Buffer.from(offered);
    const b = Buffer.from(seat.token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  end(id: string): boolean {
    return this.seats.delete(id);
  }

  list(): readonly Seat[] {
    return [...this.seats.values()];
  }
}

/** A computer's name as the user typed it: trimmed, printable, at most SEAT_NAME_MAX characters, or a plain default. */
export function seatName(offered: string | undefined): string {
  let decoded = '';
  try {
    decoded = decodeURIComponent(offered ?? '');
  } catch {
    decoded = '';
  }
  // Control characters, including direction overrides, never reach an audit row.
  const clean = decoded.replace(/[\p{Cc}\p{Cf}]/gu, '').trim();
  return clean === '' ? 'Unnamed computer' : clean.slice(0, SEAT_NAME_MAX);
}
