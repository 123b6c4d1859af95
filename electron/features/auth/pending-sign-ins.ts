import { sessionKey, type Sender } from '../../backend/sender';

/** How long a right password waits for its code before the user must start again. */
const CODE_WAIT_MS = 5 * 60 * 1000;

/**
 * Sign-ins whose password was right and which now wait for the code from the
 * authenticator app, one per seat (its session key). No session exists until
 * the code is right; a seat that never sends one is forgotten after five minutes.
 */
export class PendingSignIns {
  private readonly pending = new Map<string, { userId: string; until: number }>();

  start(sender: Sender, userId: string, now: Date): void {
    const key = sessionKey(sender);
    if (key) this.pending.set(key, { userId, until: now.getTime() + CODE_WAIT_MS });
  }

  /** The user waiting for a code on this seat, if the wait is not over. */
  userFor(sender: Sender, now: Date): string | null {
    const key = sessionKey(sender);
    const found = key ? this.pending.get(key) : undefined;
    if (!key || !found) return null;
    if (found.until <= now.getTime()) {
      this.pending.delete(key);
      return null;
    }
    return found.userId;
  }

  end(sender: Sender): void {
    const key = sessionKey(sender);
    if (key) this.pending.delete(key);
  }
}
