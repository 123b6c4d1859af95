import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { foldersBeside, keysFolderFor, startBackend } from '../compose';
import { FileKeyStore, moveKeysOutOf } from '../backend/audit/key-store';
import { withDatabaseKeyFromEnvironment } from '../backend/audit/database-key';
import { ownDataFolder } from '../../db/owner-only';
import { downloadSaver } from '../backend/download-saver';
import { clockFromEnvironment } from '../backend/clock';
import { randomIds } from '../backend/ids';
import { startLoopbackServer } from './loopback-server';

/**
 * Browser mode: the real backend on a real database file, the built UI served
 * on 127.0.0.1, for machines without an Electron binary and for end-to-end tests.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(root, '.data', 'panel.sqlite') },
    port: { type: 'string', default: '0' },
    /** The owner-only key folder (audit key and anchor); must be outside the data folder. Or PANEL_KEYS_DIR. */
    keys: { type: 'string' },
  },
});
const file = path.resolve(values.db);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
};

try {
  ownDataFolder(path.dirname(file));
  const keysFolder = keysFolderFor(file, values.keys);
  moveKeysOutOf(foldersBeside(file).legacyKeys, keysFolder);
  // Files main makes go to the browser as downloads, never into a folder on the host.
  const downloads = downloadSaver();
  const backend = await startBackend({
    file,
    migrationsFolder: path.join(root, 'db', 'migrations'),
    backupFolder: foldersBeside(file).backups,
    // Servers may give the database key in PANEL_DATABASE_KEY instead of the key file.
    keys: withDatabaseKeyFromEnvironment(new FileKeyStore(keysFolder), process.env),
    saver: downloads,
    clock: clockFromEnvironment(process.env),
    ids: randomIds,
    identity: { productName: pkg.productName, version: pkg.version, transport: 'loopback' },
    autoBackup: true,
  });
  const server = await startLoopbackServer(
    backend,
    path.join(root, 'dist', 'renderer'),
    Number(values.port),
    downloads,
  );
  if (backend.startupBackupProblem)
    console.error(`WARNING: the start-up backup failed: ${backend.startupBackupProblem}`);
  if (backend.preMigrationBackup)
    console.log(`Backed up the database before updating it: ${backend.preMigrationBackup}`);
  console.log(`Fostering Panel (browser mode) is using ${file}, with its keys in ${keysFolder}`);
  console.log(`Open this address in Chromium or Chrome:\n\n  ${server.launchUrl}\n`);
  console.log(`PANEL_URL=${server.launchUrl}`);
  const stop = async (): Promise<void> => {
    await server.close();
    backend.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
