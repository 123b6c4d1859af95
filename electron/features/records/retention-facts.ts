import { and, eq, inArray, isNotNull, notInArray } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  RETENTION_BASIS_LABELS,
  retentionOf,
  type Retention,
  type RetentionFacts,
} from '../../../shared/domain/records/retention';
import {
  RETENTION_PAGE_SIZE,
  type PurgeRecord,
  type RetentionEntry,
  type RetentionOverview,
  type RetentionQuery as RetentionQueryInput,
  type RetentionSection,
} from '../../../shared/schemas/records';
import { CURRENT_STATUSES } from '../../../shared/schemas/household';
import type { AppDatabase } from '../../../db/connection';
import {
  admCases,
  householdChildren,
  householdPurges,
  households,
  householdStatusHistory,
  resignations,
} from '../../../db/schema';

type HouseholdRow = Pick<
  typeof households.$inferSelect,
  'id' | 'version' | 'reference' | 'displayName' | 'householdType' | 'status' | 'approvalDate' | 'terms'
>;

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

/** The history entries the retention rule reads. */
const ENDING_HISTORY = ['approved', 'resigned', 'terminated', 'refused', 'withdrawn'] as const;

/**
 * What the retention rule needs, read in a handful of narrow queries (not one
 * per household) for every household whose approval or application has
 * ended, or for one household. Open households and their history are not read.
 */
function loadFacts(db: AppDatabase, householdId?: string) {
  // Small tables are read whole: cheaper than matching each row against the ended households.
  const scope = (column: SQLiteColumn) => (householdId ? eq(column, householdId) : undefined);
  const rows = db
    .select({
      id: households.id,
      version: households.version,
      reference: households.reference,
      displayName: households.displayName,
      householdType: households.householdType,
      status: households.status,
      approvalDate: households.approvalDate,
      terms: households.terms,
    })
    .from(households)
    .where(householdId ? eq(households.id, householdId) : notInArray(households.status, [...CURRENT_STATUSES]))
    .all();
  const history = groupBy(
    db
      .select({
        householdId: householdStatusHistory.householdId,
        status: householdStatusHistory.status,
        effectiveDate: householdStatusHistory.effectiveDate,
      })
      .from(householdStatusHistory)
      .where(
        and(inArray(householdStatusHistory.status, [...ENDING_HISTORY]), scope(householdStatusHistory.householdId)),
      )
      .all(),
    (row) => row.householdId,
  );
  const children = groupBy(
    db
      .select({ householdId: householdChildren.householdId, placementDate: householdChildren.placementDate })
      .from(householdChildren)
      .where(scope(householdChildren.householdId))
      .all(),
    (row) => row.householdId,
  );
  const decisionEnds = groupBy(
    db
      .select({ householdId: admCases.householdId, approvalEnds: admCases.approvalEnds })
      .from(admCases)
      .where(and(isNotNull(admCases.approvalEnds), scope(admCases.householdId)))
      .all(),
    (row) => row.householdId,
  );
  const resigned = groupBy(
    db
      .select({ householdId: resignations.householdId, approvalEnds: resignations.approvalEnds })
      .from(resignations)
      .where(scope(resignations.householdId))
      .all(),
    (row) => row.householdId,
  );
  const purges = new Map(
    db
      .select()
      .from(householdPurges)
      .where(householdId ? eq(householdPurges.householdId, householdId) : undefined)
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

function sectionOf(entry: RetentionEntry): RetentionSection {
  return entry.purge ? 'purged' : entry.due ? 'due' : 'kept';
}

/** Longest past their date first; then the soonest due (those with no date first); the latest purged first. */
function inListOrder(a: RetentionEntry, b: RetentionEntry): number {
  if (a.purge && b.purge) return b.purge.purgedAt.localeCompare(a.purge.purgedAt);
  return (a.purgeableFrom ?? '').localeCompare(b.purgeableFrom ?? '') || a.reference.localeCompare(b.reference);
}

/** One page of one of the retention lists, with how many households are in each. */
export function retentionOverview(db: AppDatabase, today: string, query: RetentionQueryInput): RetentionOverview {
  const section = query.section ?? 'due';
  const page = query.page ?? 1;
  const entries = loadFacts(db)
    .filter(({ retention }) => retention.kind !== 'open')
    .map(({ row, retention, purge }) => entryOf(row, retention, purge, today));
  const counts = { due: 0, kept: 0, purged: 0 };
  const listed: RetentionEntry[] = [];
  for (const entry of entries) {
    const of = sectionOf(entry);
    counts[of] += 1;
    if (of === section) listed.push(entry);
  }
  const start = (page - 1) * RETENTION_PAGE_SIZE;
  return {
    today,
    counts,
    section,
    page,
    pageSize: RETENTION_PAGE_SIZE,
    entries: listed.sort(inListOrder).slice(start, start + RETENTION_PAGE_SIZE),
  };
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
