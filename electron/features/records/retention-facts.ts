import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  RETENTION_BASIS_LABELS,
  retentionOf,
  type Retention,
  type RetentionFacts,
} from '../../../shared/domain/records/retention';
import type { PurgeRecord, RetentionEntry } from '../../../shared/schemas/records';
import type { AppDatabase } from '../../../db/connection';
import {
  admCases,
  householdChildren,
  householdPurges,
  households,
  householdStatusHistory,
  resignations,
} from '../../../db/schema';

type HouseholdRow = typeof households.$inferSelect;

function groupBy<T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * What the retention rule needs for every household, read in a handful of
 * queries (not one per household) so the screen stays quick on 20 years of data.
 */
function loadFacts(db: AppDatabase, householdId?: string) {
  const only = (column: SQLiteColumn) => (householdId ? eq(column, householdId) : undefined);
  const rows = db.select().from(households).where(only(households.id)).orderBy(asc(households.referenceKey)).all();
  const history = groupBy(
    db
      .select({
        householdId: householdStatusHistory.householdId,
        status: householdStatusHistory.status,
        effectiveDate: householdStatusHistory.effectiveDate,
      })
      .from(householdStatusHistory)
      .where(only(householdStatusHistory.householdId))
      .all(),
    (row) => row.householdId,
  );
  const children = groupBy(
    db
      .select({ householdId: householdChildren.householdId, placementDate: householdChildren.placementDate })
      .from(householdChildren)
      .where(only(householdChildren.householdId))
      .all(),
    (row) => row.householdId,
  );
  const decisionEnds = groupBy(
    db
      .select({ householdId: admCases.householdId, approvalEnds: admCases.approvalEnds })
      .from(admCases)
      .where(and(isNotNull(admCases.approvalEnds), only(admCases.householdId)))
      .all(),
    (row) => row.householdId,
  );
  const resigned = groupBy(
    db
      .select({ householdId: resignations.householdId, approvalEnds: resignations.approvalEnds })
      .from(resignations)
      .where(only(resignations.householdId))
      .all(),
    (row) => row.householdId,
  );
  const purges = new Map(
    db
      .select()
      .from(householdPurges)
      .where(only(householdPurges.householdId))
      .all()
      .map((row) => [row.householdId, row]),
  );
  return rows.map((row) => {
    const facts: RetentionFacts = {
      householdType: row.householdType,
      status: row.status,
      approvalDate: row.approvalDate,
      history: (history.get(row.id) ?? []).map((h) => ({
        status: h.status as RetentionFacts['status'],
        effectiveDate: h.effectiveDate,
      })),
      approvalEnds: [
        ...(decisionEnds.get(row.id) ?? []).flatMap((d) => (d.approvalEnds ? [d.approvalEnds] : [])),
        ...(resigned.get(row.id) ?? []).map((r) => r.approvalEnds),
      ],
      placementDates: (children.get(row.id) ?? []).map((c) => c.placementDate),
    };
    const purge = purges.get(row.id);
    return {
      row,
      retention: retentionOf(facts),
      purge: purge
        ? {
            purgedAt: purge.purgedAt,
            purgedByName: purge.purgedByName,
            reason: purge.reason,
            documentsCleared: purge.documentsCleared,
          }
        : null,
    };
  });
}

function entryOf(row: HouseholdRow, retention: Retention, purge: PurgeRecord | null, today: string): RetentionEntry {
  const isDated = retention.kind === 'dated';
  return {
    id: row.id,
    version: row.version,
    reference: row.reference,
    displayName: row.displayName,
    householdType: row.householdType,
    status: row.status,
    basis: isDated ? retention.basis : null,
    basisLabel: isDated ? RETENTION_BASIS_LABELS[retention.basis] : retention.reason,
    endedOn: isDated ? retention.endedOn : null,
    purgeableFrom: isDated ? retention.purgeableFrom : null,
    due: isDated && !purge && today >= retention.purgeableFrom,
    purge,
  };
}

/** Every household whose approval or application has ended, with its retention date. */
export function retentionEntries(db: AppDatabase, today: string): RetentionEntry[] {
  return loadFacts(db)
    .filter(({ retention }) => retention.kind !== 'open')
    .map(({ row, retention, purge }) => entryOf(row, retention, purge, today));
}

/** One household's retention, or null when it does not exist. */
export function retentionFor(db: AppDatabase, householdId: string, today: string) {
  const [found] = loadFacts(db, householdId);
  if (!found) return null;
  return { ...found, entry: entryOf(found.row, found.retention, found.purge, today) };
}

export function purgeOf(db: AppDatabase, householdId: string): PurgeRecord | null {
  const row = db.select().from(householdPurges).where(eq(householdPurges.householdId, householdId)).get();
  return row
    ? {
        purgedAt: row.purgedAt,
        purgedByName: row.purgedByName,
        reason: row.reason,
        documentsCleared: row.documentsCleared,
      }
    : null;
}
