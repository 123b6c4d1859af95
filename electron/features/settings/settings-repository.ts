import { eq } from 'drizzle-orm';
import { AppSettings, DEFAULT_SETTINGS, type AppSettings as Settings } from '../../../shared/schemas/settings';
import type { AppDatabase } from '../../../db/connection';
import { settings } from '../../../db/schema';

const KEY = 'app';

export function readSettings(db: AppDatabase): Settings {
  const row = db.select().from(settings).where(eq(settings.key, KEY)).get();
  if (!row) return DEFAULT_SETTINGS;
  const parsed = AppSettings.safeParse({ ...DEFAULT_SETTINGS, ...(JSON.parse(row.value) as object) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function writeSettings(db: AppDatabase, value: Settings, at: string): void {
  db.insert(settings)
    .values({ key: KEY, value: JSON.stringify(value), updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: JSON.stringify(value), updatedAt: at } })
    .run();
}
