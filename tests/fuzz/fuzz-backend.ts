import { createHash } from 'node:crypto';
import { insertUser } from '../../db/repositories/users-repository';
import type { Actor } from '../../electron/backend/actor';
import { rolesAllowed } from '../../shared/contract/permissions';
import { Role } from '../../shared/contract/roles';
import { LOOPBACK, databaseSnapshot } from '../factories/backend';
import { openReportScenario } from '../factories/report-scenario';

/**
 * The real backend on a real SQLite file holding a year of panel business
 * (the annual report's scenario: sittings, items, recommendations, decisions,
 * letters, complaints), with one user per role whose session the fuzzer
 * switches to before each call.
 */
export async function openFuzzBackend() {
  const scenario = await openReportScenario();
  const { backend } = scenario.panel;
  const actors = new Map<Role, Actor>();
  for (const role of Role.options) {
    const userId = `fuzz-${role}`;
    const user = { userId, username: userId, displayName: `Fuzz ${role}`, roles: [role], memberId: null };
    insertUser(
      backend.store.db,
      { id: userId, ...user, passwordHash: 'not-a-hash', mustChangePassword: false },
      new Date().toISOString(),
    );
    actors.set(role, { userId, displayName: user.displayName, roles: user.roles });
  }
  const totalChanges = backend.store.sqlite.prepare('SELECT total_changes() AS n').pluck();

  return {
    backend,
    /** Every record ID in the file, for inputs that name real records. */
    recordIds: recordIds(backend.store.sqlite),
    /** Signs the loopback window in afresh as a user allowed on `channel` (locks and logouts undone). */
    signInFor(channel: string): Role {
      const role = rolesAllowed(channel).includes('administrator') ? 'administrator' : rolesAllowed(channel)[0];
      const actor = role ? actors.get(role) : undefined;
      if (!role || !actor?.userId) throw new Error(`No role may call ${channel}`);
      backend.sessions.start(LOOPBACK, {
        userId: actor.userId,
        username: actor.userId,
        displayName: actor.displayName,
        roles: actor.roles,
        memberId: null,
        mustChangePassword: false,
      });
      return role;
    },
    /** Rows written on this connection so far, rolled back or not: cheap enough to read on every call. */
    changeCount: () => totalChanges.get() as number,
    /** A hash of every row of every table. */
    contentHash: () => createHash('sha256').update(databaseSnapshot(backend)).digest('hex'),
    dispose: () => backend.dispose(),
  };
}
export type FuzzBackend = Awaited<ReturnType<typeof openFuzzBackend>>;

function recordIds(sqlite: FuzzBackendSqlite): string[] {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as {
    name: string;
  }[];
  const ids = new Set<string>();
  for (const { name } of tables) {
    const columns = sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(name) as string[];
    if (!columns.includes('id')) continue;
    for (const id of sqlite.prepare(`SELECT id FROM "${name}" LIMIT 50`).pluck().all()) {
      if (typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id)) ids.add(id);
    }
  }
  return [...ids];
}
type FuzzBackendSqlite = Awaited<ReturnType<typeof openReportScenario>>['panel']['backend']['store']['sqlite'];
