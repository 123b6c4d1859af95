import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { agendaItems, households, recommendations, sittings } from '../../schema';

export interface AwaitingRecommendationRow {
  itemId: string;
  itemType: string;
  sittingId: string;
  sittingDate: string;
  householdReference: string | null;
}

export interface AwaitingApprovalRow {
  sittingId: string;
  sittingDate: string;
}

/**
 * Items a chair presides that wait for their recommendation: at a sitting held
 * (or being held today or earlier, not yet marked), still on the agenda, and
 * with none recorded. The item's own presider when one is set, else the sitting's.
 */
const awaitingRecommendation = preparedQuery((db) =>
  db
    .select({
      itemId: agendaItems.id,
      itemType: agendaItems.itemType,
      sittingId: sittings.id,
      sittingDate: sittings.date,
      householdReference: households.reference,
    })
    .from(sittings)
    .innerJoin(agendaItems, eq(agendaItems.sittingId, sittings.id))
    .leftJoin(recommendations, eq(recommendations.itemId, agendaItems.id))
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .where(
      and(
        sql`(${sittings.status} in ('held', 'minutes_drafted') or (${sittings.status} in ('planned', 'papers_sent') and ${sittings.date} <= ${sql.placeholder('today')}))`,
        inArray(agendaItems.status, ['scheduled', 'heard']),
        isNull(recommendations.id),
        sql`coalesce(${agendaItems.presiderId}, ${sittings.presiderId}) = ${sql.placeholder('memberId')}`,
      ),
    )
    .orderBy(asc(sittings.date), asc(agendaItems.position))
    .prepare(),
);

const awaitingApproval = preparedQuery((db) =>
  db
    .select({ sittingId: sittings.id, sittingDate: sittings.date })
    .from(sittings)
    .where(and(eq(sittings.status, 'minutes_drafted'), eq(sittings.presiderId, sql.placeholder('memberId'))))
    .orderBy(asc(sittings.date))
    .prepare(),
);

/** What waits for this central-list member as chair: recommendations to make and minutes to approve. */
export function chairWork(
  db: ReadableDb,
  memberId: string,
  today: string,
): { recommendations: AwaitingRecommendationRow[]; minutes: AwaitingApprovalRow[] } {
  return {
    recommendations: awaitingRecommendation(db).all({ memberId, today }),
    minutes: awaitingApproval(db).all({ memberId }),
  };
}
