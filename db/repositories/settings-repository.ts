import { and, eq, sql } from 'drizzle-orm';
import { AppSettings, DEFAULT_SETTINGS, type AppSettings as Settings } from '../../shared/schemas/settings';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { settings } from '../schema';

const KEY = 'app';

/** The last settings parsed, by their stored text: most calls find the same text, and parsing it is the cost. */
let parsedLast: { text: string; settings: Settings } | null = null;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const storedSettings = preparedQuery((db) =>
  db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).prepare(),
);

/** The settings, read-only: change them with writeSettings. */
export function readSettings(db: ReadableDb): Settings {
  const row = storedSettings(db).get();
  if (!row) return DEFAULT_SETTINGS;
  if (parsedLast?.text === row.value) return parsedLast.settings;
  const result = deepFreeze(parseStored(row.value));
  parsedLast = { text: row.value, settings: result };
  return result;
}

/**
 * The stored settings, each field checked on its own when the whole fails: a
 * rule tightened by a later version (a value once allowed, now refused) falls
 * back to its default alone, and never takes the service's name, letterhead
 * or IRM details with it.
 */
function parseStored(text: string): Settings {
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return DEFAULT_SETTINGS;
  }
  const whole = AppSettings.safeParse({ ...DEFAULT_SETTINGS, ...stored });
  if (whole.success) return whole.data;
  let kept: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(stored)) {
    if (!(key in DEFAULT_SETTINGS)) continue;
    const trial = AppSettings.safeParse({ ...kept, [key]: value });
    if (trial.success) kept = { ...kept, [key]: value };
  }
  return AppSettings.parse(kept);
}

const storedVersion = preparedQuery((db) =>
  db.select({ version: settings.version }).from(settings).where(eq(settings.key, KEY)).prepare(),
);

/** How many times the settings have been saved: 0 before the first save (the defaults). */
export function settingsVersion(db: ReadableDb): number {
  return storedVersion(db).get()?.version ?? 0;
}

/**
 * Saves the settings and counts the save, only when no one has saved since the writer read `version` (0: never
 * saved). False when someone has (a stale save), and nothing is written.
 */
export function writeSettings(db: AppDatabase, value: Settings, at: string, version: number): boolean {
  const text = JSON.stringify(value);
  if (version === 0) {
    const inserted = db
      .insert(settings)
      .values({ key: KEY, value: text, updatedAt: at, version: 1 })
      .onConflictDoNothing()
      .run();
    return inserted.changes === 1;
  }
  const updated = db
    .update(settings)
    .set({ value: text, updatedAt: at, version: sql`${settings.version} + 1` })
    .where(and(eq(settings.key, KEY), eq(settings.version, version)))
    .run();
  return updated.changes === 1;
}
