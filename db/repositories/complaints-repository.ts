import { and, avg, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { ITEM_TYPE_INFO, type ItemType } from '../../shared/domain/sittings/item-types';
import type { Complaint, FeedbackForm, NewComplaint } from '../../shared/schemas/complaints';
import type { AppDatabase, ReadableDb } from '../connection';
import { idList, inIdList, preparedQueries, preparedQuery } from '../prepared';
import { agendaItems, complaints, feedbackForms, households, sittings } from '../schema';

type FeedbackRow = typeof feedbackForms.$inferSelect;
const placeholder = sql.placeholder;
/**
 * The last key of a page's order, so pages never overlap or skip when rows
 * share a date and time: the order is the list's as before, with such ties
 * now in one fixed order (the newest row first).
 */
const COMPLAINT_ROWID = sql`"complaints".rowid`;
const FEEDBACK_ROWID = sql`"feedback_forms".rowid`;
export type ComplaintFields = NewComplaint;
export type NewFeedbackRecord = typeof feedbackForms.$inferInsert;

/** The sitting a complaint or feedback form names: its date and status decide what may be recorded. */
export function sittingToLink(db: ReadableDb, id: string): { id: string; date: string; status: string } | undefined {
  return db
    .select({ id: sittings.id, date: sittings.date, status: sittings.status })
    .from(sittings)
    .where(eq(sittings.id, id))
    .get();
}

export function householdExists(db: ReadableDb, id: string): boolean {
  return db.select({ id: households.id }).from(households).where(eq(households.id, id)).get() !== undefined;
}

/** The sitting an agenda item is on (null for one sent straight to the ADM), or undefined when there is no such item. */
export function sittingOfItem(db: ReadableDb, itemId: string): { sittingId: string | null } | undefined {
  return db.select({ sittingId: agendaItems.sittingId }).from(agendaItems).where(eq(agendaItems.id, itemId)).get();
}

/** Complaints with the sitting and household they name, in one read (per complaint, the list was N+1 reads). */
function complaintRows(db: ReadableDb, where: SQL | undefined) {
  return db
    .select({
      complaint: complaints,
      sitting: { id: sittings.id, date: sittings.date },
      household: { id: households.id, reference: households.reference },
    })
    .from(complaints)
    .leftJoin(sittings, eq(sittings.id, complaints.sittingId))
    .leftJoin(households, eq(households.id, complaints.householdId))
    .where(where)
    .orderBy(desc(complaints.receivedOn), desc(complaints.createdAt))
    .all();
}

function complaintView({ complaint: row, sitting, household }: ReturnType<typeof complaintRows>[number]): Complaint {
  return {
    id: row.id,
    version: row.version,
    receivedOn: row.receivedOn,
    source: row.source,
    summary: row.summary,
    sitting: sitting ?? null,
    household: household ?? null,
    outcome: row.outcome,
    closedOn: row.closedOn,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function getComplaint(db: AppDatabase, id: string): Complaint | null {
  const [row] = complaintRows(db, eq(complaints.id, id));
  return row ? complaintView(row) : null;
}

type ComplaintFilter = { status?: 'open' | 'closed' | undefined; householdId?: string | undefined };

function complaintWhere(filter: { status?: string | undefined; householdId?: string | SQLWrapper | undefined }) {
  const where: SQL[] = [];
  if (filter.status === 'open') where.push(isNull(complaints.closedOn));
  if (filter.status === 'closed') where.push(isNotNull(complaints.closedOn));
  if (filter.householdId) where.push(eq(complaints.householdId, filter.householdId));
  return and(...where);
}

/** Every complaint that matches, newest first (a household's, for subject access). */
export function listComplaints(db: ReadableDb, filter: ComplaintFilter): Complaint[] {
  return complaintRows(db, complaintWhere(filter)).map(complaintView);
}

/** The prepared statements' key: which filters are set. */
const complaintShape = (filter: ComplaintFilter) => `${filter.status ?? ''}:${filter.householdId ? 'household' : ''}`;
const shapeFilter = (shape: string) => {
  const [status, household] = shape.split(':');
  return { status, householdId: household ? placeholder('householdId') : undefined };
};

const complaintPageRows = preparedQueries((db, shape: string) =>
  db
    .select({
      complaint: complaints,
      sitting: { id: sittings.id, date: sittings.date },
      household: { id: households.id, reference: households.reference },
    })
    .from(complaints)
    .leftJoin(sittings, eq(sittings.id, complaints.sittingId))
    .leftJoin(households, eq(households.id, complaints.householdId))
    .where(complaintWhere(shapeFilter(shape)))
    .orderBy(desc(complaints.receivedOn), desc(complaints.createdAt), desc(COMPLAINT_ROWID))
    .limit(placeholder('limit'))
    .offset(placeholder('offset'))
    .prepare(),
);
const complaintCount = preparedQueries((db, shape: string) =>
  db
    .select({ n: count() })
    .from(complaints)
    .where(complaintWhere(shapeFilter(shape)))
    .prepare(),
);

/** One page of the complaints log, newest first, and how many match. */
export function complaintsPage(db: ReadableDb, filter: ComplaintFilter, page: number, pageSize: number) {
  const shape = complaintShape(filter);
  const householdId = filter.householdId ?? null;
  const rows = complaintPageRows(db, shape).all({ householdId, limit: pageSize, offset: (page - 1) * pageSize });
  const total = complaintCount(db, shape).get({ householdId })?.n ?? 0;
  return { page, pageSize, total, complaints: rows.map(complaintView) };
}

export function insertComplaint(db: AppDatabase, id: string, fields: ComplaintFields, at: string): void {
  db.insert(complaints)
    .values({ id, ...fields, createdAt: at, updatedAt: at })
    .run();
}

/** Only when still at `version`; false when someone else changed it first. */
export function updateComplaint(
  db: AppDatabase,
  id: string,
  version: number,
  fields: ComplaintFields,
  at: string,
): boolean {
  return (
    db
      .update(complaints)
      .set({ ...fields, version: version + 1, updatedAt: at })
      .where(and(eq(complaints.id, id), eq(complaints.version, version)))
      .run().changes === 1
  );
}

const datesOfSittings = preparedQuery((db) =>
  db.select({ id: sittings.id, date: sittings.date }).from(sittings).where(inIdList(sittings.id, 'ids')).prepare(),
);
const feedbackItems = preparedQuery((db) =>
  db
    .select({
      id: agendaItems.id,
      position: agendaItems.position,
      number: agendaItems.number,
      itemType: agendaItems.itemType,
      reference: households.reference,
    })
    .from(agendaItems)
    .leftJoin(households, eq(households.id, agendaItems.householdId))
    .where(inIdList(agendaItems.id, 'ids'))
    .prepare(),
);

function feedbackViews(db: ReadableDb, rows: readonly FeedbackRow[]): FeedbackForm[] {
  const sittingIds = [...new Set(rows.map((row) => row.sittingId))];
  const itemIds = [...new Set(rows.flatMap((row) => (row.itemId ? [row.itemId] : [])))];
  const sittingDates = new Map(
    sittingIds.length > 0
      ? datesOfSittings(db)
          .all({ ids: idList(sittingIds) })
          .map((s) => [s.id, s.date])
      : [],
  );
  const items = new Map(
    itemIds.length > 0
      ? feedbackItems(db)
          .all({ ids: idList(itemIds) })
          .map((i) => [
            i.id,
            {
              id: i.id,
              // The number the papers gave it; an item of a sitting still being planned has none fixed yet.
              number: i.number ?? i.position,
              typeLabel: ITEM_TYPE_INFO[i.itemType as ItemType]?.label ?? i.itemType,
              householdReference: i.reference,
            },
          ])
      : [],
  );
  return rows.map((row) => ({
    id: row.id,
    receivedOn: row.receivedOn,
    fromKind: row.fromKind,
    sitting: { id: row.sittingId, date: sittingDates.get(row.sittingId) ?? '' },
    item: row.itemId ? (items.get(row.itemId) ?? null) : null,
    rating: row.rating,
    comment: row.comment,
    createdAt: row.createdAt,
  }));
}

const feedbackPageRows = preparedQueries((db, shape: 'sitting' | 'all') =>
  db
    .select()
    .from(feedbackForms)
    .where(shape === 'sitting' ? eq(feedbackForms.sittingId, placeholder('sittingId')) : undefined)
    .orderBy(desc(feedbackForms.receivedOn), desc(feedbackForms.createdAt), desc(FEEDBACK_ROWID))
    .limit(placeholder('limit'))
    .offset(placeholder('offset'))
    .prepare(),
);
const feedbackTotals = preparedQueries((db, shape: 'sitting' | 'all') =>
  db
    .select({ n: count(), average: avg(feedbackForms.rating) })
    .from(feedbackForms)
    .where(shape === 'sitting' ? eq(feedbackForms.sittingId, placeholder('sittingId')) : undefined)
    .prepare(),
);

/** One page of feedback forms, newest first; the count and average rating are of every form that matches. */
export function feedbackPage(
  db: ReadableDb,
  filter: { sittingId?: string | undefined },
  page: number,
  pageSize: number,
) {
  const shape = filter.sittingId ? 'sitting' : 'all';
  const sittingId = filter.sittingId ?? null;
  const rows = feedbackPageRows(db, shape).all({ sittingId, limit: pageSize, offset: (page - 1) * pageSize });
  const totals = feedbackTotals(db, shape).get({ sittingId });
  const total = totals?.n ?? 0;
  const average = total > 0 && totals?.average != null ? Number(totals.average) : null;
  return { page, pageSize, total, averageRating: average, forms: feedbackViews(db, rows) };
}

export function getFeedback(db: AppDatabase, id: string): FeedbackForm | null {
  const row = db.select().from(feedbackForms).where(eq(feedbackForms.id, id)).get();
  return row ? (feedbackViews(db, [row])[0] ?? null) : null;
}

/** Feedback forms about a set of agenda items (a household's, for subject access). */
export function feedbackForItems(db: AppDatabase, itemIds: readonly string[]): FeedbackForm[] {
  if (itemIds.length === 0) return [];
  const rows = db
    .select()
    .from(feedbackForms)
    .where(inArray(feedbackForms.itemId, [...itemIds]))
    .orderBy(desc(feedbackForms.receivedOn))
    .all();
  return feedbackViews(db, rows);
}

export function insertFeedback(db: AppDatabase, row: NewFeedbackRecord): void {
  db.insert(feedbackForms).values(row).run();
}
