import { describeWait, loginDelaySeconds } from '../../../shared/domain/auth/throttle';
import { DomainError } from '../../backend/domain-error';

/**
 * Failed attempts for usernames that do not exist are counted in memory, so
 * the answer for an unknown user looks exactly like the answer for a real one.
 */
export class UnknownUserAttempts {
  private readonly attempts = new Map<string, { failures: number; lastFailedAt: string }>();

  get(key: string): { failures: number; lastFailedAt: string | null } {
    return this.attempts.get(key) ?? { failures: 0, lastFailedAt: null };
  }

  fail(key: string, at: string): number {
    const failures = this.get(key).failures + 1;
    this.attempts.set(key, { failures, lastFailedAt: at });
    return failures;
  }
}

/** Refuses an attempt made before the wait after earlier failures is over. */
export function refuseIfThrottled(failures: number, lastFailedAt: string | null, now: Date): void {
  const wait = loginDelaySeconds(failures);
  if (wait === 0 || !lastFailedAt) return;
  const remaining = Math.ceil((Date.parse(lastFailedAt) + wait * 1000 - now.getTime()) / 1000);
  if (remaining > 0) {
    throw new DomainError(
      'THROTTLED',
      `Too many failed attempts. Wait ${describeWait(remaining)} before trying again.`,
    );
  }
}

export function failureMessage(failures: number): string {
  const wait = loginDelaySeconds(failures);
  return wait > 0
    ? `The username or password is not right. Too many failed attempts: wait ${describeWait(wait)} before trying again.`
    : 'The username or password is not right.';
}
