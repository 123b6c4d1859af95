import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldersBeside, keysFolderFor, startBackend, type Backend } from './compose';
import { FileKeyStore, moveKeysOutOf } from './backend/audit/key-store';
import { withDatabaseKeyFromEnvironment } from './backend/audit/database-key';
import { downloadSaver, type DownloadSaver } from './backend/download-saver';
import { clockFromEnvironment } from './backend/clock';
import { randomIds } from './backend/ids';
import { ownDataFolder } from '../db/owner-only';
import { DesktopSharing } from './host/desktop-sharing';

/** The repository's root: migrations, the built UI and package.json live below it. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface ServedBackend {
  backend: Backend;
  /** Files main makes go to the window or seat that asked, as downloads: never into a folder on the host. */
  downloads: DownloadSaver;
  keysFolder: string;
  /** The desktop host's sharing, when started as the desktop app's stand-in. */
  sharing: DesktopSharing | null;
}

/**
 * The backend as the Node servers run it (browser mode and the service host):
 * an owner-only data folder, the keys outside it (or the database key in
 * PANEL_DATABASE_KEY), downloads instead of an exports folder, the daily backup.
 */
export async function startServedBackend(options: {
  file: string;
  keys: string | undefined;
  transport: 'loopback' | 'network';
  /** Acts as the desktop app would, "Share with other computers" included (browser mode stands in for it). */
  desktopHost?: { staticRoot: string };
}): Promise<ServedBackend> {
  const { file } = options;
  const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string;
    productName: string;
  };
  ownDataFolder(path.dirname(file));
  const keysFolder = keysFolderFor(file, options.keys);
  moveKeysOutOf(foldersBeside(file).legacyKeys, keysFolder);
  const downloads = downloadSaver();
  const bound: { sharing?: DesktopSharing } = {};
  const backend = await startBackend({
    file,
    migrationsFolder: path.join(REPO_ROOT, 'db', 'migrations'),
    backupFolder: foldersBeside(file).backups,
    keys: withDatabaseKeyFromEnvironment(new FileKeyStore(keysFolder), process.env),
    saver: downloads,
    clock: clockFromEnvironment(process.env),
    ids: randomIds,
    identity: { productName: pkg.productName, version: pkg.version, transport: options.transport },
    autoBackup: true,
    ...(options.desktopHost
      ? {
          sharing: (own: Backend) =>
            (bound.sharing = new DesktopSharing(own, {
              staticRoot: options.desktopHost?.staticRoot ?? '',
              certificateFolder: path.join(keysFolder, 'host-tls'),
              downloads,
            })),
        }
      : {}),
  });
  if (backend.startupBackupProblem)
    console.error(`WARNING: the start-up backup failed: ${backend.startupBackupProblem}`);
  if (backend.preMigrationBackup)
    console.log(`Backed up the database before updating it: ${backend.preMigrationBackup}`);
  return { backend, downloads, keysFolder, sharing: bound.sharing ?? null };
}

/** Stops the server and closes the database on Ctrl+C or a service manager's TERM. */
export function stopOnSignals(close: () => Promise<void>, backend: Backend): void {
  const stop = async (): Promise<void> => {
    await close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
