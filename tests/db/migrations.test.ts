import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openEncrypted } from '../../db/cipher';
import { describe, expect, it } from 'vitest';
import { DatabaseTooNewError, NotADatabaseError, inspectSchema, openDatabase } from '../../db/migrate';
import { MIGRATIONS_FOLDER, previousVersionMigrations, tempFolder, databaseKeyFor } from '../factories/backend';

const NOW = new Date('2026-11-23T09:00:00Z');

/** The shipped migrations plus one more, as a later version of the app would have. */
function laterVersionMigrations(): string {
  const folder = path.join(tempFolder(), 'migrations');
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as {
    entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('No migrations shipped');
  const tag = `${String(last.idx + 1).padStart(4, '0')}_later_version`;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  writeFileSync(journalFile, JSON.stringify(journal));
  writeFileSync(path.join(folder, `${tag}.sql`), 'ALTER TABLE `members` ADD `nickname` text;');
  return folder;
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function options(folder: string, migrationsFolder = MIGRATIONS_FOLDER) {
  return {
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder,
    backupFolder: path.join(folder, 'backups'),
    key: databaseKeyFor(folder),
    now: NOW,
  };
}

describe('migrations at start-up', () => {
  it('creates every table on an empty file, without a pointless backup', async () => {
    const folder = tempFolder();
    const opened = await openDatabase(options(folder));
    const tables = opened.sqlite
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all()
      .map((row) => (row as { name: string }).name);
    opened.sqlite.close();
    expect(tables).toEqual(expect.arrayContaining(['__drizzle_migrations', 'members', 'member_training']));
    expect(opened.state).toEqual({ kind: 'new' });
    expect(opened.preMigrationBackup).toBeNull();
  });

  it('does nothing to a current database', async () => {
    const folder = tempFolder();
    (await openDatabase(options(folder))).sqlite.close();
    const again = await openDatabase(options(folder));
    again.sqlite.close();
    expect(again.state.kind).toBe('current');
    expect(again.preMigrationBackup).toBeNull();
  });

  it('backs up with the backup API before applying pending migrations, keeping the data', async () => {
    const folder = tempFolder();
    const first = await openDatabase(options(folder));
    first.sqlite
      .prepare(
        `INSERT INTO members (id, name, name_key, list_role, independent, background, social_worker_pqe3, appointment_date, status, created_at, updated_at)
         VALUES ('m1', 'Ann Smith', 'ann smith', 'chair', 1, 'health', 0, '2024-01-01', 'active', 'x', 'x')`,
      )
      .run();
    first.sqlite.close();

    const later = laterVersionMigrations();
    const shipped = readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql')).length;
    expect(inspectSchema(options(folder).file, later, databaseKeyFor(folder))).toEqual({
      kind: 'pending',
      applied: shipped,
      pending: 1,
    });
    const upgraded = await openDatabase(options(folder, later));
    const columns = upgraded.sqlite.prepare(`SELECT name FROM pragma_table_info('members')`).all();
    const member = upgraded.sqlite.prepare(`SELECT name FROM members WHERE id = 'm1'`).get();
    upgraded.sqlite.close();

    expect(columns).toContainEqual({ name: 'nickname' });
    expect(member).toEqual({ name: 'Ann Smith' });
    expect(upgraded.preMigrationBackup).not.toBeNull();
    const backup = openEncrypted(upgraded.preMigrationBackup ?? '', databaseKeyFor(folder), { readonly: true });
    const backedUpColumns = backup.prepare(`SELECT name FROM pragma_table_info('members')`).all();
    const backedUpMember = backup.prepare(`SELECT name FROM members`).get();
    const integrity = backup.pragma('integrity_check', { simple: true });
    backup.close();
    expect(backedUpColumns).not.toContainEqual({ name: 'nickname' });
    expect(backedUpMember).toEqual({ name: 'Ann Smith' });
    expect(integrity).toBe('ok');
  });

  it('applies the newest shipped migration to a database the previous version wrote, keeping its data', async () => {
    const folder = tempFolder();
    const previous = await openDatabase(options(folder, previousVersionMigrations()));
    previous.sqlite
      .prepare(
        `INSERT INTO members (id, name, name_key, list_role, independent, background, social_worker_pqe3, appointment_date, status, created_at, updated_at)
         VALUES ('m1', 'Ann Smith', 'ann smith', 'chair', 1, 'health', 0, '2024-01-01', 'active', 'x', 'x')`,
      )
      .run();
    previous.sqlite.exec(
      `INSERT INTO sittings (id, kind, date, start_time, status, created_at, updated_at)
         VALUES ('s1', 'main', '2026-11-10', '09:30', 'held', 'x', 'x');
       INSERT INTO agenda_items (id, sitting_id, item_type, position, duration_minutes, checklist, status, created_at, updated_at)
         VALUES ('i1', 's1', 'business', 1, 15, '{}', 'heard', 'x', 'x');
       INSERT INTO agenda_item_history (id, item_id, at, action, by_name) VALUES ('h1', 'i1', 'x', 'Added', 'Admin');
       INSERT INTO adm_cases (item_id, state, updated_at) VALUES ('i1', 'awaiting', 'x');`,
    );
    previous.sqlite.close();
    const current = await openDatabase(options(folder));
    const member = current.sqlite.prepare(`SELECT name FROM members WHERE id = 'm1'`).get();
    const item = current.sqlite
      .prepare(`SELECT status, sent_to_adm_date AS sent FROM agenda_items WHERE id = 'i1'`)
      .get();
    const check = current.sqlite.pragma('foreign_key_check');
    const children = current.sqlite
      .prepare(
        `SELECT (SELECT count(*) FROM agenda_item_history WHERE item_id = 'i1') + (SELECT count(*) FROM adm_cases WHERE item_id = 'i1') AS n`,
      )
      .get();
    const enforced = current.sqlite.pragma('foreign_keys', { simple: true });
    current.sqlite.close();
    expect(children).toEqual({ n: 2 });
    expect(enforced).toBe(1);
    expect(current.state).toMatchObject({ kind: 'pending', pending: 1 });
    expect(member).toEqual({ name: 'Ann Smith' });
    expect(item).toEqual({ status: 'heard', sent: null });
    expect(check).toEqual([]);
  });

  it('refuses a database written by a newer version, and leaves the file untouched', async () => {
    const folder = tempFolder();
    (await openDatabase(options(folder, laterVersionMigrations()))).sqlite.close();
    const file = options(folder).file;
    const before = sha256(file);

    await expect(openDatabase(options(folder))).rejects.toThrow(DatabaseTooNewError);
    await expect(openDatabase(options(folder))).rejects.toThrow(/newer version of Fostering Panel/);
    expect(sha256(file)).toBe(before);
    expect(existsSync(path.join(folder, 'backups'))).toBe(false);
  });

  it('refuses a file that is not a database', async () => {
    const folder = tempFolder();
    writeFileSync(options(folder).file, 'These are the minutes of the panel, not a database.');
    await expect(openDatabase(options(folder))).rejects.toThrow(NotADatabaseError);
    // The database key the test opened with is outside the data folder; nothing else was made.
    expect(readdirSync(folder)).toEqual(['panel.sqlite']);
  });
});
