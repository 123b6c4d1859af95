import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * A user's second factor (TOTP): at most one per user, kept apart from the
 * users row so no query that reads a user for a screen ever carries the
 * secret. The database is encrypted at rest (SQLCipher), as every other
 * secret it holds; the secret never leaves the main process after enrolment.
 */
export const secondFactors = sqliteTable('second_factors', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  /** Base32 TOTP secret. */
  secret: text('secret').notNull(),
  /** Null while the user has not yet confirmed it with a code: it does not count until then. */
  confirmedAt: text('confirmed_at'),
  /** The last TOTP time step accepted: a code of that step or earlier is never accepted again (no replay). */
  lastUsedStep: integer('last_used_step'),
  /** Wrong codes since the last right one, counted before each check, as passwords are. */
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lastFailedAt: text('last_failed_at'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export type SecondFactorRow = typeof secondFactors.$inferSelect;
