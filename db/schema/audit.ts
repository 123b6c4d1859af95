import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per write through the router, chained: each row's HMAC covers its
 * content and the previous row's HMAC. Triggers (migration 0002) refuse
 * UPDATE and DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    userId: text('user_id'),
    userName: text('user_name').notNull(),
    /** JSON array of the roles the user held at the time. */
    roles: text('roles').notNull(),
    channel: text('channel').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    /** JSON object: field → [before, after], only for fields that changed. */
    changes: text('changes').notNull(),
    /**
     * JSON `{ scheme, rows: [[table, recordId, digest | null], …] }`: the
     * record rows this write changed, each with the digest of its new values
     * (null: deleted). Null when the write changed no record. Sealed by `hmac`.
     */
    rowDigests: text('row_digests'),
    /** The seat a network call came from ("Panel room laptop (10.0.0.7)"); null on the host itself. Sealed by `hmac`. */
    seat: text('seat'),
    prevHmac: text('prev_hmac').notNull(),
    hmac: text('hmac').notNull(),
  },
  (table) => [
    index('audit_entity').on(table.entityType, table.entityId, table.seq),
    index('audit_user').on(table.userId, table.seq),
    index('audit_at').on(table.at),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
