import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/sqlite-core';
import type { RecordFacts } from '../../shared/domain/audit/record-words';
import type { ReadableDb } from '../connection';
import { idList, inIdList, preparedQuery } from '../prepared';
import {
  agendaItems,
  complaints,
  feedbackForms,
  households,
  issuedDocuments,
  members,
  reviewsWithoutPanel,
  sittings,
  users,
} from '../schema';

const text = (value: string) => sql<string>`${value}`;
const none = sql<string | null>`null`;
const noNumber = sql<number | null>`null`;
/** Every branch of the union has the same shape: each fact may be missing. */
const maybe = (column: SQLWrapper) => sql<string | null>`${column}`;

/**
 * Every record a page of audit rows concerns, in one statement: ids are
 * random and unique across tables, so each is looked for in every table that
 * an audit row can name, whatever kind of row names it (a row written before
 * attendance was filed under its sitting named the member).
 */
const recordFacts = preparedQuery((db) => {
  const ids = (column: Parameters<typeof inIdList>[0]) => inIdList(column, 'ids');
  return unionAll(
    db
      .select({
        id: households.id,
        kind: text('household'),
        name: maybe(households.reference),
        date: none,
        number: noNumber,
        household: none,
      })
      .from(households)
      .where(ids(households.id)),
    db
      .select({
        id: sittings.id,
        kind: text('sitting'),
        name: none,
        date: maybe(sittings.date),
        number: noNumber,
        household: none,
      })
      .from(sittings)
      .where(ids(sittings.id)),
    db
      .select({
        id: agendaItems.id,
        kind: text('item'),
        name: maybe(agendaItems.title),
        date: maybe(sittings.date),
        number: sql<number | null>`${agendaItems.position}`,
        household: maybe(households.reference),
      })
      .from(agendaItems)
      .leftJoin(sittings, eq(sittings.id, agendaItems.sittingId))
      .leftJoin(households, eq(households.id, agendaItems.householdId))
      .where(ids(agendaItems.id)),
    db
      .select({
        id: members.id,
        kind: text('member'),
        name: maybe(members.name),
        date: none,
        number: noNumber,
        household: none,
      })
      .from(members)
      .where(ids(members.id)),
    db
      .select({
        id: users.id,
        kind: text('user'),
        name: maybe(users.username),
        date: none,
        number: noNumber,
        household: none,
      })
      .from(users)
      .where(ids(users.id)),
    db
      .select({
        id: issuedDocuments.id,
        kind: text('document'),
        name: maybe(issuedDocuments.fileName),
        date: none,
        number: noNumber,
        household: maybe(households.reference),
      })
      .from(issuedDocuments)
      .leftJoin(households, eq(households.id, issuedDocuments.householdId))
      .where(ids(issuedDocuments.id)),
    db
      .select({
        id: complaints.id,
        kind: text('complaint'),
        name: none,
        date: maybe(complaints.receivedOn),
        number: noNumber,
        household: none,
      })
      .from(complaints)
      .where(ids(complaints.id)),
    db
      .select({
        id: feedbackForms.id,
        kind: text('feedback'),
        name: none,
        date: maybe(feedbackForms.receivedOn),
        number: noNumber,
        household: none,
      })
      .from(feedbackForms)
      .where(ids(feedbackForms.id)),
    db
      .select({
        id: reviewsWithoutPanel.id,
        kind: text('review'),
        name: none,
        date: maybe(reviewsWithoutPanel.reviewDate),
        number: noNumber,
        household: maybe(households.reference),
      })
      .from(reviewsWithoutPanel)
      .leftJoin(households, eq(households.id, reviewsWithoutPanel.householdId))
      .where(ids(reviewsWithoutPanel.id)),
  ).prepare();
});

/** What is still held about each of these records (absent: deleted, or not a record of its own). */
export function recordFactsFor(db: ReadableDb, recordIds: readonly string[]): Map<string, RecordFacts> {
  const found = new Map<string, RecordFacts>();
  if (recordIds.length === 0) return found;
  for (const row of recordFacts(db).all({ ids: idList([...new Set(recordIds)]) })) {
    const { id, ...facts } = row;
    found.set(id, { ...facts, kind: facts.kind as RecordFacts['kind'] });
  }
  return found;
}
