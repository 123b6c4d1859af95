import {
  deleteSecondFactor,
  secondFactorState,
  startEnrolment,
} from '../../../db/repositories/second-factors-repository';
import { readSettings } from '../../../db/repositories/settings-repository';
import { getUserRecord } from '../../../db/repositories/users-repository';
import type { ReadableDb } from '../../../db/connection';
import type { SecondFactorStatus } from '../../../shared/schemas/second-factor';
import { DomainError, notFound } from '../../backend/domain-error';
import { RefuseAfterCommit, type Router } from '../../backend/router';
import { codeFailureMessage, checkCodeCountedFirst } from './code-attempt';
import { enrolmentQrCode, groupedSecret, newSecret } from './totp';

function statusOf(db: ReadableDb, userId: string): SecondFactorStatus {
  return { ...secondFactorState(db, userId), requiredForSeats: readSettings(db).requireSecondFactorForSeats };
}

/**
 * A second factor per user (TOTP). A user sets it up from their own account
 * page: the host makes a secret, shows it once as a QR code and as text, and
 * keeps it unconfirmed until a code from the app proves the app has it. After
 * that the secret never leaves the host; neither the audit trail nor any
 * answer carries it. An administrator can reset it (a lost phone).
 */
export function registerSecondFactor(router: Router): void {
  router.handle('auth:secondFactor', (ctx) => statusOf(ctx.db, ctx.actor.userId ?? ''));

  router.handle('auth:beginSecondFactor', {
    prepare: async (ctx) => {
      const user = ctx.actor.userId ? getUserRecord(ctx.db, ctx.actor.userId) : null;
      if (!user) throw new DomainError('UNAUTHENTICATED', 'Log in to continue.');
      if (secondFactorState(ctx.db, user.id).enrolled) throw alreadyEnrolled();
      const secret = newSecret();
      const issuer = readSettings(ctx.db).agencyName;
      return {
        userId: user.id,
        secret,
        issuer,
        accountName: user.username,
        qrCode: await enrolmentQrCode(issuer, user.username, secret),
      };
    },
    commit: (ctx, _input, made) => {
      if (!startEnrolment(ctx.db, made.userId, made.secret, ctx.clock.now().toISOString())) throw alreadyEnrolled();
      ctx.audit.entityId = made.userId;
      // The secret itself is never recorded.
      ctx.audit.changes = { secondFactor: [null, 'being set up'] };
      return {
        secret: groupedSecret(made.secret),
        qrCode: made.qrCode,
        accountName: made.accountName,
        issuer: made.issuer,
      };
    },
  });

  router.handle('auth:confirmSecondFactor', {
    prepare: (ctx, { code }) => {
      const userId = ctx.actor.userId ?? '';
      return Promise.resolve({ userId, outcome: checkCodeCountedFirst(ctx, userId, code, false) });
    },
    commit: (ctx, _input, { userId, outcome }) => {
      ctx.audit.entityId = userId;
      if (outcome.kind === 'none') {
        throw new DomainError(
          'RULE_VIOLATION',
          secondFactorState(ctx.db, userId).enrolled
            ? 'Your second factor is already set up.'
            : 'Start setting up your second factor first: choose "Set up a second factor".',
        );
      }
      ctx.audit.changes = { secondFactor: ['being set up', outcome.kind === 'right' ? 'set up' : 'code refused'] };
      if (outcome.kind === 'wrong') {
        const message = codeFailureMessage(outcome.failures);
        return new RefuseAfterCommit(new DomainError('VALIDATION_FAILED', message, { code: message }));
      }
      return statusOf(ctx.db, userId);
    },
  });

  router.handle('users:secondFactor', (ctx, { id }) => {
    if (!getUserRecord(ctx.db, id)) throw notFound('This user');
    return statusOf(ctx.db, id);
  });

  router.handle('users:resetSecondFactor', (ctx, { id }) => {
    const user = getUserRecord(ctx.db, id);
    if (!user) throw notFound('This user');
    const before = secondFactorState(ctx.db, id);
    if (!deleteSecondFactor(ctx.db, id)) {
      throw new DomainError('RULE_VIOLATION', `${user.displayName} has no second factor to reset.`);
    }
    ctx.audit.entityId = id;
    ctx.audit.changes = { secondFactor: [before.enrolled ? 'set up' : 'being set up', 'removed'] };
    return statusOf(ctx.db, id);
  });
}

function alreadyEnrolled(): DomainError {
  return new DomainError(
    'RULE_VIOLATION',
    'You already have a second factor. To move it to another phone, ask an administrator to reset it, then set it up again.',
  );
}
