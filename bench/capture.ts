import type Database from 'better-sqlite3';
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
 * Records every statement run on `sqlite` while `during` runs, with its
 * parameters. Reads prepare their statements once per connection
 * (db/prepared.ts), so wrapping `prepare` would miss them: this wraps the run
 * methods every better-sqlite3 statement shares (its prototype) for that time
 * only, and keeps the runs on this connection. Drizzle and the repositories
 * both run statements this way, so the list is everything a call asked SQLite for.
 */
export async function captureStatements<T>(
  sqlite: SqliteHandle,
  during: () => Promise<T>,
): Promise<{ value: T; statements: CapturedStatement[] }> {
  const statements: CapturedStatement[] = [];
  const prototype = Object.getPrototypeOf(sqlite.prepare('SELECT 1')) as Record<StatementMethod, unknown>;
  const originals = METHODS.map((method) => [method, prototype[method]] as const);
  for (const [method, original] of originals) {
    const run = original as (this: Database.Statement, ...args: unknown[]) => unknown;
    Object.defineProperty(prototype, method, {
      configurable: true,
      writable: true,
      value: function (this: Database.Statement, ...params: unknown[]) {
        if (this.database === sqlite) statements.push({ sql: this.source, params, reader: this.reader });
        return run.apply(this, params);
      },
    });
  }
  try {
    const value = await during();
    return { value, statements };
  } finally {
    for (const [method, original] of originals) {
      Object.defineProperty(prototype, method, { configurable: true, writable: true, value: original });
    }
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
      // A list of ids bound as JSON (`json_each`, db/prepared.ts) is a virtual table walked in full by design.
      if (detail.includes('VIRTUAL TABLE')) continue;
      const match = /^SCAN (\w+)/.exec(detail);
      if (match?.[1]) scans.add(match[1]);
    }
  }
  return [...scans].sort();
}
