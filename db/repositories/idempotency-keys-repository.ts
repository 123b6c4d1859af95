import { eq, lt, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { idempotencyKeys } from '../schema';

/** A write recorded under its idempotency key. */
export type IdempotencyRecord = typeof idempotencyKeys.$inferSelect;

const byKey = preparedQuery((db) =>
  db
    .select()
    .from(idempotencyKeys)
    .where(eq(idempotencyKeys.key, sql.placeholder('key')))
    .prepare(),
);

/** The write recorded under this key, if one committed. */
export function findIdempotencyKey(db: ReadableDb, key: string): IdempotencyRecord | undefined {
  return byKey(db).get({ key });
}

/** Records a write's key and answer; called inside the write's transaction, so both commit or neither. */
export function recordIdempotencyKey(db: AppDatabase, record: IdempotencyRecord): void {
  db.insert(idempotencyKeys).values(record).run();
}

/** Forgets keys recorded before `before` (an ISO time): a retry comes within seconds, not days. */
export function pruneIdempotencyKeys(db: AppDatabase, before: string): number {
  return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes;
}
