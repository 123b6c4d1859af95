import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openEncrypted } from '../../db/cipher';
import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { keysFolderFor } from '../../electron/compose';
import { Random } from '../../electron/demo/random';
import { selfSignedMaterial } from '../../electron/host/tls-material';
import { buildHostChild, childEnvironment, MIGRATIONS } from './build-child';
import { describeFailure } from './harness';
import { freePort, startHostLife, type HostLife } from './host-life';
import { Ledger } from './ledger';
import { NetworkSeat, type Credentials } from './network-seat';
import { checkDatabase, checkPassed } from './verify-database';

export const FAULT_FRESH_KEYS = 'fresh-keys';

export interface NetworkCrashOptions {
  kills: number;
  seed: number;
  folder: string;
  /** Seat clients writing at once. */
  seats: number;
  /** `fresh-keys`: seats send a new key with every retry (a deliberate bug), so a retried write is applied twice. */
  fault?: string;
  log?: (message: string) => void;
}

export interface NetworkCrashFigures {
  seed: number;
  seats: number;
  kills: number;
  /** Extra kills of a host still starting (opening the file, listening). */
  killsWhileStarting: number;
  /** Writes in flight at a kill whose key (and so the write) had committed: their answer was lost, the retry got it. */
  answeredAfterRetry: number;
  sends: number;
  acknowledged: number;
  /** Writes the host refused: a retry refused (its key already used) would be one, so any fails the run. */
  refused: number;
  /** Members or training entries found more than once: a retried write applied twice. */
  duplicates: number;
  lost: number;
  failedChecks: number;
  auditRows: number;
  idempotencyKeys: number;
  elapsedMs: number;
  firstFailure: string | null;
}

const ADMIN: Credentials & { displayName: string } = {
  username: 'crash-admin',
  displayName: 'Crash Harness',
  password: 'copper-lantern-quayside-71',
};

/**
 * The crash harness over the network transport: the service host (a child
 * process, TLS with a test certificate) is killed with SIGKILL at random while
 * several seats write to it over HTTPS with idempotency keys, then started
 * again; the seats retry with the same keys. After every kill the file is
 * checked: every acknowledged write is there, none is there twice, the audit
 * chain verifies. The seed fixes the kill plan and the seats' choices.
 */
