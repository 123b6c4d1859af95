import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per write a client sent with an idempotency key: who sent it, on
 * which channel, a digest of its input and the answer it got. Written in the
 * write's own transaction, so a key is recorded if and only if the write
 * committed; a retry with the key gets `result` back instead of writing again.
 * Rows older than a day are pruned at start-up.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    key: text('key').primaryKey(),
    /** The user who sent it (the key is theirs alone); the system's id for the main process's own calls. */
    userId: text('user_id').notNull(),
    channel: text('channel').notNull(),
    /** SHA-256 of the input as sent: the same key with other input is refused, not answered with another write's result. */
    inputDigest: text('input_digest').notNull(),
    /** The write's answer as JSON, returned as it was to a retry. */
    result: text('result').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('idempotency_keys_created_at').on(table.createdAt)],
);
