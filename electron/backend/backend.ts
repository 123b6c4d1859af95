import { openDatabase, type SchemaState } from '../../db/migrate';
import type { AppDatabase, SqliteHandle } from '../../db/connection';
import { registerApp, type AppIdentity } from '../features/app/register-app';
import { registerMembers } from '../features/members/register-members';
import type { Clock } from './clock';
import { EventBus } from './event-bus';
import type { IdGenerator } from './ids';
import { Router } from './router';
import { localAdministratorSession, type SessionProvider } from './session';

export interface BackendOptions {
  file: string;
  migrationsFolder: string;
  backupFolder: string;
  clock: Clock;
  ids: IdGenerator;
  identity: AppIdentity;
  session?: SessionProvider;
}

export interface Backend {
  router: Router;
  events: EventBus;
  db: AppDatabase;
  sqlite: SqliteHandle;
  schemaState: SchemaState;
  preMigrationBackup: string | null;
  close(): void;
}

/**
 * Everything behind the transports: open (and if need be migrate) the
 * database, then bind every channel. Both Electron and the loopback server
 * start here, so they run exactly the same backend.
 */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const opened = await openDatabase({
    file: options.file,
    migrationsFolder: options.migrationsFolder,
    backupFolder: options.backupFolder,
    now: options.clock.now(),
  });
  const events = new EventBus();
  const router = new Router({
    db: opened.db,
    sqlite: opened.sqlite,
    clock: options.clock,
    ids: options.ids,
    session: options.session ?? localAdministratorSession,
    events,
  });
  registerApp(router, options.identity);
  registerMembers(router);
  const missing = router.missingHandlers();
  if (missing.length > 0) {
    opened.sqlite.close();
    throw new Error(`Channels without a handler: ${missing.join(', ')}`);
  }
  return {
    router,
    events,
    db: opened.db,
    sqlite: opened.sqlite,
    schemaState: opened.state,
    preMigrationBackup: opened.preMigrationBackup,
    close: () => opened.sqlite.close(),
  };
}
