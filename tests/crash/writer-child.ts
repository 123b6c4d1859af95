/**
 * The process the crash harness kills: the real backend on a real file,
 * signed in as an administrator, writing through the router until it is
 * killed, and printing one line per acknowledged commit.
 *
 *   writer-child --db FILE --migrations FOLDER --seed N [--fault open-transaction]
 *
 * `--fault open-transaction` is a deliberate bug for checking the harness
 * itself: writes run inside an outer transaction committed only every few
 * writes, so each is acknowledged before it is really committed and a kill
 * loses some of them.
 */
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { foldersBeside, keysFolderFor, startBackend } from '../../electron/compose';
import { fixedClock } from '../../electron/backend/clock';
import { folderFileSaver } from '../../electron/backend/file-saver';
import { randomIds } from '../../electron/backend/ids';
import type { Router } from '../../electron/backend/router';
import type { Sender } from '../../electron/backend/sender';
import type { AuthStatus } from '../../shared/schemas/auth';
import { encodeLine, FAULT_OPEN_TRANSACTION, type ChildLine } from './protocol';
import { WriteMix } from './write-mix';

const CRASH_ADMIN = {
  username: 'crash-admin',
  displayName: 'Crash Harness',
  password: 'copper-lantern-quayside-71',
};

const FAULTY_BATCH = 20;

const SENDER: Sender = { transport: 'loopback', tokenVerified: true };

/** Synchronous, so a line is in the pipe before the next write begins. */
function say(line: ChildLine): void {
  writeSync(1, encodeLine(line));
}

async function signIn(router: Router): Promise<void> {
  const status = await router.dispatch(SENDER, 'auth:status', {});
  if (!status.ok) throw new Error(status.error.message);
  if ((status.value as AuthStatus).needsFirstAdministrator) {
    const created = await router.dispatch(SENDER, 'auth:createFirstAdministrator', CRASH_ADMIN);
    if (!created.ok) throw new Error(`auth:createFirstAdministrator: ${created.error.message}`);
    say({
      type: 'ack',
      channel: 'auth:createFirstAdministrator',
      table: 'users',
      key: { username: CRASH_ADMIN.username },
      expect: { display_name: CRASH_ADMIN.displayName },
    });
    return;
  }
  const login = await router.dispatch(SENDER, 'auth:login', {
    username: CRASH_ADMIN.username,
    password: CRASH_ADMIN.password,
  });
  if (!login.ok) throw new Error(`auth:login: ${login.error.message}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      migrations: { type: 'string' },
      seed: { type: 'string', default: '1' },
      fault: { type: 'string' },
    },
  });
  if (!values.db || !values.migrations) throw new Error('writer-child needs --db and --migrations');
  if (values.fault !== undefined && values.fault !== FAULT_OPEN_TRANSACTION)
    throw new Error(`Unknown fault: ${values.fault}`);
  const folders = foldersBeside(values.db);
  const backend = await startBackend({
    file: values.db,
    migrationsFolder: values.migrations,
    backupFolder: folders.backups,
    keys: new FileKeyStore(keysFolderFor(values.db)),
    saver: folderFileSaver(folders.exports),
    clock: fixedClock(new Date('2026-11-23T09:00:00')),
    ids: randomIds,
    identity: { productName: 'Fostering Panel', version: 'crash-harness', transport: 'loopback' },
  });
  await signIn(backend.router);
  const mix = new WriteMix(backend.router, SENDER, Number(values.seed));
  await mix.load();
  say({ type: 'ready', pid: process.pid });
  const sqlite = backend.store.sqlite;
  const lastAuditSeq = sqlite.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck();
  const faulty = values.fault === FAULT_OPEN_TRANSACTION;
  for (let written = 1; ; written += 1) {
    // The router's own transaction becomes a savepoint inside this one.
    if (faulty && !sqlite.inTransaction) sqlite.exec('BEGIN IMMEDIATE');
    const write = await mix.next();
    const auditSeq = lastAuditSeq.get() as number;
    say({ type: 'begin', channel: write.channel, auditSeq, ...(write.sets ? { sets: write.sets } : {}) });
    const result = await backend.router.dispatch(SENDER, write.channel, write.input);
    if (result.ok) {
      const ack = write.ackFor(result.value);
      say(ack);
      mix.remember(write, ack);
    } else if (result.error.code === 'INTERNAL') {
      throw new Error(`${write.channel}: ${result.error.message}`);
    } else {
      say({ type: 'refused', channel: write.channel, code: result.error.code, message: result.error.message });
    }
    if (faulty && written % FAULTY_BATCH === 0) sqlite.exec('COMMIT');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`writer-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
