import { useCodeCountedFirst, type CodeOutcome } from '../../../db/repositories/second-factors-repository';
import { describeWait, loginDelaySeconds } from '../../../shared/domain/auth/throttle';
import type { HandlerContext } from '../../backend/router';
import { refuseIfThrottled } from './login-throttle';
import { codeStep } from './totp';

/**
 * Checks a code from the user's authenticator app, throttled as passwords
 * are: counted before the check, in one immediate transaction with the check
 * of the count and the record of the code's time step (no replay).
 * `confirmed` is true for a sign-in, false for confirming a new second factor.
 */
export function checkCodeCountedFirst(
  ctx: HandlerContext,
  userId: string,
  code: string,
  confirmed: boolean,
): CodeOutcome {
  const now = ctx.clock.now();
  return useCodeCountedFirst(ctx.db, userId, confirmed, now.toISOString(), {
    refuse: (failures, lastFailedAt) => refuseIfThrottled(failures, lastFailedAt, now),
    check: (secret, lastUsedStep) => codeStep(secret, code, now, lastUsedStep),
  });
}

export function codeFailureMessage(failures: number): string {
  const wait = loginDelaySeconds(failures);
  const base = 'The code is not right, or it has already been used. Enter the code your app shows now.';
  return wait > 0 ? `${base} Too many failed attempts: wait ${describeWait(wait)} before trying again.` : base;
}
