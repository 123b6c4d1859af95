import { and, eq, inArray, isNotNull, max } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  RETENTION_BASIS_LABELS,
  retentionOf,
  type Retention,
  type RetentionFacts,
  WAITING_LABEL,
} from '../../../shared/domain/records/retention';
import type { PurgeRecord, RetentionEntry } from '../../../shared/schemas/records';
import type { AppDatabase, ReadableDb } from '../../connection';
import {
  admCases,
  householdChildren,
  householdPurges,
  households,
  householdStatusHistory,
  resignations,
} from '../../schema';

/** The household's columns a retention entry shows. */
export const ENTRY_COLUMNS = {
  id: households.id,
  version: households.version,
  reference: households.reference,
  displayName: households.displayName,
  householdType: households.householdType,
  status: households.status,
};

export type HouseholdRow = Pick<
  typeof households.$inferSelect,
  'id' | 'version' | 'reference' | 'displayName' | 'householdType' | 'status'
>;

/** The history entries the retention rule reads. */
const ENDING_HISTORY = ['approved', 'resigned', 'terminated', 'refused', 'withdrawn'] as const;

/** Rows of (household, latest date) into a map of each household's dates. */
function latestBy(rows: readonly { householdId: string | null; latest: string | null }[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { householdId, latest } of rows) {
    if (!householdId || !latest) continue;
    const dates = found.get(householdId);
    if (dates) dates.push(latest);
    else found.set(householdId, [latest]);
  }
  return found;
}

/**
 * What the retention rule needs for some households, in a handful of reads
 * (not several per household). The rule only ever takes the latest date of
 * each kind, so each read hands back one latest date per household (and
 * status), from covering indexes.
 */
export function loadFacts(db: ReadableDb, householdIds: readonly string[]) {
  if (householdIds.length === 0) return [];
  const ids = [...householdIds];
  const scope = (column: SQLiteColumn) => inArray(column, ids);
  const rows = db
    .select({
      ...ENTRY_COLUMNS,
      approvalDate: households.approvalDate,
      temporaryApprovalDate: households.temporaryApprovalDate,
    })
    .from(households)
    .where(inArray(households.id, ids))
    .all();
  const history = new Map<string, { status: RetentionFacts['status']; effectiveDate: string }[]>();
  const historyRows = db
    .select({
      householdId: householdStatusHistory.householdId,
      status: householdStatusHistory.status,
      latest: max(householdStatusHistory.effectiveDate),
    })
    .from(householdStatusHistory)
    .where(and(inArray(householdStatusHistory.status, [...ENDING_HISTORY]), scope(householdStatusHistory.householdId)))
    .groupBy(householdStatusHistory.status, householdStatusHistory.householdId)
    .all();
  for (const { householdId: id, status, latest } of historyRows) {
    if (!latest) continue;
    const entry = { status: status as RetentionFacts['status'], effectiveDate: latest };
    const list = history.get(id);
    if (list) list.push(entry);
    else history.set(id, [entry]);
  }
  // Every linked child's placement end (null where not entered): the rule needs all of them, not only the latest.
  const placementEnds = new Map<string, (string | null)[]>();
  for (const child of db
    .select({ householdId: householdChildren.householdId, endedOn: householdChildren.placementEndedOn })
    .from(householdChildren)
    .where(scope(householdChildren.householdId))
    .all()) {
    const ends = placementEnds.get(child.householdId);
    if (ends) ends.push(child.endedOn);
    else placementEnds.set(child.householdId, [child.endedOn]);
  }
  const approvalEnds = latestBy([
    ...db
      .select({ householdId: admCases.householdId, latest: max(admCases.approvalEnds) })
      .from(admCases)
      .where(and(isNotNull(admCases.approvalEnds), scope(admCases.householdId)))
      .groupBy(admCases.householdId)
      .all(),
    ...db
      .select({ householdId: resignations.householdId, latest: max(resignations.approvalEnds) })
      .from(resignations)
      .where(scope(resignations.householdId))
      .groupBy(resignations.householdId)
      .all(),
  ]);
  const purges = new Map(
    db
      .select()
      .from(householdPurges)
      .where(scope(householdPurges.householdId))
      .all()
      .map((row) => [row.householdId, row]),
  );
  return rows.map((row) => {
    const facts: RetentionFacts = {
      householdType: row.householdType,
      status: row.status,
      approvalDate: row.approvalDate,
      history: history.get(row.id) ?? [],
      approvalEnds: approvalEnds.get(row.id) ?? [],
      temporaryApprovalDate: row.temporaryApprovalDate,
      placementEnds: placementEnds.get(row.id) ?? [],
    };
    return { row, retention: retentionOf(facts), purge: purgeRecordOf(purges.get(row.id)) };
  });
}

export function entryOf(
  row: HouseholdRow,
  retention: Retention,
  purge: PurgeRecord | null,
  today: string,
): RetentionEntry {
  const isDated = retention.kind === 'dated';
  const waiting = retention.kind === 'waiting';
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    displayName: row.displayName,
    householdType: row.householdType,
    status: row.status,
    basis: isDated || waiting ? retention.basis : null,
    basisLabel: isDated ? RETENTION_BASIS_LABELS[retention.basis] : waiting ? WAITING_LABEL : retention.reason,
    endedOn: isDated ? retention.endedOn : null,
    purgeableFrom: isDated ? retention.purgeableFrom : null,
    due: isDated && !purge && today >= retention.purgeableFrom,
    purge,
  };
}

/** One household's retention, or null when it does not exist. */
export function retentionFor(db: AppDatabase, householdId: string, today: string) {
  const [found] = loadFacts(db, [householdId]);
  if (!found) return null;
  return { ...found, entry: entryOf(found.row, found.retention, found.purge, today) };
}

export function purgeOf(db: AppDatabase, householdId: string): PurgeRecord | null {
  return purgeRecordOf(db.select().from(householdPurges).where(eq(householdPurges.householdId, householdId)).get());
}

/** A purge row (or a left join's empty one) as the screens show it. */
export function purgeRecordOf(
  row:
    | { purgedAt: string | null; purgedByName: string | null; reason: string | null; documentsCleared: number | null }
    | undefined,
): PurgeRecord | null {
  if (!row?.purgedAt || row.purgedByName === null || row.reason === null || row.documentsCleared === null) return null;
  return {
    purgedAt: row.purgedAt,
    purgedByName: row.purgedByName,
    reason: row.reason,
    documentsCleared: row.documentsCleared,
  };
}
