import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { SqliteHandle } from '../db/connection';
import { BUDGETS } from './budgets';
import { measureDashboardUsable } from './browser';
import { measureDocuments } from './documents';
import { measureInspectionBundle } from './inspection-bundle';
import { measureDataReturn } from './data-return';
import { measureTemplatedLetters } from './templates';
import { measureEncryptionCost, printEncryptionCost, type EncryptionCostResult } from './encryption';
import { growthRows } from './growth';
import { BENCH_SEED, BENCH_TODAY, GENERATOR_VERSION, ensureHistory, workingCopy } from './history';
import { benchClock, benchKeys, openBenchBackend, REPO_ROOT } from './open-backend';
import { printResults } from './print';
import type { ProbeOutput } from './probe';
import { measureRead } from './reads';
import { RESULTS_FORMAT, type BenchResults, type ReadResult, type SizeResult } from './results';
import { pickSamples } from './samples';
import { SCREEN_READS } from './screens';
import { judge, statsOf } from './stats';

/**
 * `npm run bench [-- --years 1,5,20 --seed 2019 --no-browser]`: generates (or
 * reuses) each history, measures it and prints a table; the JSON goes to
 * bench-results/. It reports figures against the budgets and never fails on them.
 */
const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '1,5,20' },
    seed: { type: 'string', default: String(BENCH_SEED) },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(REPO_ROOT, 'bench-results') },
  },
});
const sizes = values.years
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(values.seed);

const COUNTED_TABLES: Record<string, string> = {
  sittings: `SELECT count(*) FROM sittings WHERE status <> 'planned'`,
  items: 'SELECT count(*) FROM agenda_items',
  households: 'SELECT count(*) FROM households',
  members: 'SELECT count(*) FROM members',
  recommendations: 'SELECT count(*) FROM recommendations',
  'ADM cases': 'SELECT count(*) FROM adm_cases',
  'issued documents': 'SELECT count(*) FROM issued_documents',
  'audit rows': 'SELECT count(*) FROM audit_log',
};

function counts(sqlite: SqliteHandle): Record<string, number> {
  return Object.fromEntries(
    Object.entries(COUNTED_TABLES).map(([name, sql]) => [name, sqlite.prepare(sql).pluck().get() as number]),
  );
}

/**
 * The probe bundled as the main process is (esbuild, native modules left
 * out), so its memory is the app's and not a TypeScript loader's.
 */
async function bundledProbe(): Promise<string> {
  // Beside its source, so paths it finds from its own URL (the migrations) still resolve.
  const outfile = path.join(REPO_ROOT, 'bench', '.probe.mjs');
  await build({
    entryPoints: [path.join(REPO_ROOT, 'bench', 'probe.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['better-sqlite3', '@node-rs/argon2'],
    banner: {
      js: "import { createRequire as createBenchRequire } from 'node:module'; const require = createBenchRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return outfile;
}

async function probe(file: string): Promise<ProbeOutput> {
  const script = await bundledProbe();
  let output: string;
  try {
    output = execFileSync(process.execPath, [script, '--db', file, '--today', BENCH_TODAY], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
  } finally {
    rmSync(script, { force: true });
  }
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as ProbeOutput;
}

async function measureSize(years: number): Promise<SizeResult> {
  const cached = await ensureHistory(years, seed);
  const copy = await workingCopy(cached);
  try {
    console.log(`Measuring ${years} year(s): start-up and memory in a fresh process …`);
    const probed = await probe(copy.file);
    const openCheck = statsOf(probed.openCheckMs);
    if (probed.quickCheck !== 'ok') console.warn(`quick_check said: ${probed.quickCheck}`);
    const backend = await openBenchBackend(copy.file, benchClock(BENCH_TODAY));
    let reads: ReadResult[] = [];
    let operations: SizeResult['operations'] = [];
    let tally: Record<string, number> = {};
    try {
      const samples = pickSamples(backend.store.sqlite, BENCH_TODAY);
      tally = counts(backend.store.sqlite);
      console.log(`  screen reads (${SCREEN_READS.length}) …`);
      for (const entry of SCREEN_READS) {
        const result = await measureRead(backend, samples, entry);
        if (result) reads.push(result);
      }
      console.log('  encryption cost (the same reads on a plain twin) …');
      encryptionCosts.push(
        await measureEncryptionCost(backend, samples, copy.file, benchKeys(copy.file).loadDatabaseKey(), years),
      );
      console.log('  documents …');
      operations = await measureDocuments(backend, samples);
      console.log('  inspection bundle and case chain …');
      operations.push(...(await measureInspectionBundle(backend, samples)));
      console.log('  annual data return …');
      operations.push(...(await measureDataReturn(backend, samples)));
      operations.push(...(await measureTemplatedLetters(backend, samples, operations)));
    } finally {
      backend.close();
    }
    operations.push({
      name: 'Open + migrate check + quick_check',
      stats: openCheck,
      judged: judge(openCheck.p50, BUDGETS.openCheck),
    });
    reads = reads.sort((a, b) => (b.judged.pass === false ? 1 : 0) - (a.judged.pass === false ? 1 : 0));
    let dashboardUsable = null;
    if (!values['no-browser']) {
      console.log('  Chromium …');
      dashboardUsable = await measureDashboardUsable(copy.file, BENCH_TODAY);
      if (!dashboardUsable) console.log('  (skipped: run `npx vite build --config renderer/vite.config.mjs` first)');
    }
    return {
      years,
      seed,
      generatorVersion: GENERATOR_VERSION,
      counts: tally,
      reads,
      operations,
      rssMb: judge(probed.rssMb, BUDGETS.rssMb),
      dashboardUsable,
    };
  } finally {
    copy.dispose();
  }
}

const encryptionCosts: EncryptionCostResult[] = [];
const startedAt = new Date().toISOString();
const measured: SizeResult[] = [];
for (const years of sizes) measured.push(await measureSize(years));
const results: BenchResults = {
  format: RESULTS_FORMAT,
  startedAt,
  machine: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpus: os.cpus().length },
  sizes: measured,
  growth: growthRows(measured),
};
console.log(printResults(results));
for (const cost of encryptionCosts) console.log(`\n${printEncryptionCost(cost)}`);
mkdirSync(values.out, { recursive: true });
const file = path.join(values.out, `bench-${startedAt.replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(values.out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(path.join(values.out, 'encryption-latest.json'), `${JSON.stringify(encryptionCosts, null, 2)}\n`);
console.log(`Results written to ${path.relative(REPO_ROOT, file)} (and latest.json).`);
