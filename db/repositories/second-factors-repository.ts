import { eq, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { secondFactors } from '../schema';

/** What screens may know of a user's second factor: never the secret. */
export interface SecondFactorState {
  /** Confirmed with a code: sign-ins from other computers ask for one. */
  enrolled: boolean;
  enrolledAt: string | null;
  /** Started (a secret shown) but not yet confirmed. */
  pending: boolean;
}

const NONE: SecondFactorState = { enrolled: false, enrolledAt: null, pending: false };

const stateOf = preparedQuery((db) =>
  db
    .select({ confirmedAt: secondFactors.confirmedAt })
    .from(secondFactors)
    .where(eq(secondFactors.userId, sql.placeholder('userId')))
    .prepare(),
);

export function secondFactorState(db: ReadableDb, userId: string): SecondFactorState {
  const row = stateOf(db).get({ userId });
  if (!row) return NONE;
  return { enrolled: row.confirmedAt !== null, enrolledAt: row.confirmedAt, pending: row.confirmedAt === null };
}

/** Keeps a new, unconfirmed secret for the user, replacing an earlier unconfirmed one; false if one is confirmed. */
export function startEnrolment(db: AppDatabase, userId: string, secret: string, at: string): boolean {
  if (secondFactorState(db, userId).enrolled) return false;
  db.insert(secondFactors)
    .values({ userId, secret, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: secondFactors.userId,
      set: { secret, confirmedAt: null, lastUsedStep: null, failedAttempts: 0, lastFailedAt: null, updatedAt: at },
    })
    .run();
  return true;
}

/** Removes the user's second factor, confirmed or not (an administrator's reset); false if there was none. */
export function deleteSecondFactor(db: AppDatabase, userId: string): boolean {
  return db.delete(secondFactors).where(eq(secondFactors.userId, userId)).run().changes === 1;
}

export interface CodeCheck {
  /** The secret to check the code against, and the last time step already used (a replay is refused). */
  check: (secret: string, lastUsedStep: number | null) => number | null;
  /** Throws to refuse the attempt before the check (the throttle), seeing the wrong codes so far. */
  refuse: (failures: number, lastFailedAt: string | null) => void;
}

export type CodeOutcome = { kind: 'none' } | { kind: 'wrong'; failures: number } | { kind: 'right' };

/**
 * Checks a code as a password is checked (`countAttemptFirst`): in one
 * immediate transaction the throttle sees the wrong codes so far, the attempt
 * is counted, then the code is checked; a right code clears the count and
 * records its time step, so the same code cannot be used twice, even by two
 * calls at once. `confirmed` says which state the second factor must be in:
 * a sign-in needs a confirmed one, enrolment's confirmation an unconfirmed one.
 */
export function useCodeCountedFirst(
  db: AppDatabase,
  userId: string,
  confirmed: boolean,
  at: string,
  { check, refuse }: CodeCheck,
): CodeOutcome {
  return db.transaction(
    (tx): CodeOutcome => {
      const row = tx.select().from(secondFactors).where(eq(secondFactors.userId, userId)).get();
      if (!row || (row.confirmedAt !== null) !== confirmed) return { kind: 'none' };
      refuse(row.failedAttempts, row.lastFailedAt);
      const failures = row.failedAttempts + 1;
      const counted = { failedAttempts: failures, lastFailedAt: at, updatedAt: at };
      tx.update(secondFactors).set(counted).where(eq(secondFactors.userId, userId)).run();
      const step = check(row.secret, row.lastUsedStep);
      if (step === null) return { kind: 'wrong', failures };
      tx.update(secondFactors)
        .set({
          failedAttempts: 0,
          lastFailedAt: null,
          lastUsedStep: step,
          ...(confirmed ? {} : { confirmedAt: at }),
          updatedAt: at,
        })
        .where(eq(secondFactors.userId, userId))
        .run();
      return { kind: 'right' };
    },
    { behavior: 'immediate' },
  );
}
