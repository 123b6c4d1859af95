/**
 * `npm run test:crash`: the long crash-safety run (quality.md, Reliability).
 *
 *   tsx tests/crash/run-crash.ts [--kills 200] [--seed N] [--fault open-transaction] [--keep-going] [--keep-files]
 *   tsx tests/crash/run-crash.ts --network [--seats 3] [--kills 200] [--seed N] [--fault fresh-keys] [--keep-files]
 *
 * `--network` kills the service host instead, while seats write to it over
 * HTTPS with idempotency keys (network-harness.ts).
 *
 * CRASH_KILLS and CRASH_SEED set the same from the environment. Prints its
 * figures; exits 1 if any acknowledged commit was lost or any check failed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatFigures, runCrashHarness } from './harness';
import { formatNetworkFigures, runNetworkCrashHarness } from './network-harness';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: process.env.CRASH_KILLS ?? '200' },
    seed: { type: 'string', default: process.env.CRASH_SEED ?? String(Date.now() % 2 ** 31) },
    fault: { type: 'string' },
    'keep-going': { type: 'boolean', default: false },
    'keep-files': { type: 'boolean', default: false },
    network: { type: 'boolean', default: false },
    seats: { type: 'string', default: '3' },
  },
});
const kills = Number(values.kills);
const seed = Number(values.seed);
if (!Number.isInteger(kills) || kills < 1) throw new Error(`--kills must be a whole number, not ${values.kills}`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not ${values.seed}`);

const seats = Number(values.seats);
if (!Number.isInteger(seats) || seats < 1) throw new Error(`--seats must be a whole number, not ${values.seats}`);

const folder = mkdtempSync(path.join(tmpdir(), 'panel-crash-'));
const mode = values.network ? `the host over the network, ${seats} seats` : 'a writer in-process';
console.log(`Crash harness (${mode}): ${kills} kills, seed ${seed}, in ${folder}`);
const log = (message: string) => console.log(message);
let passed: boolean;
if (values.network) {
  const fault = values.fault ? { fault: values.fault } : {};
  const figures = await runNetworkCrashHarness({ kills, seed, folder, seats, log, ...fault });
  console.log(`\n${formatNetworkFigures(figures)}`);
  passed = figures.failedChecks === 0 && figures.kills === kills;
} else {
  const figures = await runCrashHarness({
    kills,
    seed,
    folder,
    ...(values.fault ? { fault: values.fault } : {}),
    keepGoing: values['keep-going'],
    log,
  });
  console.log(`\n${formatFigures(figures)}`);
  passed = figures.failedChecks === 0 && figures.kills === kills;
}
if (passed && !values['keep-files']) {
  rmSync(folder, { recursive: true, force: true });
  rmSync(`${folder}-keys`, { recursive: true, force: true });
} else console.log(`Files kept in ${folder}`);
console.log(passed ? 'PASSED' : `FAILED (replay with --seed ${seed})`);
process.exit(passed ? 0 : 1);
