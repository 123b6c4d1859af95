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
import { parseListenAddress } from './listen-address';
import { loadTlsMaterial, selfSignedMaterial, type TlsMaterial } from './tls-material';
import { startHostServer } from './host-server';

/**
 * The headless service host (`npm run serve`): the same backend and database
 * file as the desktop app, reached by every seat of the service over HTTPS.
 * For the service's own network or its VPN, never the open internet.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(root, '.data', 'panel.sqlite') },
    listen: { type: 'string', default: '127.0.0.1:8443' },
    cert: { type: 'string' },
    key: { type: 'string' },
    /** Make (once) and use a certificate of the host's own, kept in this folder. */
    'self-signed': { type: 'string' },
    /** The owner-only key folder (audit key, anchor, database key); outside the data folder. Or PANEL_KEYS_DIR. */
    keys: { type: 'string' },
    /** Another name seats use to reach the host (repeatable), when the certificate does not list it. */
    name: { type: 'string', multiple: true },
  },
});
const file = path.resolve(values.db);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  productName: string;
};

async function tlsFromOptions(listenHost: string): Promise<TlsMaterial | null> {
  if (values.cert !== undefined || values.key !== undefined) {
    if (values.cert === undefined || values.key === undefined) throw new Error('Give both --cert and --key.');
    return loadTlsMaterial(path.resolve(values.cert), path.resolve(values.key));
  }
  if (values['self-signed'] !== undefined) return selfSignedMaterial(path.resolve(values['self-signed']), listenHost);
  return null;
}

try {
  const listen = parseListenAddress(values.listen);
  const tls = await tlsFromOptions(listen.host);
  ownDataFolder(path.dirname(file));
  const keysFolder = keysFolderFor(file, values.keys);
  moveKeysOutOf(foldersBeside(file).legacyKeys, keysFolder);
  // Files main makes go to the seat that asked as downloads, never into a folder on the host.
  const downloads = downloadSaver();
  const backend = await startBackend({
    file,
    migrationsFolder: path.join(root, 'db', 'migrations'),
    backupFolder: foldersBeside(file).backups,
    keys: withDatabaseKeyFromEnvironment(new FileKeyStore(keysFolder), process.env),
    saver: downloads,
    clock: clockFromEnvironment(process.env),
    ids: randomIds,
    identity: { productName: pkg.productName, version: pkg.version, transport: 'network' },
    autoBackup: true,
  });
  const server = await startHostServer(backend, {
    listen,
    staticRoot: path.join(root, 'dist', 'renderer'),
    tls,
    extraNames: values.name ?? [],
    downloads,
  }).catch((error: unknown) => {
    backend.close();
    throw error;
  });
  if (backend.startupBackupProblem)
    console.error(`WARNING: the start-up backup failed: ${backend.startupBackupProblem}`);
  console.log(`Fostering Panel host is using ${file}, with its keys in ${keysFolder}`);
  console.log(`Seats connect to ${server.url}`);
  if (tls) console.log(`Certificate fingerprint (SHA-256), for seats to confirm:\n\n  ${tls.fingerprint}\n`);
  else console.log('No certificate: only this computer can connect (loopback, plain HTTP).');
  console.log(`PANEL_HOST_URL=${server.url}`);
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
