import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openEncrypted } from '../../db/cipher';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/schemas/backups';
import {
  LOOPBACK,
  openTestBackend,
  previousVersionMigrations,
  keysFolderOf,
  signIn,
  tempFolder,
  type TestBackend,
} from '../factories/backend';
import { movableClock } from '../factories/clock';
import { memberInput } from '../factories/members';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The backup is ciphertext (no name to find in it): one byte of its second page changed. */
function flipOneByte(file: string): void {
  const bytes = readFileSync(file);
  const at = 4096 + 100;
  expect(bytes.length).toBeGreaterThan(at);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  writeFileSync(file, bytes);
}

/** One key file copied into the key folder of a backend not yet opened in `toFolder` (a key recovered by hand). */
function copyKeyFile(fromFolder: string, toFolder: string, name: string): void {
  mkdirSync(keysFolderOf(toFolder), { recursive: true });
  copyFileSync(path.join(keysFolderOf(fromFolder), name), path.join(keysFolderOf(toFolder), name));
}

describe('backups and restore', () => {
  const opened: TestBackend[] = [];
  const open = async (options: Parameters<typeof openTestBackend>[0] = {}) => {
    const backend = await openTestBackend(options);
    opened.push(backend);
    await signIn(backend);
    return backend;
  };
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.dispose();
  });

  async function as<T>(backend: TestBackend, channel: string, input: unknown): Promise<T> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }

  it('backs up with the backup API, verifies the copy and records it', async () => {
    const backend = await open();
    await as(backend, 'members:create', memberInput({ name: 'Ann Smith' }));
    const backup = await as<BackupInfo>(backend, 'backups:create', {});
    expect(backup).toMatchObject({ reason: 'on-demand', verified: true, problem: null });
    const copy = openEncrypted(path.join(backend.backups.folder(), backup.name), backend.audit.keys.loadDatabaseKey(), {
      readonly: true,
    });
    expect(copy.prepare('SELECT name FROM members').all()).toEqual([{ name: 'Ann Smith' }]);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const sidecar = JSON.parse(readFileSync(path.join(backend.backups.folder(), `${backup.name}.json`), 'utf8')) as {
      manifest: Record<string, unknown>;
      mac: string;
    };
    expect(sidecar.manifest).toMatchObject({
      fileName: backup.name,
      sizeBytes: backup.sizeBytes,
      sha256: sha256(path.join(backend.backups.folder(), backup.name)),
      appVersion: 'test',
      schemaVersion: expect.any(Number),
    });
    expect(sidecar.mac).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never writes the audit key beside the backups, in any form', async () => {
    const backend = await open();
    await as(backend, 'members:create', memberInput());
    await as<BackupInfo>(backend, 'backups:create', {});
    const key = backend.audit.keys.loadKey();
    const files = readdirSync(backend.backups.folder());
    expect(files).not.toContain('audit.key');
    for (const name of files) {
      const bytes = readFileSync(path.join(backend.backups.folder(), name));
      expect(bytes.includes(key), name).toBe(false);
      expect(bytes.includes(Buffer.from(key.toString('hex'))), name).toBe(false);
    }
  });

  it('keeps a backup made in the same instant as another, and leaves no -wal or -shm files', async () => {
    const backend = await open({ autoBackup: true });
    const first = await as<BackupInfo>(backend, 'backups:create', {});
    const second = await as<BackupInfo>(backend, 'backups:create', {});
    expect(second.name).not.toBe(first.name);
    const files = readdirSync(backend.backups.folder());
    // Rotation keeps one routine backup a day: the newest, never the one just written.
    expect(files.filter((f) => f.endsWith('.sqlite'))).toEqual([second.name]);
    expect(files.filter((f) => f.endsWith('-wal') || f.endsWith('-shm'))).toEqual([]);
  });

  it('reports a failed start-up backup on the backups screen', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'backups'), 'a file where the backup folder should be');
    const backend = await openTestBackend({ folder, autoBackup: true });
    opened.push(backend);
    await signIn(backend);
    expect(backend.startupBackupProblem).toMatch(/cannot be used/);
    const overview = await as<{ startupProblem: string | null }>(backend, 'backups:list', {});
    expect(overview.startupProblem).toMatch(/cannot be used/);
  });

  it('verifies and lists the backup taken before a migration', async () => {
    const folder = tempFolder();
    // A database left by the previous version of the app: one migration behind.
    (await openTestBackend({ folder, migrationsFolder: previousVersionMigrations() })).close();
    const upgraded = await openTestBackend({ folder });
    opened.push(upgraded);
    await signIn(upgraded);
    expect(upgraded.schemaState).toMatchObject({ kind: 'pending' });
    expect(upgraded.preMigrationBackup).toMatch(/panel-.*-pre-migration\.sqlite$/);
    const overview = await as<{ backups: BackupInfo[] }>(upgraded, 'backups:list', {});
    expect(overview.backups).toMatchObject([{ reason: 'pre-migration', verified: true }]);
  });

  it('reports a backup that fails its check instead of dropping it', async () => {
    const backend = await open();
    await as(backend, 'members:create', memberInput());
    // Tamper with the audit trail: every copy of this database now fails verification.
    backend.store.sqlite.exec('DROP TRIGGER audit_log_no_update');
    backend.store.sqlite.prepare(`UPDATE audit_log SET user_name = 'x'`).run();
    const result = await backend.router.dispatch(LOOPBACK, 'backups:create', {});
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('failed its check') } });
    const overview = await as<{ lastFailure: BackupInfo | null; backups: BackupInfo[] }>(backend, 'backups:list', {});
    expect(overview.lastFailure).toMatchObject({ verified: false, problem: expect.stringContaining('altered') });
    expect(overview.backups).toHaveLength(1);
  });

  it('takes a daily backup at start-up only when the last is over 24 hours old', async () => {
    const folder = tempFolder();
    const clock = movableClock();
    const first = await openTestBackend({ folder, clock, autoBackup: true });
    first.close();
    const count = () => readdirSync(path.join(folder, 'backups')).filter((f) => f.endsWith('.sqlite')).length;
    expect(count()).toBe(1);
    clock.advance(23 * 3600 * 1000);
    (await openTestBackend({ folder, clock, autoBackup: true })).close();
    expect(count()).toBe(1);
    clock.advance(2 * 3600 * 1000);
    const third = await openTestBackend({ folder, clock, autoBackup: true });
    opened.push(third);
    expect(count()).toBe(2);
  });

  it('restores end to end: verify, back up the current file, swap, reopen, log everyone out', async () => {
    const backend = await open();
    await as(backend, 'members:create', memberInput({ name: 'Kept Member' }));
    const backup = await as<BackupInfo>(backend, 'backups:create', {});
    await as(backend, 'members:create', memberInput({ name: 'Added Later' }));

    const restored = await as<BackupInfo>(backend, 'backups:restore', { name: backup.name });
    expect(restored.name).toBe(backup.name);
    expect(await backend.router.dispatch(LOOPBACK, 'members:list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    await signIn(backend);
    const names = (await as<{ name: string }[]>(backend, 'members:list', {})).map((m) => m.name);
    expect(names).toEqual(['Kept Member']);
    const reasons = (await as<{ backups: BackupInfo[] }>(backend, 'backups:list', {})).backups.map((b) => b.reason);
    expect(reasons).toContain('before-restore');
    expect(backend.audit.verify(backend.store.sqlite)).toMatchObject({ ok: true });
    const last = backend.store.sqlite.prepare('SELECT channel FROM audit_log ORDER BY seq DESC LIMIT 1').get();
    expect(last).toEqual({ channel: 'backups:restore' });
  });

  it('refuses to restore a damaged backup and leaves the database alone', async () => {
    const backend = await open();
    await as(backend, 'members:create', memberInput({ name: 'Still Here' }));
    const backup = await as<BackupInfo>(backend, 'backups:create', {});
    writeFileSync(path.join(backend.backups.folder(), backup.name), 'not a database any more');
    const result = await backend.router.dispatch(LOOPBACK, 'backups:restore', { name: backup.name });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('has not been restored') } });
    expect((await as<{ name: string }[]>(backend, 'members:list', {})).map((m) => m.name)).toEqual(['Still Here']);
  });

  it("refuses on another computer a backup signed with the first computer's key, changing nothing", async () => {
    const oldComputer = await open();
    await as(oldComputer, 'members:create', memberInput({ name: 'Carried Over' }));
    const backup = await as<BackupInfo>(oldComputer, 'backups:create', {});

    // Even with the database key recovered on the new computer (README: recovering the database key), the
    // manifest is signed with the old computer's audit key, which no longer travels beside the backups.
    const folder = tempFolder();
    copyKeyFile(oldComputer.folder, folder, 'database.key');
    const newComputer = await open({ idPrefix: 'new', folder });
    expect(newComputer.audit.keys.loadKey().equals(oldComputer.audit.keys.loadKey())).toBe(false);
    cpSync(oldComputer.backups.folder(), newComputer.backups.folder(), { recursive: true });
    const before = sha256(newComputer.file);
    const result = await newComputer.router.dispatch(LOOPBACK, 'backups:restore', { name: backup.name });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("another installation's key") },
    });
    expect(sha256(newComputer.file)).toBe(before);
  });

  describe('refuses a backup that is not the one the app made, and leaves the live database untouched', () => {
    async function madeAndThen(change: (file: string, sidecarFile: string) => void): Promise<{
      message: string;
      liveUnchanged: boolean;
      names: string[];
    }> {
      const backend = await open();
      await as(backend, 'members:create', memberInput({ name: 'Ann Smith' }));
      const backup = await as<BackupInfo>(backend, 'backups:create', {});
      await as(backend, 'members:create', memberInput({ name: 'Added Later' }));
      backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      const live = sha256(backend.file);
      const file = path.join(backend.backups.folder(), backup.name);
      change(file, `${file}.json`);
      const result = await backend.router.dispatch(LOOPBACK, 'backups:restore', { name: backup.name });
      expect(result.ok).toBe(false);
      const names = (await as<{ name: string }[]>(backend, 'members:list', {})).map((m) => m.name);
      return { message: result.ok ? '' : result.error.message, liveUnchanged: sha256(backend.file) === live, names };
    }

    it('one byte of the (encrypted) backup file changed', async () => {
      const outcome = await madeAndThen((file) => flipOneByte(file));
      expect(outcome.message).toContain('does not match its manifest');
      expect(outcome.message).toContain('has not been restored');
      expect(outcome).toMatchObject({
        liveUnchanged: true,
        names: expect.arrayContaining(['Ann Smith', 'Added Later']),
      });
    });

    it('the manifest removed', async () => {
      const outcome = await madeAndThen((_file, sidecar) => rmSync(sidecar));
      expect(outcome.message).toContain('has no manifest');
      expect(outcome.liveUnchanged).toBe(true);
    });

    it('the manifest unsigned', async () => {
      const outcome = await madeAndThen((_file, sidecar) => {
        const parsed = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
        writeFileSync(sidecar, JSON.stringify({ ...parsed, mac: null }));
      });
      expect(outcome.message).toContain('is not signed');
      expect(outcome.liveUnchanged).toBe(true);
    });

    it('the file and its manifest both changed to match each other', async () => {
      const outcome = await madeAndThen((file, sidecar) => {
        flipOneByte(file);
        const parsed = JSON.parse(readFileSync(sidecar, 'utf8')) as { manifest: Record<string, unknown> };
        writeFileSync(sidecar, JSON.stringify({ ...parsed, manifest: { ...parsed.manifest, sha256: sha256(file) } }));
      });
      expect(outcome.message).toContain("manifest's signature does not match");
      expect(outcome.liveUnchanged).toBe(true);
    });
  });

  it('refuses to restore a backup from another installation without its database key, and changes nothing', async () => {
    const oldComputer = await open();
    await as(oldComputer, 'members:create', memberInput({ name: 'Not Readable Here' }));
    const backup = await as<BackupInfo>(oldComputer, 'backups:create', {});
    // The audit key carried over, so the signed manifest passes: the database key alone refuses it.
    const folder = tempFolder();
    copyKeyFile(oldComputer.folder, folder, 'audit.key');
    const newComputer = await open({ idPrefix: 'new', folder });
    await as(newComputer, 'members:create', memberInput({ name: 'Stays Here' }));
    cpSync(oldComputer.backups.folder(), newComputer.backups.folder(), { recursive: true });
    const result = await newComputer.router.dispatch(LOOPBACK, 'backups:restore', { name: backup.name });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining("could not be opened with this computer's database key") },
    });
    expect((await as<{ name: string }[]>(newComputer, 'members:list', {})).map((m) => m.name)).toEqual(['Stays Here']);
  });

  it('exports the whole database encrypted under the passphrase given, and says so in the file name', async () => {
    const backend = await open();
    await as(backend, 'members:create', memberInput({ name: 'Exported Member' }));
    const refused = await backend.router.dispatch(LOOPBACK, 'backups:exportDatabase', { passphrase: 'short one' });
    expect(refused).toMatchObject({
      ok: false,
      error: { fieldErrors: { passphrase: 'The passphrase must be at least 12 characters long' } },
    });
    const passphrase = 'heron-lantern-quarry-19';
    const saved = await as<{ path: string; sizeBytes: number }>(backend, 'backups:exportDatabase', { passphrase });
    expect(saved.path).toBe(path.join(backend.folder, 'exports', 'fostering-panel-export-2026-11-23-encrypted.sqlite'));
    const bytes = readFileSync(saved.path);
    expect(bytes.includes('SQLite format 3\0')).toBe(false);
    expect(bytes.includes('Exported Member')).toBe(false);
    expect(statSync(saved.path).mode & 0o777).toBe(0o600);
    // Neither the database key nor no key opens it: only the passphrase, as any SQLCipher 4 tool would use it.
    expect(() => openEncrypted(saved.path, backend.audit.keys.loadDatabaseKey())).toThrow(/database key/);
    const copy = new Database(saved.path, { readonly: true });
    copy.pragma(`cipher = 'sqlcipher'`);
    copy.pragma('legacy = 4');
    copy.key(Buffer.from(passphrase));
    expect(copy.prepare('SELECT name FROM members').all()).toEqual([{ name: 'Exported Member' }]);
    expect(copy.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 });
    copy.close();
    const audit = backend.store.sqlite.prepare(`SELECT changes FROM audit_log ORDER BY seq DESC LIMIT 1`).get();
    expect(JSON.stringify(audit)).not.toContain(passphrase);
  });
});
