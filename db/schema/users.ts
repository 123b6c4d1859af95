import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { members } from './members';

/** People who use the app. Never deleted: the audit trail names them. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    version: integer('version').notNull().default(1),
    username: text('username').notNull(),
    /** Lower-cased username: logins and the uniqueness rule ignore case. */
    usernameKey: text('username_key').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** JSON array of roles, e.g. ["administrator","chair"]. */
    roles: text('roles').notNull(),
    memberId: text('member_id').references(() => members.id),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lastFailedAt: text('last_failed_at'),
    lastLoginAt: text('last_login_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('users_username_key').on(table.usernameKey)],
);

export type UserRow = typeof users.$inferSelect;
