import { eq } from 'drizzle-orm';
import { ServiceSetUpState } from '../../shared/schemas/service-set-up';
import type { AppDatabase, ReadableDb } from '../connection';
import { preparedQuery } from '../prepared';
import { settings } from '../schema';

/** Its own key in the settings table, beside the service's settings ('app'), so a settings save never resets it. */
const KEY = 'serviceSetUp';

const storedState = preparedQuery((db) =>
  db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).prepare(),
);

/** No row: an installation from before the set-up, or a database with no account yet: nothing to ask. */
export function readServiceSetUpState(db: ReadableDb): ServiceSetUpState {
  const row = storedState(db).get();
  const parsed = ServiceSetUpState.safeParse(row?.value);
  return parsed.success ? parsed.data : 'done';
}

export function writeServiceSetUpState(db: AppDatabase, state: ServiceSetUpState, at: string): void {
  db.insert(settings)
    .values({ key: KEY, value: state, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: state, updatedAt: at } })
    .run();
}
