import type { SqliteHandle } from '../db/connection';

/** One statement a router call ran, with the values bound to it. */
export interface CapturedStatement {
  sql: string;
  params: unknown[];
  reader: boolean;
}

type StatementMethod = 'all' | 'get' | 'run' | 'iterate';
const METHODS: readonly StatementMethod[] = ['all', 'get', 'run', 'iterate'];

/**
 * Records every statement run on `sqlite` while `during` runs, by wrapping the
 * handle's `prepare` for that time only. Drizzle and the repositories both
 * prepare through this handle, so the list is everything a call asked SQLite for.
 */
export async function captureStatements<T>(
  sqlite: SqliteHandle,
  during: () => Promise<T>,
): Promise<{ value: T; statements: CapturedStatement[] }> {
  const statements: CapturedStatement[] = [];
  const original = sqlite.prepare.bind(sqlite);
  const patched = (source: string) => {
    const statement = original(source);
    for (const method of METHODS) {
      const run = (statement[method] as (...args: unknown[]) => unknown).bind(statement);
      Object.defineProperty(statement, method, {
        configurable: true,
        value: (...params: unknown[]) => {
          statements.push({ sql: source, params, reader: statement.reader });
          return run(...params);
        },
      });
    }
    return statement;
  };
  Object.defineProperty(sqlite, 'prepare', { configurable: true, value: patched });
  try {
    const value = await during();
    return { value, statements };
  } finally {
    delete (sqlite as { prepare?: unknown }).prepare;
  }
}

/** The same statements as raw prepared statements, prepared once: what SQLite alone costs. */
export function rawReplay(sqlite: SqliteHandle, statements: readonly CapturedStatement[]): () => void {
  const prepared = statements
    .filter((s) => s.reader)
    .map((s) => ({ statement: sqlite.prepare(s.sql), params: s.params }));
  return () => {
    for (const { statement, params } of prepared) statement.all(...params);
  };
}

/**
 * Tables the plans of these statements walk from end to end: `SCAN <table>`,
 * with or without an index (an index only gives the order), as opposed to a
 * `SEARCH` that reads the matching rows alone.
 */
export function fullScans(sqlite: SqliteHandle, statements: readonly CapturedStatement[]): string[] {
  const scans = new Set<string>();
  for (const { sql, params, reader } of statements) {
    if (!reader) continue;
    const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
    for (const { detail } of plan) {
      const match = /^SCAN (\w+)/.exec(detail);
      if (match?.[1]) scans.add(match[1]);
    }
  }
  return [...scans].sort();
}
