import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/migrate';
import { steppingClock } from '../electron/backend/clock';
import { generateServiceHistory, historyStart } from '../electron/demo/service-history';
import { LARGE_COUNTY_SIZE } from '../electron/demo/service-size';
import { benchKeys, MIGRATIONS_FOLDER, openBenchBackend, REPO_ROOT } from './open-backend';

/**
 * Bump when electron/demo changes what it generates (or the schema changes
 * shape): cached histories with another version are not reused.
 */
export const GENERATOR_VERSION = 5;
/**
 * The last day of every benchmark history. Sittings can only be planned for
 * 2015–2040, so a 20-year history has to end after 2035.
 */
export const BENCH_TODAY = '2036-11-23';
export const BENCH_SEED = 2019;
export const CACHE_FOLDER = path.join(REPO_ROOT, '.data', 'bench');

export function cachedHistoryFile(years: number, seed = BENCH_SEED): string {
  return path.join(CACHE_FOLDER, `history-g${GENERATOR_VERSION}-y${years}-s${seed}.sqlite`);
}

/** The cached history of `years` years, generated through the router first if it is not there yet. */
export async function ensureHistory(years: number, seed = BENCH_SEED, log = console.log): Promise<string> {
  const file = cachedHistoryFile(years, seed);
  // A history is only renamed into place once complete, so the file alone says it is there.
  if (existsSync(file)) return file;
  mkdirSync(CACHE_FOLDER, { recursive: true });
  const building = `${file}.building`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(building + suffix, { force: true });
  log(`Generating a ${years}-year history (seed ${seed}); this is cached in ${CACHE_FOLDER} …`);
  const started = performance.now();
  const clock = steppingClock(historyStart({ years, today: BENCH_TODAY }));
  const backend = await openBenchBackend(building, clock);
  try {
    await generateServiceHistory(backend.router, clock, { years, seed, today: BENCH_TODAY, size: LARGE_COUNTY_SIZE });
  } finally {
    backend.close();
  }
  renameSync(building, file);
  log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

/**
 * A throwaway copy of a cached history to measure on, so the cache itself is
 * never written; brought up to the current schema first, so that a history
 * cached before a migration does not time the migration as a start-up.
 */
export async function workingCopy(file: string): Promise<{ file: string; dispose(): void }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'panel-bench-'));
  const copy = path.join(folder, 'panel.sqlite');
  copyFileSync(file, copy);
  // The copy is encrypted with the cache's database key (and sealed with its audit key): they travel with it.
  const keys = path.join(path.dirname(file), 'keys');
  if (existsSync(keys)) cpSync(keys, path.join(folder, 'keys'), { recursive: true });
  const opened = await openDatabase({
    file: copy,
    migrationsFolder: MIGRATIONS_FOLDER,
    backupFolder: path.join(folder, 'backups'),
    now: new Date(`${BENCH_TODAY}T09:00:00`),
    key: benchKeys(copy).loadDatabaseKey(),
  });
  opened.sqlite.close();
  return { file: copy, dispose: () => rmSync(folder, { recursive: true, force: true }) };
}
