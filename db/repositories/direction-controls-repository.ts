import { is, or, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { ReadableDb } from '../connection';
import * as schema from '../schema';

/** GLOB matches any value holding one of U+202A–U+202E or U+2066–U+2069 (each listed, no ranges). */
const ANY_DIRECTION_CONTROL = '*[\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069]*';

/**
 * Tables whose text is never corrected in place: the sealed audit trail
 * (it records what was typed, and no edit may change it).
 */
const NOT_CORRECTABLE = new Set(['audit_log']);

/** Each record kind in words, and the column that names one record, where there is one. */
const RECORD_WORDS: Readonly<Record<string, { kind: string; label?: string }>> = {
  households: { kind: 'Household', label: 'reference' },
  members: { kind: 'Central list member', label: 'name' },
  users: { kind: 'User account', label: 'username' },
  sittings: { kind: 'Sitting', label: 'date' },
  agenda_items: { kind: 'Agenda item', label: 'title' },
  settings: { kind: 'Settings' },
};

export interface StoredValue {
  table: string;
  kind: string;
  record: string;
  column: string;
  value: string;
}

/**
 * Every stored text value holding a refused direction control, walking the
 * drizzle schema so a new table or column is covered without being listed.
 * A full scan of each table's text columns: the administrator asks for it,
 * it is not a screen read of the bench. At most `limit` values.
 */
export function storedDirectionControls(db: ReadableDb, limit: number): StoredValue[] {
  const found: StoredValue[] = [];
  for (const table of Object.values(schema)) {
    if (found.length >= limit) break;
    if (!is(table, SQLiteTable)) continue;
    const config = getTableConfig(table);
    if (NOT_CORRECTABLE.has(config.name)) continue;
    const texts = config.columns.filter((column) => column.columnType === 'SQLiteText');
    if (texts.length === 0) continue;
    const words = RECORD_WORDS[config.name];
    const named = (name: string | undefined) => config.columns.find((column) => column.name === name);
    const id: SQLiteColumn | SQL = named('id') ?? sql`NULL`;
    const label: SQLiteColumn | SQL = named(words?.label) ?? id;
    const rows = db
      .select({
        ...Object.fromEntries(texts.map((column) => [`v_${column.name}`, column])),
        recordId: sql<string | number | null>`${id}`,
        recordLabel: sql<string | number | null>`${label}`,
      })
      .from(table)
      .where(or(...texts.map((column) => sql`${column} GLOB ${ANY_DIRECTION_CONTROL}`)))
      .limit(limit - found.length)
      .all() as Record<string, unknown>[];
    for (const row of rows) {
      for (const column of texts) {
        const value = row[`v_${column.name}`];
        if (typeof value !== 'string' || !/[\u202A-\u202E\u2066-\u2069]/.test(value)) continue;
        found.push({
          table: config.name,
          kind: words?.kind ?? sentence(config.name),
          record: recordName(row.recordLabel, row.recordId),
          column: column.name,
          value,
        });
      }
    }
  }
  return found.slice(0, limit);
}

/** The record's reference or name, else its id. */
function recordName(label: unknown, id: unknown): string {
  for (const value of [label, id]) {
    if (typeof value === 'string' && value !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return 'a record without a reference';
}

/** "agenda_items" → "Agenda items". */
function sentence(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
