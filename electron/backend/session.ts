import type { Role } from '../../shared/contract/roles';
import type { Clock } from './clock';
import { SYSTEM, type Actor } from './actor';
import { randomBytes } from 'node:crypto';
import { seatOf, sessionKey, type Sender } from './sender';

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
  /** A public name for this sign-in (the map's key can hold a seat's secret cookie, so it is never shown). */
  id: string;
  /** Where: a network seat's name and address, or this computer. */
  seat: string;
  signedInAt: number;
  lastActivity: number;
  locked: boolean;
}

/** One signed-in session as the administrator sees it. */
export interface SignedInSession extends Session {
  /** The session of the caller asking. */
  current: boolean;
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
    return key ? this.byKey(key) : null;
  }

  private byKey(key: string): Session | null {
    const session = this.sessions.get(key);
    if (!session) return null;
    if (!session.locked && this.clock.now().getTime() - session.lastActivity > this.idleMinutes() * 60_000) {
      session.locked = true;
    }
    return session;
  }

  start(sender: Sender, user: SessionUser): void {
    const key = sessionKey(sender);
    if (!key) return;
    const now = this.clock.now().getTime();
    this.sessions.set(key, {
      ...user,
      id: randomBytes(16).toString('hex'),
      seat: seatOf(sender) ?? (sender.transport === 'ipc' ? 'The host (desktop app)' : 'The host (browser mode)'),
      signedInAt: now,
      lastActivity: now,
      locked: false,
    });
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

  /** A password change: this person's sessions elsewhere end; the one that changed it stays. */
  endUserExcept(userId: string, keep: Sender): void {
    const kept = sessionKey(keep);
    for (const [key, session] of this.sessions)
      if (session.userId === userId && key !== kept) this.sessions.delete(key);
  }

  /** Everyone signed in, newest activity first, each marked if it is the asker's own. */
  list(asker: Sender): SignedInSession[] {
    const own = sessionKey(asker);
    return [...this.sessions.entries()]
      .map(([key]) => ({ ...(this.byKey(key) as Session), current: key === own }))
      .sort((a, b) => b.lastActivity - a.lastActivity);
  }

  /** The administrator ended a session by its public id. */
  endById(id: string): Session | null {
    for (const [key, session] of this.sessions) {
      if (session.id === id) {
        this.sessions.delete(key);
        return session;
      }
    }
    return null;
  }

  /** After a restore the users may differ: everyone logs in again. */
  endAll(): void {
    this.sessions.clear();
  }
}
