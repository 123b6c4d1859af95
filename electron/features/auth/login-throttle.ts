import { describeWait, loginDelaySeconds } from '../../../shared/domain/auth/throttle';
import { DomainError } from '../../backend/domain-error';

/**
 * Failed attempts for usernames that do not exist are counted in memory, so
 * the answer for an unknown user looks exactly like the answer for a real one.
 * Node runs `countFirst` to its end before any other call's, so parallel
 * attempts each see the count the one before left.
 */
export class UnknownUserAttempts {
  private readonly attempts = new Map<string, { failures: number; lastFailedAt: string }>();

  get(key: string): { failures: number; lastFailedAt: string | null } {
    return this.attempts.get(key) ?? { failures: 0, lastFailedAt: null };
  }

  /** Counts the attempt before its (dummy) password check, as `countAttemptFirst` does for real users. */
  countFirst(key: string, at: string, now: Date): number {
    const { failures, lastFailedAt } = this.get(key);
    refuseIfThrottled(failures, lastFailedAt, now);
    this.attempts.set(key, { failures: failures + 1, lastFailedAt: at });
    return failures + 1;
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
