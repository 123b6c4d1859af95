import path from 'node:path';
import { app, dialog } from 'electron';
import { startBackend, type Backend } from '../compose';
import { clockFromEnvironment, systemClock } from '../backend/clock';
import { randomIds } from '../backend/ids';
import { assertKeysOutsideData, moveKeysOutOf } from '../backend/audit/key-store';
import { DesktopSharing } from '../host/desktop-sharing';
import { dialogFileSaver } from './dialog-saver';
import { createKeyStore } from './safe-storage-keys';

export interface LocalBackend {
  backend: Backend;
  sharing: DesktopSharing;
}

/**
 * This computer's own backend ("Use on this computer only", and the desktop
 * host): started only when chosen, so a seat never opens a database of its own.
 */
export async function startLocalBackend(appRoot: string, dataFolder: string): Promise<LocalBackend> {
  // The wrapped keys and the anchor live beside the data folder, not in it: a copy of the data folder cannot be re-sealed.
  // Beside this profile's data folder (`<appData>/<name> keys` normally), so each profile has its own anchor.
  const keysFolder = `${dataFolder} keys`;
  assertKeysOutsideData(keysFolder, dataFolder);
  moveKeysOutOf(path.join(dataFolder, 'keys'), keysFolder);
  const bound: { sharing?: DesktopSharing } = {};
  // Migrations (with a backup first) finish before the window shows anything of the data.
  const backend = await startBackend({
    file: path.join(dataFolder, 'panel.sqlite'),
    migrationsFolder: path.join(appRoot, 'db', 'migrations'),
    backupFolder: path.join(dataFolder, 'backups'),
    // A fixed date (PANEL_FIXED_TODAY) is for tests of unpackaged builds only, never for real use.
    clock: app.isPackaged ? systemClock : clockFromEnvironment(process.env),
    ids: randomIds,
    identity: { productName: app.getName(), version: app.getVersion(), transport: 'ipc' },
    keys: await createKeyStore(keysFolder),
    saver: dialogFileSaver,
    autoBackup: true,
    // "Share with other computers": the host's certificate is made in the keys folder, never the data folder.
    sharing: (own) =>
      (bound.sharing = new DesktopSharing(own, {
        staticRoot: path.join(appRoot, 'dist', 'renderer'),
        certificateFolder: path.join(keysFolder, 'host-tls'),
      })),
  });
  if (backend.startupBackupProblem) dialog.showErrorBox('The start-up backup failed', backend.startupBackupProblem);
  if (!bound.sharing) throw new Error('The desktop host was not bound');
  return { backend, sharing: bound.sharing };
}
