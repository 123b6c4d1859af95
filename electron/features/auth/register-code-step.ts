import type { CodeOutcome } from '../../../db/repositories/second-factors-repository';
import { getUserRecord, updateUser, type UserRecord } from '../../../db/repositories/users-repository';
import { DomainError } from '../../backend/domain-error';
import { RefuseAfterCommit, type Router } from '../../backend/router';
import type { SessionManager, SessionUser } from '../../backend/session';
import { checkCodeCountedFirst, codeFailureMessage } from './code-attempt';
import type { PendingSignIns } from './pending-sign-ins';

/**
 * The second step of a sign-in from another computer when the administrator
 * requires a second factor (`auth:login` answered SECOND_FACTOR_REQUIRED):
 * the code from the authenticator app, checked against the user waiting on
 * this seat. Only a right code, not used before, starts the session.
 */
export function registerCodeStep(
  router: Router,
  sessions: SessionManager,
  pending: PendingSignIns,
  sessionUser: (user: UserRecord) => SessionUser,
): void {
  router.handle('auth:verifyCode', {
    // The code is checked (and counted) in its own immediate transaction before the write, as passwords are.
    prepare: (ctx, { code }) => {
      const userId = pending.userFor(ctx.sender, ctx.clock.now());
      const user = userId ? getUserRecord(ctx.db, userId) : null;
      if (!user || user.disabled) throw startAgain();
      const outcome = checkCodeCountedFirst(ctx, user.id, code, true);
      // The second factor was reset while the code was awaited.
      if (outcome.kind === 'none') throw startAgain();
      return Promise.resolve({ user, outcome });
    },
    commit: (ctx, _input, { user, outcome }: { user: UserRecord; outcome: CodeOutcome }) => {
      const at = ctx.clock.now().toISOString();
      ctx.audit.entityId = user.id;
      ctx.audit.changes = {
        username: [null, user.username],
        outcome: [null, outcome.kind === 'right' ? 'logged in with a code' : 'code refused'],
      };
      if (outcome.kind !== 'right') {
        const message = codeFailureMessage(outcome.kind === 'wrong' ? outcome.failures : 0);
        return new RefuseAfterCommit(new DomainError('UNAUTHENTICATED', message, { code: message }));
      }
      pending.end(ctx.sender);
      updateUser(ctx.db, user.id, { lastLoginAt: at }, at);
      sessions.start(ctx.sender, sessionUser(user));
      ctx.actor = { userId: user.id, displayName: user.displayName, roles: user.roles };
      return { ...sessionUser(user), roles: [...user.roles], locked: false };
    },
  });
}

function startAgain(): DomainError {
  return new DomainError('UNAUTHENTICATED', 'Sign in again with your username and password, then enter the code.');
}
