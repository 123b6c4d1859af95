import { and, desc, gte, isNotNull, isNull, lte, eq, sql } from 'drizzle-orm';
import type { ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { minutes, sittings } from '../schema';

const approvedMinutes = preparedQuery((db) =>
  db
    .select({ sittingId: sittings.id, date: sittings.date })
    .from(minutes)
    .innerJoin(sittings, eq(sittings.id, minutes.sittingId))
    .where(
      and(
        isNotNull(minutes.approvedAt),
        isNull(minutes.voidedAt),
        gte(sittings.date, sql.placeholder('from')),
        lte(sittings.date, sql.placeholder('to')),
      ),
    )
    .orderBy(desc(sittings.date))
    .limit(sql.placeholder('limit'))
    .prepare(),
);

/** The sittings of the last `limit` sets of minutes approved (and standing) in a period, newest first. */
export function lastApprovedMinutes(
  db: ReadableDb,
  period: { from: string; to: string },
  limit: number,
): { sittingId: string; date: string }[] {
  return approvedMinutes(db).all({ ...period, limit });
}
