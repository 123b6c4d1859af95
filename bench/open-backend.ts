import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileKeyStore } from '../electron/backend/audit/key-store';
import { startBackend, type Backend } from '../electron/compose';
import { fixedClock, type Clock } from '../electron/backend/clock';
import { folderFileSaver } from '../electron/backend/file-saver';
import { randomIds } from '../electron/backend/ids';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const MIGRATIONS_FOLDER = path.join(REPO_ROOT, 'db', 'migrations');

/** The moment every measurement is taken at: 09:00 on the history's last day. */
export function benchClock(today: string): Clock {
  return fixedClock(new Date(`${today}T09:00:00`));
}

/** The key store kept beside a bench database (as browser mode keeps it): keys/ in the same folder. */
export function benchKeys(file: string): FileKeyStore {
  return new FileKeyStore(path.join(path.dirname(file), 'keys'));
}

/** The real backend on a working copy of a generated history, as the app opens it (no start-up backup). */
export function openBenchBackend(file: string, clock: Clock): Promise<Backend> {
  const folder = path.dirname(file);
  return startBackend({
    file,
    migrationsFolder: MIGRATIONS_FOLDER,
    backupFolder: path.join(folder, 'backups'),
    keys: benchKeys(file),
    saver: folderFileSaver(path.join(folder, 'exports')),
    clock,
    ids: randomIds,
    identity: { productName: 'Fostering Panel', version: 'bench', transport: 'loopback' },
  });
}
