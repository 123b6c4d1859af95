import { countAttemptFirst, type UserRecord } from '../../../db/repositories/users-repository';
import { DomainError } from '../../backend/domain-error';
import type { HandlerContext } from '../../backend/router';
import { refuseIfThrottled } from './login-throttle';
import { verifyPassword } from './passwords';

export interface CheckedPassword {
  ok: boolean;
  /** Failed attempts including this one, should it prove wrong. */
  failures: number;
}

/**
 * Checks a signed-up user's password (login, unlock, the current password on
 * a change) with the attempt counted first, in the same write as the check of
 * the count: a throttled attempt is refused before any hash is checked, and
 * parallel calls cannot all slip under the limit. The caller's commit clears
 * the count when the password was right and audits either outcome.
 */
export async function checkPasswordCountedFirst(
  ctx: HandlerContext,
  user: UserRecord,
  password: string,
): Promise<CheckedPassword> {
  const now = ctx.clock.now();
  const failures = countAttemptFirst(ctx.db, user.id, now.toISOString(), (count, lastFailedAt) =>
    refuseIfThrottled(count, lastFailedAt, now),
  );
  if (failures === null) throw new DomainError('UNAUTHENTICATED', 'Log in to continue.');
  return { ok: await verifyPassword(user.passwordHash, password), failures };
}