export async function runNetworkCrashHarness(options: NetworkCrashOptions): Promise<NetworkCrashFigures> {
  if (options.fault !== undefined && options.fault !== FAULT_FRESH_KEYS)
    throw new Error(`Unknown network fault: ${options.fault}`);
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  mkdirSync(options.folder, { recursive: true });
  const file = path.join(options.folder, 'panel.sqlite');
  const staticRoot = path.join(options.folder, 'renderer');
  mkdirSync(staticRoot, { recursive: true });
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Panel</title>');
  const certFolder = path.join(options.folder, 'certificate');
  const tls = await selfSignedMaterial(certFolder, '127.0.0.1');
  const child = await buildHostChild(path.join(options.folder, 'build'));
  const port = await freePort();
  const args = [
    child,
    ...['--db', file, '--migrations', MIGRATIONS, '--port', String(port), '--static', staticRoot],
    ...['--cert', path.join(certFolder, 'host-certificate.pem'), '--key', path.join(certFolder, 'host-key.pem')],
  ];
  const env = childEnvironment();
  const rng = new Random(options.seed);
  const ledger = new Ledger();
  const answeredAfterRetry = new Set<string>();
  const target = { port, ca: tls.cert };
  const figures: NetworkCrashFigures = {
    seed: options.seed,
    seats: options.seats,
    kills: 0,
    killsWhileStarting: 0,
    answeredAfterRetry: 0,
    sends: 0,
    acknowledged: 0,
    refused: 0,
    duplicates: 0,
    lost: 0,
    failedChecks: 0,
    auditRows: 0,
    idempotencyKeys: 0,
    elapsedMs: 0,
    firstFailure: null,
  };

  const start = async (): Promise<HostLife> => {
    // Now and then the host is killed again while it starts: opening the file, migrating, listening.
    if (rng.chance(0.1)) {
      const early = startHostLife(process.execPath, args, env);
      await new Promise((resolve) => setTimeout(resolve, rng.int(0, 800)));
      await early.kill();
      await early.ready;
      figures.killsWhileStarting += 1;
    }
    const life = startHostLife(process.execPath, args, env);
    await life.ready;
    return life;
  };

  let host = await start();
  await NetworkSeat.createFirstAdministrator(target, ADMIN);
  const seats = Array.from(
    { length: options.seats },
    (_, index) =>
      new NetworkSeat(
        target,
        index,
        ADMIN,
        rng.int(1, 2 ** 31 - 1),
        (ack) => ledger.record(ack),
        options.fault === FAULT_FRESH_KEYS,
      ),
  );
  // A seat failing (an answer it cannot read) fails the run at the next check, never as an unhandled rejection.
  let seatFailure: string | null = null;
  const running = seats.map((seat) =>
    seat.run().catch((error: unknown) => {
      seatFailure ??= error instanceof Error ? error.message : String(error);
    }),
  );

  const check = async (kill: number): Promise<boolean> => {
    const inFlight = seats.flatMap((seat) => (seat.inFlight && seat.inFlight.sends > 0 ? [seat.inFlight.key] : []));
    const result = await checkDatabase(file, MIGRATIONS, ledger.expected());
    const extra = inspect(file, inFlight);
    for (const key of extra.committedKeys) answeredAfterRetry.add(key);
    figures.answeredAfterRetry = answeredAfterRetry.size;
    figures.duplicates = Math.max(figures.duplicates, extra.duplicates.length);
    figures.idempotencyKeys = extra.keys;
    figures.auditRows = result.auditRows;
    figures.acknowledged = ledger.acknowledged;
    figures.refused = seats.reduce((sum, seat) => sum + seat.refusals.length, 0);
    const problems = [
      ...(checkPassed(result) ? [] : [describeFailure(result)]),
      ...(extra.duplicates.length > 0 ? [`applied twice: ${extra.duplicates.join(', ')}`] : []),
      ...seats.flatMap((seat) => seat.refusals),
      ...(seatFailure ? [`a seat failed: ${seatFailure}`] : []),
    ];
    if (problems.length === 0) return true;
    figures.failedChecks += 1;
    figures.lost = Math.max(figures.lost, result.lost.length);
    figures.firstFailure ??= `kill ${kill}: ${problems.join('; ')}`;
    log(`kill ${kill}: check failed (${problems.join('; ')})`);
    return false;
  };

  let alive: HostLife | null = host;
  try {
    for (let kill = 1; kill <= options.kills; kill += 1) {
      if (!alive) alive = host = await start();
      // Kills land while the seats write, not while they sign in: a sign-in killed half way counts as a
      // failed attempt (the account's throttle, with the harness's fixed clock, would then lock it for good).
      await until(() => seats.every((seat) => seat.isSignedIn));
      await new Promise((resolve) => setTimeout(resolve, rng.int(50, 1200)));
      await host.kill();
      alive = null;
      figures.kills += 1;
      if (!(await check(kill))) break;
      if (kill % 5 === 0) log(`kill ${kill}: ${ledger.acknowledged} acknowledged writes, all present once`);
    }
    // The host comes back once more so every seat's write in flight is answered, then the seats stop.
    if (figures.failedChecks === 0) {
      alive = host = await start();
      for (const seat of seats) seat.stop();
      await Promise.all(running);
      await host.kill();
      alive = null;
      await check(figures.kills);
    }
  } finally {
    for (const seat of seats) seat.abandon();
    await alive?.kill();
  }
  figures.sends = seats.reduce((sum, seat) => sum + seat.sends, 0);
  figures.elapsedMs = Math.round(performance.now() - started);
  return figures;
}

/** Waits for `condition`, checking every 20 ms, for up to a minute (then carries on: the checks will tell). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; waited < 60_000 && !condition(); waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What the router's own checks cannot see: rows written twice, and which in-flight keys committed. */
function inspect(file: string, inFlight: string[]): { duplicates: string[]; committedKeys: string[]; keys: number } {
  const sqlite = openEncrypted(file, new FileKeyStore(keysFolderFor(file)).loadDatabaseKey(), { readonly: true });
  try {
    const duplicates = sqlite
      .prepare(
        `SELECT title AS label FROM member_training GROUP BY title HAVING count(*) > 1
         UNION ALL SELECT name FROM members GROUP BY name HAVING count(*) > 1`,
      )
      .pluck()
      .all() as string[];
    const committedKeys = sqlite
      .prepare(`SELECT key FROM idempotency_keys WHERE key IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify(inFlight)) as string[];
    const keys = sqlite.prepare('SELECT count(*) FROM idempotency_keys').pluck().get() as number;
    return { duplicates, committedKeys, keys };
  } finally {
    sqlite.close();
  }
}

export function formatNetworkFigures(figures: NetworkCrashFigures): string {
  return [
    `seed ${figures.seed}, ${figures.seats} seats over HTTPS`,
    `host kills ${figures.kills} (+${figures.killsWhileStarting} while starting)`,
    `writes acknowledged ${figures.acknowledged}, in ${figures.sends} HTTPS attempts (retries while the host was down included)`,
    `writes committed but their answer lost to a kill, answered on retry ${figures.answeredAfterRetry}`,
    `idempotency keys recorded ${figures.idempotencyKeys}`,
    `refused writes ${figures.refused}`,
    `applied twice ${figures.duplicates}`,
    `lost acknowledged writes ${figures.lost}`,
    `failed checks ${figures.failedChecks}`,
    `audit rows verified ${figures.auditRows}`,
    `elapsed ${(figures.elapsedMs / 1000).toFixed(1)} s`,
  ].join('\n');
}
