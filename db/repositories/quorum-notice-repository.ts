import { and, desc, eq, isNull } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { adminNotices } from '../schema';

/** The kind migration 0018 gives the notice when it raised a stored quorum rule to the legal minimum. */
const KIND = 'quorum_raised';

export interface StoredQuorumNotice {
  id: string;
  createdAt: string;
  /** The quorum rule as it was stored before the migration raised it (JSON, possibly partial). */
  before: Record<string, unknown>;
  acknowledgedAt: string | null;
  acknowledgedByName: string | null;
}

export function readQuorumNotice(db: ReadableDb): StoredQuorumNotice | null {
  const row = db
    .select()
    .from(adminNotices)
    .where(eq(adminNotices.kind, KIND))
    .orderBy(desc(adminNotices.createdAt))
    .get();
  if (!row) return null;
  const detail = JSON.parse(row.detail) as { before?: unknown };
  const before = detail.before && typeof detail.before === 'object' ? (detail.before as Record<string, unknown>) : {};
  return {
    id: row.id,
    createdAt: row.createdAt,
    before,
    acknowledgedAt: row.acknowledgedAt,
    acknowledgedByName: row.acknowledgedByName,
  };
}

/** Marks the waiting notice read; returns its id, or null when none is waiting. */
export function acknowledgeQuorumNotice(db: AppDatabase, at: string, byName: string): string | null {
  const row = db
    .select({ id: adminNotices.id })
    .from(adminNotices)
    .where(and(eq(adminNotices.kind, KIND), isNull(adminNotices.acknowledgedAt)))
    .get();
  if (!row) return null;
  db.update(adminNotices)
    .set({ acknowledgedAt: at, acknowledgedByName: byName })
    .where(eq(adminNotices.id, row.id))
    .run();
  return row.id;
}
