import { eq } from 'drizzle-orm';
import { AppSettings, DEFAULT_SETTINGS, type AppSettings as Settings } from '../../../shared/schemas/settings';
import type { AppDatabase } from '../../../db/connection';
import { settings } from '../../../db/schema';

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

/** The settings, read-only: change them with writeSettings. */
export function readSettings(db: AppDatabase): Settings {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  if (parsedLast?.text === row.value) return parsedLast.settings;
  const parsed = AppSettings.safeParse({ ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as object) });
  const result = deepFreeze(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  parsedLast = { text: row.value, settings: result };
  return result;
}

export function writeSettings(db: AppDatabase, value: Settings, at: string): void {
  db.insert(settings)
    .values({ key: KEY, value: JSON.stringify(value), updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: at } })
    .run();
}
