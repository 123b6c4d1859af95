import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { keysFolderFor, startBackend, type Backend, type BackendOptions } from '../../electron/compose';
import { downloadSaver, type DownloadSaver } from '../../electron/backend/download-saver';
import { folderFileSaver, type FileSaver } from '../../electron/backend/file-saver';
import type { Clock } from '../../electron/backend/clock';
import { sequentialIds } from '../../electron/backend/ids';
import type { Sender } from '../../electron/backend/sender';
import type { SessionProvider } from '../../electron/backend/session';
import type { Role } from '../../shared/contract/roles';
import { insertUser } from '../../db/repositories/users-repository';
import { hashPassword } from '../../electron/features/auth/passwords';
import { testClock } from './clock';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../db/migrations', import.meta.url));

/** A fresh folder for one test's database files. */
export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'panel-test-'));
}

export interface TestBackend extends Backend {
  file: string;
  folder: string;
  dispose(): void;
}

/**
 * The key folder of the backend kept in `folder`: outside it, where
 * `openTestBackend` and browser mode keep it (`<folder>-keys/panel`).
 */
export function keysFolderOf(folder: string): string {
  return keysFolderFor(path.join(folder, 'panel.sqlite'), undefined, {});
}

/** The database key of the backend kept in `folder`, for opening its database, or preparing one, outside the backend. */
export function databaseKeyFor(folder: string): Buffer {
  return new FileKeyStore(keysFolderOf(folder)).loadDatabaseKey();
}

/** The real backend on a real SQLite file, with a fixed clock and predictable IDs. */
export async function openTestBackend(
  options: {
    clock?: Clock;
    session?: SessionProvider;
    folder?: string;
    autoBackup?: boolean;
    idPrefix?: string;
    migrationsFolder?: string;
    /** Where files main makes go; a folder of the test's own by default. */
    saver?: FileSaver;
    /** The desktop host's sharing, as the desktop app binds it. */
    sharing?: BackendOptions['sharing'];
  } = {},
): Promise<TestBackend> {
  const folder = options.folder ?? tempFolder();
  const file = path.join(folder, 'panel.sqlite');
  const backend = await startBackend({
    file,
    migrationsFolder: options.migrationsFolder ?? MIGRATIONS_FOLDER,
    backupFolder: path.join(folder, 'backups'),
    keys: new FileKeyStore(keysFolderOf(folder)),
    saver: options.saver ?? folderFileSaver(path.join(folder, 'exports')),
    autoBackup: options.autoBackup ?? false,
    clock: options.clock ?? testClock,
    ids: sequentialIds(options.idPrefix ?? 't'),
    identity: { productName: 'Fostering Panel', version: 'test', transport: 'loopback' },
    ...(options.session ? { session: options.session } : {}),
    ...(options.sharing ? { sharing: options.sharing } : {}),
  });
  return {
    ...backend,
    file,
    folder,
    dispose: () => {
      backend.close();
      rmSync(folder, { recursive: true, force: true });
      rmSync(`${folder}-keys`, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, as text: equal before and after means nothing changed. */
export function databaseSnapshot(backend: Backend): string {
  const tables = backend.store.sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
    .all() as {
    name: string;
  }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, backend.store.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}

/** The browser-mode sender: one session per launch. */
export const LOOPBACK: Sender = { transport: 'loopback', tokenVerified: true };

export const TEST_PASSWORD = 'plum-kettle-harbour-42';

let userCounter = 0;

/** Creates a user straight in the store (no audit row) and logs them in for `sender`. */
export async function signIn(
  backend: Backend,
  roles: Role[] = ['administrator'],
  sender: Sender = LOOPBACK,
): Promise<{ userId: string; username: string }> {
  userCounter += 1;
  const userId = `user-${userCounter}`;
  const username = `tester${userCounter}`;
  insertUser(
    backend.store.db,
    {
      id: userId,
      username,
      displayName: `Tester ${userCounter}`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      roles,
      memberId: null,
      mustChangePassword: false,
    },
    new Date().toISOString(),
  );
  backend.sessions.start(sender, {
    userId,
    username,
    displayName: `Tester ${userCounter}`,
    roles,
    memberId: null,
    mustChangePassword: false,
  });
  return { userId, username };
}

/** A signed-in backend whose files are handed over as downloads (by the host or browser mode), and who signed in. */
export async function openDownloadingBackend(): Promise<{
  backend: TestBackend;
  downloads: DownloadSaver;
  username: string;
  userId: string;
}> {
  const downloads = downloadSaver();
  const backend = await openTestBackend({ saver: downloads });
  const { username, userId } = await signIn(backend);
  return { backend, downloads, username, userId };
}

/** The shipped migrations less the newest: what the previous version of the app would have run. */
export function previousVersionMigrations(): string {
  return migrationsKeeping((entries) => entries.length - 1);
}

/**
 * The shipped migrations up to and including `tag`: a database the app of that
 * version would have written, for testing a later migration against real data
 * of its time (for example `migrationsThrough(RELEASE_2026_11)`).
 */
export function migrationsThrough(tag: string): string {
  return migrationsKeeping((entries) => {
    const at = entries.findIndex((entry) => entry.tag === tag);
    if (at < 0) throw new Error(`No shipped migration is tagged ${tag}`);
    return at + 1;
  });
}

/** The last migration of the November 2026 release, before the regulatory corrections. */
export const RELEASE_2026_11 = '0012_list_indexes';

/** The last migration of the early December 2026 release, with the regulatory corrections (issue 16). */
export const RELEASE_2026_12 = '0017_retention';

function migrationsKeeping(count: (entries: readonly { tag: string }[]) => number): string {
  const folder = path.join(tempFolder(), 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const kept = count(journal.entries);
  if (kept < 1) throw new Error('No migrations shipped');
  for (const dropped of journal.entries.splice(kept)) rmSync(path.join(folder, `${dropped.tag}.sql`));
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

/** Calls the router as the signed-in loopback window, failing loudly on a refusal: `as<T>(channel, input)`. */
export function loopbackCaller(backend: () => TestBackend) {
  return async function as<T>(channel: string, input: unknown): Promise<T> {
    const result = await backend().router.dispatch(LOOPBACK, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
}
