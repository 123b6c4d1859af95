import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Random } from '../../electron/demo/random';
import { buildWriterChild, childEnvironment, MIGRATIONS } from './build-child';
import { liveAndKill, type KillPlan } from './child-life';
import { Ledger } from './ledger';
import { checkDatabase, checkPassed, type DatabaseCheck } from './verify-database';

export interface CrashOptions {
  kills: number;
  seed: number;
  /** A fresh folder: the database, its key and anchor, and the bundled child go here. */
  folder: string;
  /** A deliberate bug in the child (see writer-child.ts), to show the harness catches it. */
  fault?: string;
  /** Keep going after a failed check (to count every loss a fault causes). */
  keepGoing?: boolean;
  log?: (message: string) => void;
}

export interface CrashFigures {
  seed: number;
  kills: number;
  killsWhileStarting: number;
  killsMidWrite: number;
  /** Kills that fell between a write's commit and its ack: the file holds the write, the harness never heard of it. */
  committedUnacknowledged: number;
  acknowledged: number;
  refused: number;
  rowsChecked: number;
  lost: number;
  failedChecks: number;
  auditRows: number;
  elapsedMs: number;
  /** The first failed check, with the kill it followed. */
  firstFailure: { kill: number; check: DatabaseCheck } | null;
}

/** Mostly mid-writing kills, some while the child opens the file and signs in. */
function planKill(rng: Random): KillPlan {
  if (rng.chance(0.1)) return { kind: 'startup', afterMs: rng.int(0, 1500) };
  return { kind: 'writing', afterAcks: rng.int(0, 10), thenMs: rng.int(0, 40) };
}

/**
 * Kills a writer child again and again on one database file, reopening and
 * checking the file after every kill. The seed fixes every kill plan and the
 * children's choices of write, so a failure can be replayed (timings aside).
 */
export async function runCrashHarness(options: CrashOptions): Promise<CrashFigures> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  mkdirSync(options.folder, { recursive: true });
  const file = path.join(options.folder, 'panel.sqlite');
  const child = await buildWriterChild(path.join(options.folder, 'build'));
  const env = childEnvironment();
  const rng = new Random(options.seed);
  const ledger = new Ledger();
  const figures: CrashFigures = {
    seed: options.seed,
    kills: 0,
    killsWhileStarting: 0,
    killsMidWrite: 0,
    committedUnacknowledged: 0,
    acknowledged: 0,
    refused: 0,
    rowsChecked: 0,
    lost: 0,
    failedChecks: 0,
    auditRows: 0,
    elapsedMs: 0,
    firstFailure: null,
  };
  for (let kill = 1; kill <= options.kills; kill += 1) {
    const args = [child, '--db', file, '--migrations', MIGRATIONS, '--seed', String(rng.int(1, 2 ** 31 - 1))];
    if (options.fault) args.push('--fault', options.fault);
    const life = await liveAndKill(process.execPath, args, env, planKill(rng));
    figures.kills += 1;
    if (life.diedStarting) figures.killsWhileStarting += 1;
    if (life.inFlight) figures.killsMidWrite += 1;
    for (const line of life.lines) {
      if (line.type === 'ack') ledger.record(line);
      if (line.type === 'refused') figures.refused += 1;
    }
    const check = await checkDatabase(file, MIGRATIONS, ledger.expected(), life.inFlight);
    if (check.inFlightCommitted && life.inFlight) {
      figures.committedUnacknowledged += 1;
      // What it set is committed: later checks expect it, until a later commit supersedes it.
      const { channel, sets } = life.inFlight;
      if (sets) ledger.settle({ type: 'ack', channel, ...sets });
    }
    figures.acknowledged = ledger.acknowledged;
    figures.rowsChecked = ledger.rows;
    figures.auditRows = check.auditRows;
    if (!checkPassed(check)) {
      figures.failedChecks += 1;
      figures.lost = Math.max(figures.lost, check.lost.length);
      figures.firstFailure ??= { kill, check };
      log(`kill ${kill}: check failed (${describeFailure(check)})`);
      if (!options.keepGoing) break;
    } else if (kill % 25 === 0) {
      log(`kill ${kill}: ${ledger.acknowledged} acknowledged commits, all present`);
    }
  }
  figures.elapsedMs = Math.round(performance.now() - started);
  return figures;
}

export function describeFailure(check: DatabaseCheck): string {
  const problems: string[] = [];
  if (check.lost.length > 0) {
    const first = check.lost[0];
    problems.push(
      `${check.lost.length} acknowledged commits lost, first ${first?.ack.channel} ${JSON.stringify(first?.ack.key)}`,
    );
  }
  if (check.integrity !== 'ok') problems.push(`integrity_check: ${check.integrity}`);
  if (check.foreignKeyProblems.length > 0) problems.push(`${check.foreignKeyProblems.length} foreign key problems`);
  if (!check.auditOk) problems.push(`audit chain: ${check.auditProblem ?? 'broken'}`);
  return problems.join('; ');
}

export function formatFigures(figures: CrashFigures): string {
  return [
    `seed ${figures.seed}`,
    `kills ${figures.kills} (${figures.killsMidWrite} mid-write, ${figures.killsWhileStarting} while starting)`,
    `writes committed but killed before their ack ${figures.committedUnacknowledged}`,
    `acknowledged commits ${figures.acknowledged} (${figures.rowsChecked} rows checked after every kill)`,
    `refused writes ${figures.refused}`,
    `lost commits ${figures.lost}`,
    `failed checks ${figures.failedChecks}`,
    `audit rows verified ${figures.auditRows}`,
    `elapsed ${(figures.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
