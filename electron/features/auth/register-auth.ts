import type { SessionInfo } from '../../../shared/schemas/auth';
import {
  countUsers,
  findUserByUsername,
  getUserRecord,
  insertUser,
  updateUser,
  usernameKey,
  type UserRecord,
} from '../../../db/repositories/users-repository';
import { DomainError } from '../../backend/domain-error';
import { RefuseAfterCommit, type HandlerContext, type Router } from '../../backend/router';
import type { SessionManager, SessionUser } from '../../backend/session';
import { fromAnotherComputer, isBrowserSeat, type Sender } from '../../backend/sender';
import { secondFactorState } from '../../../db/repositories/second-factors-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import { writeServiceSetUpState } from '../../../db/repositories/service-set-up-repository';
import { failureMessage, UnknownUserAttempts } from './login-throttle';
import { checkPasswordCountedFirst, type CheckedPassword } from './password-attempt';
import { hashPassword, passwordProblem, verifyPassword } from './passwords';
import { PendingSignIns } from './pending-sign-ins';
import { registerCodeStep } from './register-code-step';

export function sessionUser(user: UserRecord): SessionUser {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    memberId: user.memberId,
    mustChangePassword: user.mustChangePassword,
  };
}

export function registerAuth(router: Router, sessions: SessionManager): void {
  const unknownUsers = new UnknownUserAttempts();
  const pending = new PendingSignIns();
  registerCodeStep(router, sessions, pending, sessionUser);

  const sessionInfo = (sender: Sender): SessionInfo => {
    const current = sessions.current(sender);
    if (!current) throw new DomainError('UNAUTHENTICATED', 'Log in to continue.');
    return { ...current, roles: [...current.roles] };
  };

  router.handle('auth:status', (ctx) => {
    const current = sessions.current(ctx.sender);
    return {
      needsFirstAdministrator: countUsers(ctx.db) === 0,
      session: current ? { ...current, roles: [...current.roles] } : null,
      idleLockMinutes: readSettings(ctx.db).idleLockMinutes,
      downloadsAllowed: !isBrowserSeat(ctx.sender) || readSettings(ctx.db).browserSeatDownloads,
    };
  });

  router.handle('auth:createFirstAdministrator', {
    prepare: async (ctx, input) => {
      refuseUnlessFirstRun(ctx);
      const problem = passwordProblem(input.password, input.username, input.displayName);
      if (problem) throw new DomainError('VALIDATION_FAILED', problem, { password: problem });
      return hashPassword(input.password);
    },
    commit: (ctx, input, passwordHash: string) => {
      refuseUnlessFirstRun(ctx);
      const id = ctx.ids.next();
      const user = { id, username: input.username, displayName: input.displayName, passwordHash };
      insertUser(
        ctx.db,
        { ...user, roles: ['administrator'], memberId: null, mustChangePassword: false },
        ctx.clock.now().toISOString(),
      );
      const record = getUserRecord(ctx.db, id);
      if (!record) throw new Error('The new administrator was not saved');
      // From now the service's own set-up (name, letterhead, sitting pattern, quorum) opens until finished or put off.
      writeServiceSetUpState(ctx.db, 'pending', ctx.clock.now().toISOString());
      sessions.start(ctx.sender, sessionUser(record));
      ctx.actor = { userId: id, displayName: record.displayName, roles: record.roles };
      return { ...sessionUser(record), roles: [...record.roles], locked: false };
    },
  });

  router.handle('auth:login', {
    prepare: async (ctx, input) => {
      const user = findUserByUsername(ctx.db, input.username);
      const known = user && !user.disabled ? user : null;
      if (known) return { user: known, ...(await checkPasswordCountedFirst(ctx, known, input.password)) };
      const now = ctx.clock.now();
      const failures = unknownUsers.countFirst(usernameKey(input.username), now.toISOString(), now);
      // A hash is always checked, so an unknown username takes as long to refuse as a wrong password.
      await verifyPassword(DUMMY_HASH, input.password);
      return { user: null, ok: false, failures };
    },
    commit: (ctx, input, attempt: { user: UserRecord | null } & CheckedPassword) => {
      const at = ctx.clock.now().toISOString();
      ctx.audit.changes = { username: [null, input.username], outcome: [null, attempt.ok ? 'logged in' : 'refused'] };
      if (attempt.user) ctx.audit.entityId = attempt.user.id;
      if (!attempt.user || !attempt.ok) {
        return new RefuseAfterCommit(new DomainError('UNAUTHENTICATED', failureMessage(attempt.failures)));
      }
      const step = secondStep(ctx, attempt.user);
      if (step) {
        // The password was right, so its count starts again; the code has a throttle of its own.
        updateUser(ctx.db, attempt.user.id, { failedAttempts: 0, lastFailedAt: null }, at);
        ctx.audit.changes = { ...ctx.audit.changes, outcome: [null, step.outcome] };
        if (step.waitForCode) pending.start(ctx.sender, attempt.user.id, ctx.clock.now());
        return new RefuseAfterCommit(step.refusal);
      }
      updateUser(ctx.db, attempt.user.id, { failedAttempts: 0, lastFailedAt: null, lastLoginAt: at }, at);
      sessions.start(ctx.sender, sessionUser(attempt.user));
      ctx.actor = { userId: attempt.user.id, displayName: attempt.user.displayName, roles: attempt.user.roles };
      return { ...sessionUser(attempt.user), roles: [...attempt.user.roles], locked: false };
    },
  });

  router.handle('auth:logout', (ctx) => {
    ctx.audit.entityId = ctx.actor.userId;
    sessions.end(ctx.sender);
    return { loggedOut: true as const };
  });

  router.handle('auth:lock', (ctx) => {
    sessions.lock(ctx.sender);
    return sessionInfo(ctx.sender);
  });

  router.handle('auth:activity', (ctx) => ({ locked: sessions.current(ctx.sender)?.locked ?? true }));

  router.handle('auth:unlock', {
    prepare: async (ctx, input) => {
      const user = currentUser(ctx);
      return { user, ...(await checkPasswordCountedFirst(ctx, user, input.password)) };
    },
    commit: (ctx, _input, attempt: { user: UserRecord } & CheckedPassword) => {
      const at = ctx.clock.now().toISOString();
      ctx.audit.entityId = attempt.user.id;
      ctx.audit.changes = { outcome: [null, attempt.ok ? 'unlocked' : 'refused'] };
      if (!attempt.ok) {
        return new RefuseAfterCommit(
          new DomainError(
            'UNAUTHENTICATED',
            failureMessage(attempt.failures).replace('username or password', 'password'),
            { password: 'The password is not right' },
          ),
        );
      }
      updateUser(ctx.db, attempt.user.id, { failedAttempts: 0, lastFailedAt: null }, at);
      sessions.unlock(ctx.sender);
      return sessionInfo(ctx.sender);
    },
  });

  router.handle('auth:changePassword', {
    prepare: async (ctx, input): Promise<PasswordChange> => {
      const user = currentUser(ctx);
      const checked = await checkPasswordCountedFirst(ctx, user, input.currentPassword);
      if (!checked.ok) return { kind: 'wrong', user, failures: checked.failures };
      const problem =
        input.newPassword === input.currentPassword
          ? 'Choose a password different from your current one.'
          : passwordProblem(input.newPassword, user.username, user.displayName);
      if (problem) return { kind: 'refused', user, problem };
      return { kind: 'changed', user, passwordHash: await hashPassword(input.newPassword) };
    },
    commit: (ctx, _input, change: PasswordChange) => {
      const at = ctx.clock.now().toISOString();
      ctx.audit.entityId = change.user.id;
      ctx.audit.changes = { outcome: [null, change.kind === 'wrong' ? 'refused' : change.kind] };
      if (change.kind === 'wrong') {
        const message = failureMessage(change.failures).replace('The username or password', 'Your current password');
        return new RefuseAfterCommit(
          new DomainError('VALIDATION_FAILED', message, { currentPassword: 'Your current password is not right' }),
        );
      }
      // The current password was right: the count of failures starts again.
      const reset = { failedAttempts: 0, lastFailedAt: null };
      if (change.kind === 'refused') {
        updateUser(ctx.db, change.user.id, reset, at);
        return new RefuseAfterCommit(
          new DomainError('VALIDATION_FAILED', change.problem, { newPassword: change.problem }),
        );
      }
      updateUser(
        ctx.db,
        change.user.id,
        { ...reset, passwordHash: change.passwordHash, mustChangePassword: false },
        at,
      );
      sessions.update(ctx.sender, { mustChangePassword: false });
      // Whoever knew the old password is signed out everywhere else.
      sessions.endUserExcept(change.user.id, ctx.sender);
      return sessionInfo(ctx.sender);
    },
  });

  function currentUser(ctx: HandlerContext): UserRecord {
    const user = ctx.actor.userId ? getUserRecord(ctx.db, ctx.actor.userId) : null;
    if (!user || user.disabled) {
      sessions.end(ctx.sender);
      throw new DomainError('UNAUTHENTICATED', 'Log in to continue.');
    }
    return user;
  }
}

