import { and, eq, sql } from 'drizzle-orm';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { admCases, agendaItems, temporaryExtensions } from '../schema';

export type NewExtensionRecord = typeof temporaryExtensions.$inferInsert;

/** The household's reg 25 extensions; one until the IRM outcome ends when that case's final decision is recorded. */
export function householdExtensions(db: ReadableDb, householdId: string) {
  return extensionsOf(db).all({ householdId });
}

const extensionsOf = preparedQuery((db) =>
  db
    .select({
      itemId: temporaryExtensions.itemId,
      kind: temporaryExtensions.kind,
      previousEnd: temporaryExtensions.previousEnd,
      newEnd: temporaryExtensions.newEnd,
      decidedOn: temporaryExtensions.decidedOn,
      decidedByName: temporaryExtensions.decidedByName,
      iroToldOn: temporaryExtensions.iroToldOn,
      endedOn: sql<string | null>`case when ${admCases.state} = 'final' then ${admCases.finalDecidedOn} end`,
    })
    .from(temporaryExtensions)
    .leftJoin(admCases, eq(admCases.itemId, temporaryExtensions.irmCaseItemId))
    .where(eq(temporaryExtensions.householdId, sql.placeholder('householdId')))
    .prepare(),
);

/** The household's qualifying determination with an IRM application, still awaiting the ADM's final decision. */
export function openIrmCase(db: ReadableDb, householdId: string) {
  return irmCaseOf(db).get({ householdId });
}

const irmCaseOf = preparedQuery((db) =>
  db
    .select({ itemId: admCases.itemId, itemType: agendaItems.itemType, decidedOn: admCases.decidedOn })
    .from(admCases)
    .innerJoin(agendaItems, eq(agendaItems.id, admCases.itemId))
    .where(
      and(
        eq(admCases.householdId, sql.placeholder('householdId')),
        eq(admCases.route, 'irm'),
        eq(admCases.state, 'qualifying'),
      ),
    )
    .orderBy(admCases.decidedOn)
    .prepare(),
);

export function insertExtension(db: AppDatabase, row: NewExtensionRecord): void {
  db.insert(temporaryExtensions).values(row).run();
}
