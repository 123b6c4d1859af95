import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackend, type Backend } from '../../electron/backend/backend';
import type { Clock } from '../../electron/backend/clock';
import { sequentialIds } from '../../electron/backend/ids';
import type { SessionProvider } from '../../electron/backend/session';
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

/** The real backend on a real SQLite file, with a fixed clock and predictable IDs. */
export async function openTestBackend(
  options: { clock?: Clock; session?: SessionProvider; folder?: string } = {},
): Promise<TestBackend> {
  const folder = options.folder ?? tempFolder();
  const file = path.join(folder, 'panel.sqlite');
  const backend = await startBackend({
    file,
    migrationsFolder: MIGRATIONS_FOLDER,
    backupFolder: path.join(folder, 'backups'),
    clock: options.clock ?? testClock,
    ids: sequentialIds('t'),
    identity: { productName: 'Fostering Panel', version: 'test', transport: 'loopback' },
    ...(options.session ? { session: options.session } : {}),
  });
  return {
    ...backend,
    file,
    folder,
    dispose: () => {
      backend.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Every row of every table, as text: equal before and after means nothing changed. */
export function databaseSnapshot(backend: Backend): string {
  const tables = backend.sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
  }[];
  return JSON.stringify(
    tables.map(({ name }) => [name, backend.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]),
  );
}
