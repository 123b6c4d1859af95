import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { storedRetention } from '../../../shared/domain/records/retention';
import {
  RETENTION_PAGE_SIZE,
  type RetentionOverview,
  type RetentionQuery,
  type RetentionSection,
} from '../../../shared/schemas/records';
import type { AppDatabase, ReadableDb } from '../../connection';
import { preparedQueries } from '../../prepared';
import { householdPurges, households, retentionDates, retentionStale } from '../../schema';
import { purgedEarly } from './purged-early';
import { ENTRY_COLUMNS, entryOf, loadFacts, purgeRecordOf } from './retention-facts';

/** Households worked out per read of their facts. */
const BATCH = 500;

/**
 * Works out again the retention date of every household a change touched
 * (triggers list them in `retention_stale`), keeping `retention_dates` true to
 * the rule. Runs at the end of every write, inside its transaction (usually a
 * household or none); after a migration every household is listed.
 */
export function refreshRetentionDates(db: AppDatabase): void {
  const stale = db.select({ id: retentionStale.householdId }).from(retentionStale).all();
  for (let start = 0; start < stale.length; start += BATCH) {
    const ids = stale.slice(start, start + BATCH).map((row) => row.id);
    const facts = loadFacts(db, ids);
    db.delete(retentionDates).where(inArray(retentionDates.householdId, ids)).run();
    const ended: (typeof retentionDates.$inferInsert)[] = [];
    for (const { row, retention } of facts) {
      if (retention.kind === 'dated') {
        const { basis, endedOn, purgeableFrom } = retention;
        ended.push({ householdId: row.id, basis, endedOn, purgeableFrom });
      } else if (retention.kind === 'unknown') {
        ended.push({ householdId: row.id, basis: null, endedOn: null, purgeableFrom: null });
      } else if (retention.kind === 'waiting') {
        // Kept (no date) until the placement end is entered; the basis says what it waits for.
        ended.push({ householdId: row.id, basis: retention.basis, endedOn: null, purgeableFrom: null });
      }
    }
    if (ended.length > 0) db.insert(retentionDates).values(ended).run();
    db.delete(retentionStale).where(inArray(retentionStale.householdId, ids)).run();
  }
}

/**
 * Catches up when households are still listed: only after a migration, or a
 * change made outside the app. The router runs it before the retention read,
 * outside the read's read-only window, so the read itself writes nothing.
 */
export function catchUpRetentionDates(db: AppDatabase): void {
  if (!db.select({ id: retentionStale.householdId }).from(retentionStale).limit(1).get()) return;
  db.transaction(() => refreshRetentionDates(db));
}

/** Which households each list holds, on the day bound to `today`. */
function inSection(section: RetentionSection): SQL | undefined {
  const today = sql.placeholder('today');
  switch (section) {
    case 'due':
      return and(isNull(householdPurges.householdId), lte(retentionDates.purgeableFrom, today));
    case 'kept':
      return and(
        isNull(householdPurges.householdId),
        or(isNull(retentionDates.purgeableFrom), gt(retentionDates.purgeableFrom, today)),
      );
    case 'purged':
      return isNotNull(householdPurges.householdId);
  }
}

/** The longest past their date first; the soonest due (those with no date first); the latest purged first. */
function listOrder(section: RetentionSection) {
  return section === 'purged'
    ? [desc(householdPurges.purgedAt)]
    : [asc(retentionDates.purgeableFrom), asc(households.referenceKey)];
}

// Each list's page and count, prepared once per list and connection.
const countOf = preparedQueries((db, section: RetentionSection) =>
  db
    .select({ n: count() })
    .from(retentionDates)
    .leftJoin(householdPurges, eq(householdPurges.householdId, retentionDates.householdId))
    .where(inSection(section))
    .prepare(),
);

function countIn(db: ReadableDb, section: RetentionSection, today: string): number {
  return countOf(db, section).get({ today })?.n ?? 0;
}

const pageOf = preparedQueries((db, section: RetentionSection) =>
  db
    .select({
      ...ENTRY_COLUMNS,
      basis: retentionDates.basis,
      endedOn: retentionDates.endedOn,
      purgeableFrom: retentionDates.purgeableFrom,
      purgedAt: householdPurges.purgedAt,
      purgedByName: householdPurges.purgedByName,
      reason: householdPurges.reason,
      documentsCleared: householdPurges.documentsCleared,
    })
    .from(retentionDates)
    .innerJoin(households, eq(households.id, retentionDates.householdId))
    .leftJoin(householdPurges, eq(householdPurges.householdId, retentionDates.householdId))
    .where(inSection(section))
    .orderBy(...listOrder(section))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(),
);

/** One page of one of the retention lists, with how many households are in each. */
export function retentionOverview(db: ReadableDb, today: string, query: RetentionQuery): RetentionOverview {
  const section = query.section ?? 'due';
  const page = query.page ?? 1;
  const rows = pageOf(db, section).all({
    today,
    limit: RETENTION_PAGE_SIZE,
    offset: (page - 1) * RETENTION_PAGE_SIZE,
  });
  const entries = rows.map((row) =>
    entryOf(row, storedRetention(row.basis, row.endedOn, row.purgeableFrom), purgeRecordOf(row), today),
  );
  return {
    today,
    counts: {
      due: countIn(db, 'due', today),
      kept: countIn(db, 'kept', today),
      purged: countIn(db, 'purged', today),
    },
    section,
    page,
    pageSize: RETENTION_PAGE_SIZE,
    entries,
    purgedEarly: purgedEarly(db),
  };
}
