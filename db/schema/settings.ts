import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * The service's settings, one JSON value per key; each key has a zod schema in shared/. The version counts the
 * saves of a key, so a form saved from an older one is refused (a stale save) instead of undoing another seat's.
 */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
