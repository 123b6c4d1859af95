import { getMember } from '../../../db/repositories/members-repository';
import {
  countUsers,
  findUserByUsername,
  getUser,
  getUserRecord,
  insertUser,
  listUsers,
  updateUser,
} from '../../../db/repositories/users-repository';
import type { UserSummary } from '../../../shared/schemas/users';
import { DomainError, notFound, staleView } from '../../backend/domain-error';
import type { HandlerContext, ReadContext, Router } from '../../backend/router';
import type { SessionManager } from '../../backend/session';
import { hashPassword, passwordProblem } from '../auth/passwords';

const THE_USER = 'This user';

function requireUser(ctx: ReadContext, id: string): UserSummary {
  const user = getUser(ctx.db, id);
  if (!user) throw notFound(THE_USER);
  return user;
}

function refuseUnknownMember(ctx: HandlerContext, memberId: string | null): void {
  if (memberId && !getMember(ctx.db, memberId)) {
    const message = 'Choose a member from the central list';
    throw new DomainError('VALIDATION_FAILED', message, { memberId: message });
  }
}

/** There must always be someone who can administer the app. */
function refuseLosingLastAdministrator(ctx: HandlerContext, userId: string, stillAdmin: boolean): void {
  if (stillAdmin) return;
  const otherAdmins = listUsers(ctx.db).filter(
    (u) => u.id !== userId && !u.disabled && u.roles.includes('administrator'),
  );
  if (otherAdmins.length === 0) {
    throw new DomainError(
      'RULE_VIOLATION',
      'This is the only administrator. Give another person the administrator role first.',
    );
  }
}

function temporaryPasswordProblem(password: string, username: string, displayName: string): DomainError | null {
  const problem = passwordProblem(password, username, displayName);
  return problem ? new DomainError('VALIDATION_FAILED', problem, { temporaryPassword: problem }) : null;
}

export function registerUsers(router: Router, sessions: SessionManager): void {
  router.handle('users:list', (ctx) => listUsers(ctx.db));
  router.handle('users:get', (ctx, { id }) => requireUser(ctx, id));

  router.handle('users:create', {
    prepare: async (ctx, input) => {
      if (findUserByUsername(ctx.db, input.username)) {
        const message = 'This username is already taken. Usernames stay taken even when a user is disabled.';
        throw new DomainError('CONFLICT', message, { username: message });
      }
      const problem = temporaryPasswordProblem(input.temporaryPassword, input.username, input.displayName);
      if (problem) throw problem;
      return hashPassword(input.temporaryPassword);
    },
    commit: (ctx, input, passwordHash: string) => {
      refuseUnknownMember(ctx, input.memberId);
      if (countUsers(ctx.db) === 0) throw new DomainError('RULE_VIOLATION', 'Create the first administrator first.');
      const id = ctx.ids.next();
      insertUser(
        ctx.db,
        {
          id,
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          roles: input.roles,
          memberId: input.memberId,
          mustChangePassword: true,
        },
        ctx.clock.now().toISOString(),
      );
      return requireUser(ctx, id);
    },
  });

  router.handle('users:update', (ctx, input) => {
    requireUser(ctx, input.id);
    refuseUnknownMember(ctx, input.memberId);
    refuseLosingLastAdministrator(ctx, input.id, input.roles.includes('administrator'));
    const changes = { displayName: input.displayName, roles: input.roles, memberId: input.memberId };
    if (!updateUser(ctx.db, input.id, changes, ctx.clock.now().toISOString(), input.version))
      throw staleView(THE_USER, () => requireUser(ctx, input.id));
    sessions.updateUser(input.id, changes);
    return requireUser(ctx, input.id);
  });

  router.handle('users:resetPassword', {
    prepare: async (ctx, input) => {
      const user = getUserRecord(ctx.db, input.id);
      if (!user) throw notFound(THE_USER);
      const problem = temporaryPasswordProblem(input.temporaryPassword, user.username, user.displayName);
      if (problem) throw problem;
      return hashPassword(input.temporaryPassword);
    },
    commit: (ctx, input, passwordHash: string) => {
      requireUser(ctx, input.id);
      const changes = { passwordHash, mustChangePassword: true, failedAttempts: 0, lastFailedAt: null };
      updateUser(ctx.db, input.id, changes, ctx.clock.now().toISOString());
      sessions.endUser(input.id);
      return requireUser(ctx, input.id);
    },
  });

  router.handle('users:setDisabled', (ctx, input) => {
    const user = requireUser(ctx, input.id);
    if (input.disabled && input.id === ctx.actor.userId) {
      throw new DomainError('RULE_VIOLATION', 'You cannot disable your own account.');
    }
    if (input.disabled && user.roles.includes('administrator')) refuseLosingLastAdministrator(ctx, user.id, false);
    if (!updateUser(ctx.db, input.id, { disabled: input.disabled }, ctx.clock.now().toISOString(), input.version)) {
      throw staleView(THE_USER, () => requireUser(ctx, input.id));
    }
    if (input.disabled) sessions.endUser(input.id);
    return requireUser(ctx, input.id);
  });
}
