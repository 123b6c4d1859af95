import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { foldersBeside, startBackend } from '../backend/backend';
import { FileKeyStore } from '../backend/audit/key-store';
import { folderFileSaver } from '../backend/file-saver';
import { clockFromEnvironment } from '../backend/clock';
import { randomIds } from '../backend/ids';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemo } from './generate-demo';

/** `npm run demo`: a fresh demo database at .data/demo.sqlite (replaced each time). */
const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { db: { type: 'string', default: path.join(root, '.data', 'demo.sqlite') } } });
const file = path.resolve(values.db);
mkdirSync(path.dirname(file), { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });

const clock = clockFromEnvironment(process.env);
const backend = await startBackend({
  file,
  migrationsFolder: path.join(root, 'db', 'migrations'),
  backupFolder: foldersBeside(file).backups,
  keys: new FileKeyStore(foldersBeside(file).keys),
  saver: folderFileSaver(foldersBeside(file).exports),
  clock,
  ids: randomIds,
  identity: { productName: 'Fostering Panel', version: 'demo', transport: 'loopback' },
});
try {
  const result = await generateDemo(backend.router, clock.today());
  console.log(`Demo database written to ${file}: ${result.members} central-list members, ${result.users} users.`);
  console.log(`Sign in as ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} with the password "${DEMO_PASSWORD}".`);
  console.log('Everyone except admin is asked to choose a new password at first sign-in.');
} finally {
  backend.close();
}
