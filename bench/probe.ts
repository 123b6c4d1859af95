import { parseArgs } from 'node:util';
import { openDatabase } from '../db/migrate';
import path from 'node:path';
import { MIGRATIONS_FOLDER, benchClock, benchKeys, openBenchBackend } from './open-backend';
import { everyScreenOnce } from './reads';
import { pickSamples } from './samples';

/**
 * Run in a fresh process by the bench (`node --import tsx bench/probe.ts --db F --today D`):
 * the cold start-up figures and the memory a main process holds after every
 * screen's reads once. Prints one JSON line.
 */
export interface ProbeOutput {
  openCheckMs: number[];
  quickCheck: string;
  rssMb: number;
}

const OPENS = 5;

const { values } = parseArgs({ options: { db: { type: 'string' }, today: { type: 'string' } } });
const file = values.db;
const today = values.today;
if (!file || !today) throw new Error('Usage: probe.ts --db <file> --today <YYYY-MM-DD>');

const openCheckMs: number[] = [];
let quickCheck = '';
for (let i = 0; i < OPENS; i += 1) {
  const started = performance.now();
  const opened = await openDatabase({
    file,
    migrationsFolder: MIGRATIONS_FOLDER,
    backupFolder: path.join(path.dirname(file), 'backups'),
    now: benchClock(today).now(),
    key: benchKeys(file).loadDatabaseKey(),
  });
  quickCheck = String(opened.sqlite.pragma('quick_check', { simple: true }));
  openCheckMs.push(performance.now() - started);
  opened.sqlite.close();
}

const backend = await openBenchBackend(file, benchClock(today));
await everyScreenOnce(backend, pickSamples(backend.store.sqlite, today));
const rssMb = Math.round((process.memoryUsage().rss / 1024 / 1024) * 10) / 10;
backend.close();
const output: ProbeOutput = { openCheckMs, quickCheck, rssMb };
console.log(JSON.stringify(output));