/**
 * What a right password leads to on a sign-in from another computer when the
 * administrator requires a second factor: the code step for a user who has
 * one, a refusal for one who has not (they set it up on the host computer, or
 * the administrator helps them: a second factor first set up from another
 * computer would prove nothing), null everywhere else.
 */
function secondStep(
  ctx: HandlerContext,
  user: UserRecord,
): { waitForCode: boolean; outcome: string; refusal: DomainError } | null {
  if (!fromAnotherComputer(ctx.sender) || !readSettings(ctx.db).requireSecondFactorForSeats) return null;
  if (secondFactorState(ctx.db, user.id).enrolled) {
    return {
      waitForCode: true,
      outcome: 'password accepted; code asked for',
      refusal: new DomainError('SECOND_FACTOR_REQUIRED', 'Enter the 6-digit code from your authenticator app.'),
    };
  }
  return {
    waitForCode: false,
    outcome: 'refused: no second factor set up',
    refusal: new DomainError(
      'FORBIDDEN',
      'Signing in from another computer needs a second factor, and your account has none yet. Set one up on your account page from the host computer, or ask an administrator to help.',
    ),
  };
}

function refuseUnlessFirstRun(ctx: HandlerContext): void {
  if (countUsers(ctx.db) > 0) {
    throw new DomainError('FORBIDDEN', 'An administrator already exists. Log in with your own account.');
  }
}

type PasswordChange =
  | { kind: 'wrong'; user: UserRecord; failures: number }
  | { kind: 'refused'; user: UserRecord; problem: string }
  | { kind: 'changed'; user: UserRecord; passwordHash: string };

/** An argon2id hash of a random string: verifying against it costs the same as a real check. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$4Edb6ab41M/KCFdM3gfFkQ$n8zTLos66TFGyZc2ONG6QGHdXDwDhpXXwjoSUUM2fWQ';
