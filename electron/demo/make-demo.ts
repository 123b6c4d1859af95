import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startBackend } from '../backend/backend';
import { clockFromEnvironment } from '../backend/clock';
import { randomIds } from '../backend/ids';
import { generateDemo } from './generate-demo';

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
  backupFolder: path.join(path.dirname(file), 'backups'),
  clock,
  ids: randomIds,
  identity: { productName: 'Fostering Panel', version: 'demo', transport: 'loopback' },
});
try {
  const result = await generateDemo(backend.router, clock.today());
  console.log(`Demo database written to ${file}: ${result.members} central-list members.`);
} finally {
  backend.close();
}
