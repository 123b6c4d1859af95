import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ReadableDb } from './connection';

/**
 * A statement built and prepared once per connection, then run with its
 * placeholders filled (`sql.placeholder('id')` in the query, `{ id }` when run).
 *
 * Drizzle builds a query's SQL afresh on every call and better-sqlite3
 * prepares it again each time: for a read of a few rows that is most of the
 * time it takes (issue 17: the router ran up to 20× the raw statements). Each
 * statement keeps its own WeakMap keyed by the drizzle handle, which is one
 * per connection (`connect`), so a restore's new connection prepares afresh
 * and a closed one's statements go with it.
 *
 * Only reads are prepared here: `build` gets a `ReadableDb`.
 */
export function preparedQuery<Q>(build: (db: ReadableDb) => Q): (db: ReadableDb) => Q {
  const byConnection = new WeakMap<ReadableDb, Q>();
  return (db) => {
    let query = byConnection.get(db);
    if (query === undefined) {
      query = build(db);
      byConnection.set(db, query);
    }
    return query;
  };
}

/**
 * The same for a read whose SQL depends on which filters are set: one
 * statement per shape (a short key naming the filters present), each
 * prepared once per connection. The shapes are few and fixed by the code.
 */
export function preparedQueries<S extends string, Q>(
  build: (db: ReadableDb, shape: S) => Q,
): (db: ReadableDb, shape: S) => Q {
  const byConnection = new WeakMap<ReadableDb, Map<S, Q>>();
  return (db, shape) => {
    let shapes = byConnection.get(db);
    if (!shapes) {
      shapes = new Map();
      byConnection.set(db, shapes);
    }
    let query = shapes.get(shape);
    if (query === undefined) {
      query = build(db, shape);
      shapes.set(shape, query);
    }
    return query;
  };
}

/** A list of ids as one bound value, for `IN (SELECT value FROM json_each(?))`: one statement for any length. */
export function idList(ids: readonly string[]): string {
  return JSON.stringify(ids);
}

/** `column IN` the ids bound to the placeholder `name` as one JSON list (`idList`): the index on `column` still serves. */
export function inIdList(column: SQLWrapper, name: string): SQL {
  return sql`${column} in (select j.value from json_each(${sql.placeholder(name)}) j)`;
}
