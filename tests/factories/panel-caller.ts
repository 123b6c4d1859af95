import { insertUser } from '../../db/repositories/users-repository';
import type { Sender } from '../../electron/backend/sender';
import type { Role } from '../../shared/contract/roles';
import { LOOPBACK, type TestBackend } from './backend';

/** A window other than the administrator's loopback, for a second signed-in user. */
export function windowSender(contentsId: number): Sender {
  return { transport: 'ipc', frameUrl: 'app://panel/', isMainFrame: true, contentsId };
}

/**
 * Calls into a test backend as its signed-in windows: `as` fails loudly on a
 * refusal, `refused` returns it; `userFor` signs in one more user at a window.
 */
export function panelCaller(backend: TestBackend) {
  async function as<T>(channel: string, input: unknown, sender: Sender = LOOPBACK): Promise<T> {
    const result = await backend.router.dispatch(sender, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  async function refused(channel: string, input: unknown, sender: Sender = LOOPBACK) {
    const result = await backend.router.dispatch(sender, channel, input);
    return result.ok ? null : result.error;
  }
  const senders: Sender[] = [LOOPBACK];
  /** After the test's clock jumps ahead: unlock every signed-in window the idle lock closed. */
  function wake(): void {
    for (const sender of senders) backend.sessions.unlock(sender);
  }
  /** A user (linked to a central-list member, or not), logged in at `sender`. */
  function userFor(memberId: string | null, name: string, roles: Role[], sender: Sender, userId: string): void {
    const user = { username: userId, displayName: name, roles, memberId, mustChangePassword: false };
    insertUser(backend.store.db, { id: userId, passwordHash: 'x', ...user }, new Date().toISOString());
    senders.push(sender);
    backend.sessions.start(sender, { userId, ...user });
  }
  return { as, refused, wake, userFor };
}
export type PanelCaller = ReturnType<typeof panelCaller>;
