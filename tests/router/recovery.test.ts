import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/cipher';
import {
  readRecoveryFile,
  unwrapDatabaseKey,
  WrongRecoveryPassphraseError,
} from '../../electron/backend/audit/recovery-key';
import { parseRecoveryKey } from '../../shared/domain/auth/recovery-key';
import type { NewRecoveryKey, RecoveryStatus } from '../../shared/schemas/backups';
import {
  keysFolderOf,
  LOOPBACK,
  loopbackCaller,
  openTestBackend,
  signIn,
  type TestBackend,
} from '../factories/backend';
import { memberInput } from '../factories/members';

const PASSPHRASE = 'otter-beacon-meadow-77';
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('recovering the database key when the key store is lost', () => {
  let backend: TestBackend;
  const as = loopbackCaller(() => backend);
  afterEach(() => backend.dispose());

  it('wraps the database key under the administrator passphrase in an owner-only file beside the data', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    expect(await as<RecoveryStatus>('backups:recovery', {})).toMatchObject({ set: false, kind: null, setAt: null });
    const refused = await backend.router.dispatch(LOOPBACK, 'backups:setRecovery', { passphrase: 'too short' });
    expect(refused).toMatchObject({
      ok: false,
      error: { fieldErrors: { passphrase: 'The passphrase must be at least 12 characters long' } },
    });

    const status = await as<RecoveryStatus>('backups:setRecovery', { passphrase: PASSPHRASE });
    expect(status).toMatchObject({
      set: true,
      kind: 'passphrase',
      file: path.join(backend.folder, 'database-key.recovery.json'),
    });
    expect(await as<RecoveryStatus>('backups:recovery', {})).toMatchObject({ set: true, kind: 'passphrase' });
    expect(statSync(status.file).mode & 0o777).toBe(0o600);
    const key = backend.audit.keys.loadDatabaseKey();
    const text = readFileSync(status.file, 'utf8');
    expect(text).not.toContain(key.toString('hex'));
    expect(text).not.toContain(PASSPHRASE);
    const audited = JSON.stringify(backend.store.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(audited).not.toContain(PASSPHRASE);

    const content = readRecoveryFile(status.file);
    if (!content) throw new Error('No recovery file');
    expect((await unwrapDatabaseKey(content, PASSPHRASE)).equals(key)).toBe(true);
    await expect(unwrapDatabaseKey(content, 'otter-beacon-meadow-78')).rejects.toThrow(WrongRecoveryPassphraseError);
  }, 120_000); // scrypt at its real cost (128 MiB, 2^17), three times, on a shared machine

  it('gets the key back with `npm run recover-key` after the key file is lost, and the app opens again', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    await as('members:create', memberInput({ name: 'Still Readable' }));
    await as('backups:setRecovery', { passphrase: PASSPHRASE });
    const key = backend.audit.keys.loadDatabaseKey();
    backend.close();
    rmSync(path.join(keysFolderOf(backend.folder), 'database.key'));

    const run = (passphrase: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'electron/recovery/recover-key.ts', '--db', backend.file], {
        cwd: ROOT,
        env: { ...process.env, PANEL_RECOVERY_PASSPHRASE: passphrase },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(() => run('not-the-passphrase-1')).toThrow(/recovery passphrase is not the one that was set/);
    expect(run(PASSPHRASE)).toContain('The database key is recovered');
    const recovered = Buffer.from(readFileSync(path.join(keysFolderOf(backend.folder), 'database.key'), 'utf8'), 'hex');
    expect(recovered.equals(key)).toBe(true);
    const reader = openEncrypted(backend.file, recovered, { readonly: true });
    expect(reader.prepare('SELECT name FROM members').all()).toEqual([{ name: 'Still Readable' }]);
    reader.close();
  }, 240_000); // two processes start, each stretching the passphrase

  it('sets a printed recovery key only when it is sent back, and `npm run recover-key` takes it however it is typed', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    await as('members:create', memberInput({ name: 'Kept By The Key' }));
    const { key: printed } = await as<NewRecoveryKey>('backups:newRecoveryKey', {});
    expect(printed).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect((await as<NewRecoveryKey>('backups:newRecoveryKey', {})).key).not.toBe(printed);
    // Shown, not kept: until the administrator confirms it, recovery is still missing.
    expect(await as<RecoveryStatus>('backups:recovery', {})).toMatchObject({ set: false, kind: null });

    const typo = `${printed.slice(0, -1)}${printed.endsWith('0') ? '1' : '0'}`;
    expect(await backend.router.dispatch(LOOPBACK, 'backups:setRecoveryKey', { recoveryKey: typo })).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        fieldErrors: { recoveryKey: 'This recovery key has a mistake in it: check each group against the printed key' },
      },
    });
    expect(await as<RecoveryStatus>('backups:recovery', {})).toMatchObject({ set: false });

    const status = await as<RecoveryStatus>('backups:setRecoveryKey', { recoveryKey: printed });
    expect(status).toMatchObject({ set: true, kind: 'printed-key' });
    const audited = JSON.stringify(backend.store.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(audited).not.toContain(printed);
    expect(audited).not.toContain(printed.replace(/-/g, ''));
    const key = backend.audit.keys.loadDatabaseKey();
    backend.close();
    rmSync(path.join(keysFolderOf(backend.folder), 'database.key'));

    const run = (typed: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'electron/recovery/recover-key.ts', '--db', backend.file], {
        cwd: ROOT,
        env: { ...process.env, PANEL_RECOVERY_KEY: typed },
        encoding: 'utf8',
        stdio: 'pipe',
      });
    // A mistyped group is caught by the check group before the slow unwrapping.
    expect(() => run(typo)).toThrow(/mistake in it/);
    // As someone might type it back from paper: lower case, no hyphens, O for zero.
    const retyped = printed.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(parseRecoveryKey(retyped)).toEqual({ ok: true, key: printed });
    expect(run(retyped)).toContain('The database key is recovered');
    const recovered = Buffer.from(readFileSync(path.join(keysFolderOf(backend.folder), 'database.key'), 'utf8'), 'hex');
    expect(recovered.equals(key)).toBe(true);
    const reader = openEncrypted(backend.file, recovered, { readonly: true });
    expect(reader.prepare('SELECT name FROM members').all()).toEqual([{ name: 'Kept By The Key' }]);
    reader.close();
  }, 240_000); // scrypt at its real cost, in this process and in recover-key's
});
