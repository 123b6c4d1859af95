import { and, desc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { ITEM_TYPE_INFO, type ItemType } from '../../shared/domain/sittings/item-types';
import type { Complaint, FeedbackForm, NewComplaint } from '../../shared/schemas/complaints';
import type { AppDatabase, ReadableDb } from '../connection';
import { agendaItems, complaints, feedbackForms, households, sittings } from '../schema';

type FeedbackRow = typeof feedbackForms.$inferSelect;
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

export function listComplaints(
  db: ReadableDb,
  filter: { status?: 'open' | 'closed' | undefined; householdId?: string | undefined },
): Complaint[] {
  const where: SQL[] = [];
  if (filter.status === 'open') where.push(isNull(complaints.closedOn));
  if (filter.status === 'closed') where.push(isNotNull(complaints.closedOn));
  if (filter.householdId) where.push(eq(complaints.householdId, filter.householdId));
  return complaintRows(db, and(...where)).map(complaintView);
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

function feedbackViews(db: ReadableDb, rows: readonly FeedbackRow[]): FeedbackForm[] {
  const sittingIds = [...new Set(rows.map((row) => row.sittingId))];
  const itemIds = [...new Set(rows.flatMap((row) => (row.itemId ? [row.itemId] : [])))];
  const sittingDates = new Map(
    sittingIds.length > 0
      ? db
          .select({ id: sittings.id, date: sittings.date })
          .from(sittings)
          .where(inArray(sittings.id, sittingIds))
          .all()
          .map((s) => [s.id, s.date])
      : [],
  );
  const items = new Map(
    itemIds.length > 0
      ? db
          .select({
            id: agendaItems.id,
            position: agendaItems.position,
            itemType: agendaItems.itemType,
            reference: households.reference,
          })
          .from(agendaItems)
          .leftJoin(households, eq(households.id, agendaItems.householdId))
          .where(inArray(agendaItems.id, itemIds))
          .all()
          .map((i) => [
            i.id,
            {
              id: i.id,
              number: i.position,
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

export function listFeedback(db: ReadableDb, filter: { sittingId?: string | undefined }): FeedbackForm[] {
  const rows = db
    .select()
    .from(feedbackForms)
    .where(filter.sittingId ? eq(feedbackForms.sittingId, filter.sittingId) : undefined)
    .orderBy(desc(feedbackForms.receivedOn), desc(feedbackForms.createdAt))
    .all();
  return feedbackViews(db, rows);
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
