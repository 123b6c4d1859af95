import { and, eq, notExists, sql } from 'drizzle-orm';
import type { IrmDetailsFacts } from '../../../shared/domain/dashboard/dashboard-facts';
import { irmContactProblem } from '../../../shared/schemas/irm-contact';
import type { ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { admCases, households, issuedDocuments } from '../../schema';
import { readSettings } from '../settings-repository';

/**
 * Qualifying determinations still waiting for their letter while the IRM's
 * details are missing; none at all once they are entered, so this costs one
 * settings read on most days.
 */
export function irmDetailsFacts(db: ReadableDb): IrmDetailsFacts[] {
  if (irmContactProblem(readSettings(db).irmContact) === null) return [];
  return waitingLetters(db).all();
}

const waitingLetters = preparedQuery((db) =>
  db
    .select({
      itemId: admCases.itemId,
      householdReference: sql<string>`coalesce(${households.reference}, '')`,
      decidedOn: sql<string>`${admCases.decidedOn}`,
    })
    .from(admCases)
    .leftJoin(households, eq(households.id, admCases.householdId))
    .where(
      and(
        eq(admCases.state, 'qualifying'),
        sql`${admCases.decidedOn} is not null`,
        notExists(
          db
            .select({ id: issuedDocuments.id })
            .from(issuedDocuments)
            .where(
              and(
                eq(issuedDocuments.subjectId, admCases.itemId),
                eq(issuedDocuments.kind, 'letter-qualifying-determination'),
              ),
            ),
        ),
      ),
    )
    .prepare(),
);
