import { and, asc, desc, eq, gt, gte, lt, lte, ne, sql } from 'drizzle-orm';
import { ANY_SITTING_DATE, sittingDateSearch } from '../../shared/domain/sittings/sitting-search';
import type { ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { sittings } from '../schema';

/**
 * Sittings as a form's choices and as neighbours of a date: small reads along
 * the date index that stop at what they show, whatever the years of history.
 */

const placeholder = sql.placeholder;

const choiceColumns = { id: sittings.id, kind: sittings.kind, date: sittings.date, status: sittings.status };

/**
 * Sittings not cancelled, newest first, between two dates (and of a month or
 * day, when typed without a year), at most `limit` (-1: every one): a form's
 * choices. The window reads along the date index, newest first, and stops at
 * the limit, so a picker reads what it shows whatever the years of history.
 */
const choices = preparedQuery((db) =>
  db
    .select(choiceColumns)
    .from(sittings)
    .where(
      and(
        ne(sittings.status, 'cancelled'),
        gte(sittings.date, placeholder('from')),
        lte(sittings.date, placeholder('to')),
        sql`(${placeholder('monthDay')} is null or substr(${sittings.date}, 6, length(${placeholder('monthDay')})) = ${placeholder('monthDay')})`,
      ),
    )
    .orderBy(desc(sittings.date), desc(sittings.startTime))
    .limit(placeholder('limit'))
    .prepare(),
);

/** One sitting as a choice (the one a form has already chosen), if it is not cancelled. */
const choiceById = preparedQuery((db) =>
  db
    .select(choiceColumns)
    .from(sittings)
    .where(and(eq(sittings.id, placeholder('id')), ne(sittings.status, 'cancelled')))
    .prepare(),
);

/** A search that does not read as a date finds no sitting (the picker says so) rather than every one. */
export function sittingChoices(
  db: ReadableDb,
  filter: { search?: string | undefined; id?: string | undefined; limit?: number | undefined },
) {
  if (filter.id !== undefined) return choiceById(db).all({ id: filter.id });
  const window = filter.search ? sittingDateSearch(filter.search) : ANY_SITTING_DATE;
  if (!window) return [];
  return choices(db).all({ ...window, limit: filter.limit ?? -1 });
}
const sittingBefore = preparedQuery((db) =>
  db
    .select({ date: sittings.date, startTime: sittings.startTime })
    .from(sittings)
    .where(and(lt(sittings.date, placeholder('date')), ne(sittings.status, 'cancelled')))
    .orderBy(desc(sittings.date), desc(sittings.startTime))
    .limit(1)
    .prepare(),
);

const sittingAfter = preparedQuery((db) =>
  db
    .select({ date: sittings.date, startTime: sittings.startTime })
    .from(sittings)
    .where(and(gt(sittings.date, placeholder('date')), ne(sittings.status, 'cancelled')))
    .orderBy(asc(sittings.date), asc(sittings.startTime))
    .limit(1)
    .prepare(),
);

/** The sittings either side of a date, not cancelled: the agenda's "minutes of the last sitting" and "next sitting". */
export function neighbouringSittings(db: ReadableDb, date: string) {
  return {
    previousSitting: sittingBefore(db).get({ date }) ?? null,
    nextSitting: sittingAfter(db).get({ date }) ?? null,
  };
}

const onDate = preparedQuery((db) =>
  db
    .select({ id: sittings.id })
    .from(sittings)
    .where(and(eq(sittings.date, placeholder('date')), ne(sittings.status, 'cancelled')))
    .prepare(),
);

export function sittingsOnDate(db: ReadableDb, date: string) {
  return onDate(db).all({ date });
}
