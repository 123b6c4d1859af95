import { and, eq, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { reportCommentaries } from '../../schema';

/** The chair's commentary on one report period as stored; no row until someone first writes one. */
export interface CommentaryRecord {
  text: string;
  version: number;
  updatedAt: string;
  updatedByName: string;
}

const commentaryOf = preparedQuery((db) =>
  db
    .select({
      text: reportCommentaries.text,
      version: reportCommentaries.version,
      updatedAt: reportCommentaries.updatedAt,
      updatedByName: reportCommentaries.updatedByName,
    })
    .from(reportCommentaries)
    .where(
      and(
        eq(reportCommentaries.periodFrom, sql.placeholder('from')),
        eq(reportCommentaries.periodTo, sql.placeholder('to')),
      ),
    )
    .prepare(),
);

export function getCommentary(db: ReadableDb, period: { from: string; to: string }): CommentaryRecord | null {
  return commentaryOf(db).get(period) ?? null;
}

/**
 * Writes the commentary if it is still at the version the writer read (0: none
 * yet), and returns whether it landed; a stale version changes nothing.
 */
export function saveCommentaryAtVersion(
  db: AppDatabase,
  period: { from: string; to: string },
  expectedVersion: number,
  change: { text: string; updatedAt: string; updatedByUserId: string | null; updatedByName: string },
): boolean {
  if (expectedVersion === 0) {
    const inserted = db
      .insert(reportCommentaries)
      .values({ periodFrom: period.from, periodTo: period.to, version: 1, ...change })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }
  const updated = db
    .update(reportCommentaries)
    .set({ ...change, version: expectedVersion + 1 })
    .where(
      and(
        eq(reportCommentaries.periodFrom, period.from),
        eq(reportCommentaries.periodTo, period.to),
        eq(reportCommentaries.version, expectedVersion),
      ),
    )
    .run();
  return updated.changes === 1;
}
