import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/migrate';
import { FileKeyStore } from '../electron/backend/audit/key-store';
import { DEMO_PASSWORD } from '../electron/demo/generate-demo';
import { BENCH_SEED, BENCH_TODAY, ensureHistory, workingCopy } from './history';
import { benchClock, MIGRATIONS_FOLDER, openBenchBackend, REPO_ROOT } from './open-backend';
import type { Stats } from './results';
import { pickSamples } from './samples';
import { BenchSeat } from './seats-client';
import { startBenchHost } from './seats-host';
import { inProcessTimes } from './seats-in-process';
import { readsFor, runPhase, type Acknowledged, type LoadSeat, type PhaseResult, type SeatRole } from './seats-load';
import { statsOf, timeRuns } from './stats';
import { printSeats, reportJson, type SeatsReport } from './seats-print';

/**
 * `npm run bench:seats [-- --years 20 --seats 20 --seconds 60]`: a service
 * host on the N-year history, in its own process over TLS, and 20 simulated
 * seats (each its own address, session, token and idempotency keys) making a
 * busy panel day's mix of reads and writes, then ten times it. Prints p50/p95
 * per channel over the network beside the same calls in-process, the writes
 * acknowledged and lost (every acknowledged one looked for in the database
 * afterwards), and the host's memory. It reports; it never fails on timings.
 */
const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '20' },
    seed: { type: 'string', default: String(BENCH_SEED) },
    seats: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    out: { type: 'string', default: path.join(REPO_ROOT, 'bench-results') },
    /** Where to write a CPU profile of the host (open it in Chrome's DevTools): what it spent its time on. */
    'host-profile': { type: 'string' },
  },
});
const years = Number(values.years);
const seatCount = Number(values.seats);
const seconds = Number(values.seconds);

/**
 * A busy panel day: each person opens a screen or saves something about every
 * 10 seconds (6 calls a minute, a few hundred an hour), one call in eight a write.
 */
const BUSY_CALLS_PER_MINUTE = 6;
const WRITE_SHARE = 1 / 8;
/** The ADM's new password (the generated history asks them to choose one at first sign-in). */
const ADM_PASSWORD = 'quiet-meadow-lantern-2036';

const history = await ensureHistory(years, Number(values.seed));

// The same calls in-process, through the router with the real actor, on a copy of their own.
const baseline = await workingCopy(history);
const local = await openBenchBackend(baseline.file, benchClock(BENCH_TODAY));
const samples = pickSamples(local.store.sqlite, BENCH_TODAY);
const roles: SeatRole[] = Array.from({ length: seatCount }, (_, i) => (i % 5 === 4 ? 'adm' : 'admin'));
const inProcess = await inProcessTimes(local, samples);
local.close();
baseline.dispose();

// The host, on a copy of its own; its keys go outside its data folder, as the host requires.
const copy = await workingCopy(history);
const hostKeys = `${path.dirname(copy.file)}-keys`;
console.log(`Starting the host on the ${years}-year history …`);
const host = await startBenchHost(copy.file, hostKeys, BENCH_TODAY, values['host-profile']);
const rssAtStart = host.rssMb();
const phases: PhaseResult[] = [];
let loads: LoadSeat[] = [];
const alone: Record<string, Stats> = {};
try {
  // The ADM chooses their own password once (the history made the account with a temporary one).
  const first = new BenchSeat(host.port, host.ca, '127.0.0.10', 'ADM set-up');
  await first.connect();
  await expectOk(first.call('auth:login', { username: 'adm', password: DEMO_PASSWORD }));
  await expectOk(first.call('auth:changePassword', { currentPassword: DEMO_PASSWORD, newPassword: ADM_PASSWORD }));
  await first.call('auth:logout', {});
  first.close();

  for (const [index, role] of roles.entries()) {
    // Each seat is another computer as far as the host can tell: its own address, so its own limits.
    const seat = new BenchSeat(host.port, host.ca, `127.0.0.${String(11 + index)}`, `Seat ${String(index + 1)}`);
    await seat.connect();
    const password = role === 'adm' ? ADM_PASSWORD : DEMO_PASSWORD;
    await expectOk(seat.call('auth:login', { username: role, password }));
    loads.push({ seat, role, reads: readsFor(role, samples) });
  }
  // Each read over the network from one seat with the others quiet: the fixed cost of TLS, HTTP and the session.
  for (const load of [loads.find((l) => l.role === 'admin'), loads.find((l) => l.role === 'adm')]) {
    for (const read of load?.reads ?? []) {
      if (!load || read.channel in alone) continue;
      let next = 0;
      const call = () => load.seat.call(read.channel, read.inputs[next++ % read.inputs.length]);
      alone[read.channel] = statsOf(await timeRuns(call, 20));
    }
  }
  console.log(
    `${String(seatCount)} seats signed in; ${String(seconds)} s at a busy day's rate, then at ten times it …`,
  );
  for (const [label, code, rate] of [
    ['busy day', 'b1', BUSY_CALLS_PER_MINUTE],
    ['10× busy day', 'b10', BUSY_CALLS_PER_MINUTE * 10],
  ] as const) {
    const options = { label, code, callsPerMinute: rate, seconds, writeShare: WRITE_SHARE };
    phases.push(await runPhase(loads, samples, options, () => host.rssMb()));
  }
} finally {
  for (const load of loads) load.seat.close();
  loads = [];
  await host.stop();
}

// Every write a seat was told was saved must be in the database the host leaves behind.
const opened = await openDatabase({
  file: copy.file,
  migrationsFolder: MIGRATIONS_FOLDER,
  backupFolder: path.join(path.dirname(copy.file), 'backups'),
  now: new Date(`${BENCH_TODAY}T09:00:00`),
  key: new FileKeyStore(hostKeys).loadDatabaseKey(),
});
const lost = phases.map((phase) => {
  const found = {
    households: opened.sqlite.prepare('SELECT count(*) FROM households WHERE id = ?').pluck(),
    feedback_forms: opened.sqlite.prepare('SELECT count(*) FROM feedback_forms WHERE id = ?').pluck(),
    // An edit may be overwritten by a later one: its audit row (one, never two) says it was made. Its words are
    // that row's new value (`"field":[before,after]`); the next edit of the household has them as its old one.
    household_edits: opened.sqlite
      .prepare(`SELECT count(*) FROM audit_log WHERE channel = 'households:update' AND instr(changes, ?) > 0`)
      .pluck(),
  };
  const sought = (ack: Acknowledged) => (ack.table === 'household_edits' ? `${JSON.stringify(ack.id)}]` : ack.id);
  return phase.acknowledged.filter((ack) => found[ack.table].get(sought(ack)) !== 1).length;
});
const integrity = opened.sqlite.prepare('PRAGMA quick_check').pluck().get() as string;
opened.sqlite.close();
copy.dispose();
rmSync(hostKeys, { recursive: true, force: true });

const report: SeatsReport = {
  at: new Date().toISOString(),
  years,
  seats: seatCount,
  roles: { admin: roles.filter((r) => r === 'admin').length, adm: roles.filter((r) => r === 'adm').length },
  seconds,
  callsPerMinute: BUSY_CALLS_PER_MINUTE,
  writeShare: WRITE_SHARE,
  inProcess,
  alone,
  phases,
  lost,
  integrity,
  rssMb: { start: rssAtStart },
};
printSeats(report);
mkdirSync(values.out, { recursive: true });
writeFileSync(path.join(values.out, 'seats-latest.json'), `${JSON.stringify(reportJson(report), null, 2)}\n`);

async function expectOk(answer: ReturnType<BenchSeat['call']>): Promise<void> {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
}
