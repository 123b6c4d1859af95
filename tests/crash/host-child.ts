/**
 * The process the network mode of the crash harness kills: the service host
 * (the real backend and the real HTTPS transport, as `npm run serve` starts
 * them) on one database file, with the test's certificate. The seats writing
 * to it live in the harness; they carry on across its deaths.
 *
 *   host-child --db FILE --migrations FOLDER --cert FILE --key FILE --port N --static FOLDER
 */
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { foldersBeside, keysFolderFor, startBackend } from '../../electron/compose';
import { fixedClock } from '../../electron/backend/clock';
import { folderFileSaver } from '../../electron/backend/file-saver';
import { randomIds } from '../../electron/backend/ids';
import { startHostServer } from '../../electron/host/host-server';
import { loadTlsMaterial } from '../../electron/host/tls-material';
import { encodeLine } from './protocol';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      migrations: { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      port: { type: 'string' },
      static: { type: 'string' },
    },
  });
  const { db, migrations, cert, key, port, static: staticRoot } = values;
  if (!db || !migrations || !cert || !key || !port || !staticRoot) throw new Error('host-child: missing options');
  const folders = foldersBeside(db);
  const backend = await startBackend({
    file: db,
    migrationsFolder: migrations,
    backupFolder: folders.backups,
    keys: new FileKeyStore(keysFolderFor(db)),
    saver: folderFileSaver(folders.exports),
    clock: fixedClock(new Date('2026-11-23T09:00:00')),
    ids: randomIds,
    identity: { productName: 'Fostering Panel', version: 'crash-harness', transport: 'network' },
  });
  await startHostServer(backend, {
    listen: { host: '127.0.0.1', port: Number(port) },
    staticRoot,
    tls: loadTlsMaterial(cert, key),
  });
  writeSync(1, encodeLine({ type: 'ready', pid: process.pid }));
}

main().catch((error: unknown) => {
  process.stderr.write(`host-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
