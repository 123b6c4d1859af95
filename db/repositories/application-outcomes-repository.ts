import { and, eq, sql } from 'drizzle-orm';
import type { ApplicationEndReason } from '../../shared/schemas/data-return';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { applicationOutcomes } from '../schema';

export interface ApplicationOutcomeRow {
  householdId: string;
  version: number;
  reason: ApplicationEndReason;
  endedOn: string;
  recordedAt: string;
  recordedByName: string;
}

const outcomeOf = preparedQuery((db) =>
  db
    .select()
    .from(applicationOutcomes)
    .where(eq(applicationOutcomes.householdId, sql.placeholder('householdId')))
    .prepare(),
);

/** How and when the household's application ended before approval, or null when nothing is recorded. */
export function getApplicationOutcome(db: ReadableDb, householdId: string): ApplicationOutcomeRow | null {
  return outcomeOf(db).get({ householdId }) ?? null;
}

/**
 * Records the outcome: a first one, or a change of the one held at `version`
 * (false when someone changed it since, so the caller can say so).
 */
export function saveApplicationOutcome(
  db: AppDatabase,
  row: Omit<ApplicationOutcomeRow, 'version'>,
  version: number | undefined,
): boolean {
  if (version === undefined) {
    const inserted = db
      .insert(applicationOutcomes)
      .values({ ...row, version: 1 })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }
  const updated = db
    .update(applicationOutcomes)
    .set({
      reason: row.reason,
      endedOn: row.endedOn,
      recordedAt: row.recordedAt,
      recordedByName: row.recordedByName,
      version: version + 1,
    })
    .where(and(eq(applicationOutcomes.householdId, row.householdId), eq(applicationOutcomes.version, version)))
    .run();
  return updated.changes === 1;
}
