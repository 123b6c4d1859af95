import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { TellingFacts } from '../../../shared/domain/dashboard/dashboard-facts';
import type { ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { admCases, agendaItems, households } from '../../schema';

/** Decisions recorded since telling was tracked whose applicant is not yet told both ways. */
export function tellingFacts(db: ReadableDb): TellingFacts[] {
  return notYetTold(db).all();
}

const notYetTold = preparedQuery((db) =>
  db
    .select({
      itemId: admCases.itemId,
      householdReference: sql<string>`coalesce(${households.reference}, '')`,
      decidedOn: sql<string>`${admCases.decidedOn}`,
      admUserId: agendaItems.decidingAdmUserId,
      toldOrallyOn: admCases.toldOrallyOn,
      letterIssuedOn: admCases.toldInWritingOn,
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .leftJoin(households, eq(households.id, admCases.householdId))
    // The same condition as the partial index adm_cases_telling_open, so SQLite reads only the open ones.
    .where(
      and(
        sql`${admCases.tellingTracked} = 1 and (${admCases.toldOrallyOn} is null or ${admCases.toldInWritingOn} is null)`,
        isNotNull(admCases.decidedOn),
      ),
    )
    .prepare(),
);
