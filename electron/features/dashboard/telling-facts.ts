import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { TellingFacts } from '../../../shared/domain/dashboard/dashboard-facts';
import type { AppDatabase } from '../../../db/connection';
import { admCases, agendaItems, households } from '../../../db/schema';

/**
 * The letters that tell the applicant the ADM's (first) decision: any letter
 * issued for the case except the decision record (kept on file), the
 * extension and resignation letters, and the final decision's.
 */
export const NOT_TELLING_LETTERS = [
  'letter-decision-record',
  'letter-final-decision',
  'letter-extension',
  'letter-resignation',
];

const notTelling = sql.join(
  NOT_TELLING_LETTERS.map((kind) => sql`${kind}`),
  sql`, `,
);

/** The day the case's decision letter was first issued, as SQL over adm_cases. */
export const letterIssuedOn = sql<string | null>`(select min(substr(d.issued_at, 1, 10)) from issued_documents d
  where d.subject_id = ${admCases.itemId} and d.kind like 'letter-%' and d.kind not in (${notTelling}))`;

/** Decisions recorded since telling was tracked whose applicant is not yet told both ways. */
export function tellingFacts(db: AppDatabase): TellingFacts[] {
  return db
    .select({
      itemId: admCases.itemId,
      householdReference: sql<string>`coalesce(${households.reference}, '')`,
      decidedOn: sql<string>`${admCases.decidedOn}`,
      admUserId: agendaItems.decidingAdmUserId,
      toldOrallyOn: admCases.toldOrallyOn,
      letterIssuedOn,
    })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .leftJoin(households, eq(households.id, admCases.householdId))
    .where(and(eq(admCases.tellingTracked, true), isNotNull(admCases.decidedOn)))
    .all()
    .filter((t) => !t.toldOrallyOn || !t.letterIssuedOn);
}
