import { and, desc, eq, gt, inArray } from 'drizzle-orm';
import type { PurgedEarly } from '../../../shared/schemas/records';
import type { ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { householdPurges, households } from '../../schema';

/**
 * Connected persons who had temporary approval under CPPCR reg 24 and were
 * purged 3 years after a refusal or withdrawal, as the app allowed before the
 * rule was corrected: FSR reg 32 keeps them 10 years from the end of the
 * placement. Nothing can bring the data back; the administrator is shown them
 * so the service can act (a few at most, so the whole list is read).
 */
export function purgedEarly(db: ReadableDb): PurgedEarly[] {
  const rows = purgedEarlyRows(db).all();
  return rows.flatMap((row) =>
    row.temporaryApprovalDate && (row.basis === 'refused' || row.basis === 'withdrawn')
      ? [{ ...row, temporaryApprovalDate: row.temporaryApprovalDate, basis: row.basis }]
      : [],
  );
}

const purgedEarlyRows = preparedQuery((db) =>
  db
    .select({
      id: households.id,
      reference: households.reference,
      temporaryApprovalDate: households.temporaryApprovalDate,
      basis: householdPurges.basis,
      endedOn: householdPurges.endedOn,
      purgedAt: householdPurges.purgedAt,
      purgedByName: householdPurges.purgedByName,
    })
    .from(householdPurges)
    .innerJoin(households, eq(households.id, householdPurges.householdId))
    .where(
      and(
        eq(households.householdType, 'connected_person'),
        // A range on households_temporary_approval: only temporarily approved households are read, not all.
        gt(households.temporaryApprovalDate, ''),
        inArray(householdPurges.basis, ['refused', 'withdrawn']),
      ),
    )
    .orderBy(desc(householdPurges.purgedAt))
    .prepare(),
);
