import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hasPlainHeader, openEncrypted, WrongKeyError } from '../../db/cipher';
import { connect } from '../../db/connection';
import { EncryptionUpgradeError, openDatabase } from '../../db/migrate';
import { ownDataFolder } from '../../db/owner-only';
import type { BackupInfo } from '../../shared/schemas/backups';
import {
  databaseKeyFor,
  keysFolderOf,
  loopbackCaller,
  MIGRATIONS_FOLDER,
  migrationsThrough,
  openTestBackend,
  RELEASE_2026_11,
  signIn,
  tempFolder,
  type TestBackend,
} from '../factories/backend';
import { memberInput } from '../factories/members';
import { decryptToPlain } from '../factories/plain-database';

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
const NAME = 'Zebedee Quillfeather';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const holds = (file: string, text: string) => readFileSync(file).includes(Buffer.from(text, 'utf8'));
const mode = (target: string) => statSync(target).mode & 0o777;

describe('encrypted at rest', () => {
  const opened: TestBackend[] = [];
  let current: TestBackend | null = null;
  const as = loopbackCaller(() => {
    if (!current) throw new Error('No backend open');
    return current;
  });
  const open = async (options: Parameters<typeof openTestBackend>[0] = {}) => {
    current = await openTestBackend(options);
    opened.push(current);
    await signIn(current);
    return current;
  };
  afterEach(() => {
    for (const backend of opened.splice(0)) backend.dispose();
    current = null;
  });

  it('writes no plain header and no name in the database, its WAL or a backup', async () => {
    const backend = await open();
    await as('members:create', memberInput({ name: NAME }));
    // The WAL holds the write until a checkpoint: it must be ciphertext too.
    expect(existsSync(`${backend.file}-wal`)).toBe(true);
    expect(holds(`${backend.file}-wal`, NAME)).toBe(false);
    const backup = await as<BackupInfo>('backups:create', {});
    const backupFile = path.join(backend.backups.folder(), backup.name);
    backend.store.sqlite.pragma('wal_checkpoint(TRUNCATE)');

    for (const file of [backend.file, backupFile]) {
      expect(readFileSync(file).subarray(0, 16).equals(PLAIN_HEADER)).toBe(false);
      expect(hasPlainHeader(file)).toBe(false);
      expect(holds(file, NAME)).toBe(false);
    }
    // The same bytes do hold the name once the key is applied: the test would see a plain file.
    const reader = openEncrypted(backupFile, backend.audit.keys.loadDatabaseKey(), { readonly: true });
    expect(reader.prepare('SELECT name FROM members').all()).toEqual([{ name: NAME }]);
    reader.close();
  });

  it('refuses a wrong key, and no key at all, with a message that says what to do', async () => {
    const backend = await open();
    await as('members:create', memberInput({ name: NAME }));
    backend.close();
    const before = sha256(backend.file);
    const wrong = Buffer.alloc(32, 9);
    expect(() => connect(backend.file, wrong)).toThrow(WrongKeyError);
    await expect(
      openDatabase({
        file: backend.file,
        migrationsFolder: MIGRATIONS_FOLDER,
        backupFolder: path.join(backend.folder, 'backups'),
        now: new Date('2026-11-23T09:00:00Z'),
        key: wrong,
      }),
    ).rejects.toThrow(/could not be opened with this computer's database key.*Recovering the database key/s);
    const plain = new Database(backend.file, { readonly: true });
    expect(() => plain.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
    plain.close();
    expect(sha256(backend.file)).toBe(before);
  });

  it('encrypts a database written before encryption on first start, keeping every row and the audit chain', async () => {
    const folder = tempFolder();
    const old = await open({ folder });
    for (const name of [NAME, 'Ann Other', 'Bea Third']) await as('members:create', memberInput({ name }));
    const rowsBefore = counts(old.store.sqlite);
    old.close();
    decryptToPlain(old.file, databaseKeyFor(folder));
    expect(hasPlainHeader(old.file)).toBe(true);
    expect(holds(old.file, NAME)).toBe(true);

    const upgraded = await openTestBackend({ folder, idPrefix: 'up' });
    opened.push(upgraded);
    current = upgraded;
    expect(hasPlainHeader(upgraded.file)).toBe(false);
    expect(holds(upgraded.file, NAME)).toBe(false);
    expect(counts(upgraded.store.sqlite)).toEqual(rowsBefore);
    expect(upgraded.audit.verify(upgraded.store.sqlite)).toMatchObject({ ok: true });
    expect(mode(upgraded.file)).toBe(0o600);
    expect(readdirSync(folder).filter((name) => name.includes('encrypting'))).toEqual([]);
    await signIn(upgraded);
    await as('members:create', memberInput({ name: 'After The Upgrade' }));
    expect(upgraded.audit.verify(upgraded.store.sqlite)).toMatchObject({ ok: true });
  });

  it('encrypts a plain database as the November 2026 release wrote it, then migrates it, backup encrypted too', async () => {
    const folder = tempFolder();
    const options = (migrationsFolder: string) => ({
      file: path.join(folder, 'panel.sqlite'),
      migrationsFolder,
      backupFolder: path.join(folder, 'backups'),
      now: new Date('2026-11-23T09:00:00Z'),
      key: databaseKeyFor(folder),
    });
    const release = await openDatabase(options(migrationsThrough(RELEASE_2026_11)));
    release.sqlite
      .prepare(
        `INSERT INTO members (id, name, name_key, list_role, independent, background, social_worker_pqe3, appointment_date, status, created_at, updated_at)
         VALUES ('m1', ?, 'zebedee', 'chair', 1, 'health', 0, '2024-01-01', 'active', 'x', 'x')`,
      )
      .run(NAME);
    release.sqlite.close();
    decryptToPlain(options(MIGRATIONS_FOLDER).file, databaseKeyFor(folder));
    expect(holds(options(MIGRATIONS_FOLDER).file, NAME)).toBe(true);

    const current = await openDatabase(options(MIGRATIONS_FOLDER));
    expect(current.encryptedFromPlain?.rows.members).toBe(1);
    expect(current.state.kind).toBe('pending');
    expect(current.sqlite.prepare(`SELECT name FROM members`).all()).toEqual([{ name: NAME }]);
    current.sqlite.close();
    expect(holds(options(MIGRATIONS_FOLDER).file, NAME)).toBe(false);
    const backup = current.preMigrationBackup ?? '';
    expect(hasPlainHeader(backup)).toBe(false);
    expect(holds(backup, NAME)).toBe(false);
    expect(mode(backup)).toBe(0o600);
  });

  it('leaves the plain file exactly as it was, and says why, when the encrypted copy fails its check', async () => {
    const folder = tempFolder();
    const old = await open({ folder });
    await as('members:create', memberInput({ name: NAME }));
    old.close();
    decryptToPlain(old.file, databaseKeyFor(folder));
    // Another audit key: the copy's chain cannot verify, so the swap must not happen.
    writeFileSync(path.join(keysFolderOf(folder), 'audit.key'), Buffer.alloc(32, 5).toString('hex'));
    const before = sha256(old.file);

    await expect(openTestBackend({ folder })).rejects.toThrow(EncryptionUpgradeError);
    await expect(openTestBackend({ folder })).rejects.toThrow(
      /could not be encrypted \(checking the encrypted copy\): .+ The unencrypted file has not been changed\./,
    );
    expect(sha256(old.file)).toBe(before);
    expect(hasPlainHeader(old.file)).toBe(true);
    expect(readdirSync(folder).filter((name) => name.includes('encrypting'))).toEqual([]);
  });

  it('creates the data folder, database, WAL, backups, keys and exports owner-only', async () => {
    const parent = tempFolder();
    chmodSync(parent, 0o755);
    const folder = path.join(parent, 'data');
    ownDataFolder(folder);
    const backend = await open({ folder });
    await as('members:create', memberInput({ name: NAME }));
    const backup = await as<BackupInfo>('backups:create', {});
    const saved = await as<{ path: string }>('backups:exportDatabase', { passphrase: 'heron-lantern-quarry-19' });

    expect(mode(folder)).toBe(0o700);
    expect(mode(backend.file)).toBe(0o600);
    expect(mode(`${backend.file}-wal`)).toBe(0o600);
    expect(mode(backend.backups.folder())).toBe(0o700);
    expect(mode(path.join(backend.backups.folder(), backup.name))).toBe(0o600);
    expect(mode(keysFolderOf(folder))).toBe(0o700);
    expect(mode(path.join(keysFolderOf(folder), 'database.key'))).toBe(0o600);
    expect(mode(path.dirname(saved.path))).toBe(0o700);
    expect(mode(saved.path)).toBe(0o600);
  });

  it('narrows a data folder an older version left open to others', () => {
    const folder = path.join(tempFolder(), 'data');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    ownDataFolder(folder);
    expect(mode(folder)).toBe(0o700);
  });
});

function counts(sqlite: Database.Database): Record<string, number> {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
  }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, (sqlite.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]),
  );
}
