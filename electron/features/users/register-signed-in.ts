import { DomainError } from '../../backend/domain-error';
import type { Router } from '../../backend/router';
import type { SessionManager } from '../../backend/session';

/**
 * "Signed-in computers": the administrator sees everyone signed in, on the
 * host or at a seat of the service, and can end any session but their own
 * (their own they end by logging out). An ended session's next call is
 * refused and that person signs in again; nothing they saved is touched.
 */
export function registerSignedIn(router: Router, sessions: SessionManager): void {
  router.handle('users:signedIn', (ctx) =>
    sessions.list(ctx.sender).map((session) => ({
      id: session.id,
      userId: session.userId,
      displayName: session.displayName,
      username: session.username,
      roles: [...session.roles],
      seat: session.seat,
      signedInAt: new Date(session.signedInAt).toISOString(),
      lastActivityAt: new Date(session.lastActivity).toISOString(),
      locked: session.locked,
      current: session.current,
    })),
  );

  router.handle('users:endSession', (ctx, input) => {
    const target = sessions.list(ctx.sender).find((session) => session.id === input.id);
    if (!target) throw new DomainError('NOT_FOUND', 'That session has already ended.');
    if (target.current) throw new DomainError('RULE_VIOLATION', 'This is your own session: to end it, log out.');
    sessions.endById(input.id);
    ctx.audit.entityId = target.userId;
    ctx.audit.changes = { session: [`${target.displayName} at ${target.seat}`, 'ended by an administrator'] };
    return { ended: true as const };
  });
}
