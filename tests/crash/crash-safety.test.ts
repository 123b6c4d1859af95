import { openEncrypted } from '../../db/cipher';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseKeyFor, tempFolder } from '../factories/backend';
import { MIGRATIONS } from './build-child';
import { formatFigures, runCrashHarness, type CrashFigures } from './harness';
import { FAULT_OPEN_TRANSACTION } from './protocol';
import { checkDatabase } from './verify-database';

/** The short version inside `npm test`; `npm run test:crash` does at least 200 kills. */
const KILLS = 12;
const SEED = 20261123;

describe('crash safety: a writer killed with SIGKILL', () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  let figures: CrashFigures;
  let folder: string;

  it(`loses no acknowledged commit over ${KILLS} kills, and the file stays sound`, async () => {
    folder = tempFolder();
    folders.push(folder);
    figures = await runCrashHarness({ kills: KILLS, seed: SEED, folder });
    console.log(formatFigures(figures));
    expect(figures.firstFailure).toBeNull();
    expect(figures.kills).toBe(KILLS);
    expect(figures.lost).toBe(0);
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.auditRows).toBeGreaterThan(figures.acknowledged);
  }, 240_000);

  it('reports an acknowledged row that is not in the file as lost', async () => {
    const phantom = {
      type: 'ack' as const,
      channel: 'members:create',
      table: 'members',
      key: { id: 'never-written' },
      expect: { name: 'Nobody' },
    };
    const check = await checkDatabase(path.join(folder, 'panel.sqlite'), MIGRATIONS, [phantom]);
    expect(check.opened).toBe(true);
    expect(check.lost).toEqual([{ ack: phantom, found: null }]);
  });

  it('expects what a write killed between its commit and its ack set, only when the file shows it committed', async () => {
    const file = path.join(folder, 'panel.sqlite');
    const reader = openEncrypted(file, databaseKeyFor(folder), { readonly: true });
    const lastSeq = reader.prepare('SELECT max(seq) FROM audit_log').pluck().get() as number;
    reader.close();
    // The administrator's name as acknowledged long ago, and a write that set today's name when it was killed.
    const row = { table: 'users', key: { username: 'crash-admin' } };
    const older = { type: 'ack' as const, channel: 'users:update', ...row, expect: { display_name: 'Former Name' } };
    const renamed = (auditSeq: number) => ({
      type: 'begin' as const,
      channel: 'users:update',
      auditSeq,
      sets: { ...row, expect: { display_name: 'Crash Harness' } },
    });

    const committed = await checkDatabase(file, MIGRATIONS, [older], renamed(lastSeq - 1));
    expect(committed.inFlightCommitted).toBe(true);
    expect(committed.lost).toEqual([]);

    // No audit row after the one it began from: it never committed, so the older name must still be there.
    const notCommitted = await checkDatabase(file, MIGRATIONS, [older], renamed(lastSeq));
    expect(notCommitted.inFlightCommitted).toBe(false);
    expect(notCommitted.lost).toEqual([{ ack: older, found: { display_name: 'Crash Harness' } }]);
  });

  it('catches a writer that acknowledges before it commits', async () => {
    const faulty = tempFolder();
    folders.push(faulty);
    const result = await runCrashHarness({ kills: 6, seed: SEED, folder: faulty, fault: FAULT_OPEN_TRANSACTION });
    expect(result.firstFailure).not.toBeNull();
    expect(result.lost).toBeGreaterThan(0);
  }, 240_000);
});
