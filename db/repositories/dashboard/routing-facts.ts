import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { ObservationItemFacts } from '../../../shared/domain/dashboard/routing-entries';
import { APPROVAL_TYPES } from '../../../shared/domain/sittings/item-types';
import type { ReadableDb } from '../../connection';
import { preparedQuery } from '../../prepared';
import { agendaItems, households, sittings } from '../../schema';

/** Approval items still to be heard whose applicant was given the report and has sent no observations yet. */
export function observationFacts(db: ReadableDb): ObservationItemFacts[] {
  return awaitingObservations(db)
    .all()
    .map((row) => ({ ...row, reportGivenDate: row.reportGivenDate ?? '' }));
}

const awaitingObservations = preparedQuery((db) =>
  db
    .select({
      itemId: agendaItems.id,
      sittingId: sittings.id,
      householdReference: households.reference,
      reportGivenDate: agendaItems.reportGivenDate,
    })
    .from(sittings)
    .innerJoin(agendaItems, eq(agendaItems.sittingId, sittings.id))
    .innerJoin(households, eq(households.id, agendaItems.householdId))
    .where(
      and(
        inArray(sittings.status, ['planned', 'papers_sent']),
        eq(agendaItems.status, 'scheduled'),
        inArray(agendaItems.itemType, [...APPROVAL_TYPES]),
        isNotNull(agendaItems.reportGivenDate),
        isNull(agendaItems.observationsReceivedDate),
      ),
    )
    .prepare(),
);
