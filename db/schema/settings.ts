import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The service's settings, one JSON value per key; each key has a zod schema in shared/. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
