import type { Role } from '../../shared/contract/roles';
import type { Clock } from './clock';
import { SYSTEM, type Actor } from './actor';
import { sessionKey, type Sender } from './sender';

export type SessionCheck = { kind: 'none' } | { kind: 'active' | 'locked' | 'mustChangePassword'; actor: Actor };

/**
 * Who is calling. The main process alone decides this from its own session
 * state; nothing the renderer sends can change it.
 */
export interface SessionProvider {
  check(sender: Sender): SessionCheck;
  /** The user did something: restart the idle clock. */
  touch(sender: Sender): void;
}

export interface SessionUser {
  userId: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  memberId: string | null;
  mustChangePassword: boolean;
}

export interface Session extends SessionUser {
  lastActivity: number;
  locked: boolean;
}

export class SessionManager implements SessionProvider {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    private readonly idleMinutes: () => number,
  ) {}

  check(sender: Sender): SessionCheck {
    if (sender.transport === 'internal') return { kind: 'active', actor: sender.actor ?? SYSTEM };
    const session = this.current(sender);
    if (!session) return { kind: 'none' };
    const actor: Actor = { userId: session.userId, displayName: session.displayName, roles: session.roles };
    if (session.locked) return { kind: 'locked', actor };
    if (session.mustChangePassword) return { kind: 'mustChangePassword', actor };
    return { kind: 'active', actor };
  }

  touch(sender: Sender): void {
    const session = this.current(sender);
    if (session && !session.locked) session.lastActivity = this.clock.now().getTime();
  }

  /** The caller's session, locked first if it has been idle too long. */
  current(sender: Sender): Session | null {
    const key = sessionKey(sender);
    const session = key ? this.sessions.get(key) : undefined;
    if (!session) return null;
    if (!session.locked && this.clock.now().getTime() - session.lastActivity > this.idleMinutes() * 60_000) {
      session.locked = true;
    }
    return session;
  }

  start(sender: Sender, user: SessionUser): void {
    const key = sessionKey(sender);
    if (!key) return;
    this.sessions.set(key, { ...user, lastActivity: this.clock.now().getTime(), locked: false });
  }

  update(sender: Sender, changes: Partial<SessionUser>): void {
    const session = this.current(sender);
    if (session) Object.assign(session, changes);
  }

  lock(sender: Sender): void {
    const session = this.current(sender);
    if (session) session.locked = true;
  }

  unlock(sender: Sender): void {
    const session = this.current(sender);
    if (session) Object.assign(session, { locked: false, lastActivity: this.clock.now().getTime() });
  }

  end(sender: Sender): void {
    const key = sessionKey(sender);
    if (key) this.sessions.delete(key);
  }

  /** An administrator changed this person: their open sessions take the change at once. */
  updateUser(userId: string, changes: Partial<SessionUser>): void {
    for (const session of this.sessions.values()) if (session.userId === userId) Object.assign(session, changes);
  }

  /** Disabled, or a password reset: this person's open sessions end. */
  endUser(userId: string): void {
    for (const [key, session] of this.sessions) if (session.userId === userId) this.sessions.delete(key);
  }

  /** After a restore the users may differ: everyone logs in again. */
  endAll(): void {
    this.sessions.clear();
  }
}
