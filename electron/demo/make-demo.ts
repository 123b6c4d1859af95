import { rmSync } from 'node:fs';
import { ownDataFolder } from '../../db/owner-only';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { foldersBeside, keysFolderFor, startBackend } from '../compose';
import { FileKeyStore } from '../backend/audit/key-store';
import { folderFileSaver } from '../backend/file-saver';
import { clockFromEnvironment, steppingClock } from '../backend/clock';
import { randomIds } from '../backend/ids';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './generate-demo';
import { generateServiceHistory, historyStart } from './service-history';
import { toIsoDate } from '../../shared/domain/dates';

/**
 * `npm run demo`: a fresh demo database at .data/demo.sqlite (replaced each
 * time) holding a year of panel business up to now. `--years 5` builds more.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    db: { type: 'string', default: path.join(root, '.data', 'demo.sqlite') },
    years: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2019' },
  },
});
const file = path.resolve(values.db);
ownDataFolder(path.dirname(file));
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
// A fresh database starts a fresh audit trail: the old one's anchor would say entries had been removed.
rmSync(keysFolderFor(file), { recursive: true, force: true });

// The history is written with a clock that walks through it, ending at the real (or pinned) now.
const now = clockFromEnvironment(process.env).now();
const years = Number(values.years);
const today = toIsoDate(now);
const clock = steppingClock(historyStart({ years, today }));
const backend = await startBackend({
  file,
  migrationsFolder: path.join(root, 'db', 'migrations'),
  backupFolder: foldersBeside(file).backups,
  keys: new FileKeyStore(keysFolderFor(file)),
  saver: folderFileSaver(foldersBeside(file).exports),
  clock,
  ids: randomIds,
  identity: { productName: 'Fostering Panel', version: 'demo', transport: 'loopback' },
});
try {
  const started = performance.now();
  const result = await generateServiceHistory(backend.router, clock, {
    years,
    seed: Number(values.seed),
    today,
    endAt: now,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Demo database written to ${file} in ${seconds} s: ${result.from} to ${result.to}, ${result.households} households, ` +
      `${result.sittings.main} main and ${result.sittings.extra} extra sittings held, ` +
      `${result.tally.recommendations ?? 0} recommendations, ${result.tally['adm decisions'] ?? 0} ADM decisions, ` +
      `${result.tally.documents ?? 0} issued documents.`,
  );
  console.log(`Sign in as ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} with the password "${DEMO_PASSWORD}".`);
  console.log('Everyone except admin is asked to choose a new password at first sign-in.');
} finally {
  backend.close();
}
