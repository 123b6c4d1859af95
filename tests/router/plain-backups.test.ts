import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hasPlainHeader } from '../../db/cipher';
import type { BackupInfo, PlainBackup } from '../../shared/schemas/backups';
import { LOOPBACK, loopbackCaller, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { decryptToPlain } from '../factories/plain-database';

const NAME = 'Philippa Plaintext';

describe('backups made before encryption', () => {
  let backend: TestBackend;
  const as = loopbackCaller(() => backend);
  afterEach(() => backend.dispose());

  /** Two backups as an older version left them (plain SQLite, no record beside them), and one made now. */
  async function plainBackups(): Promise<{ plain: string[]; encrypted: string }> {
    backend = await openTestBackend();
    await signIn(backend);
    await as('members:create', memberInput({ name: NAME }));
    const encrypted = await as<BackupInfo>('backups:create', {});
    const folder = backend.backups.folder();
    const plain = ['panel-2026-10-01T09-00-00-000-daily.sqlite', 'pre-migration-2026-11-01T09-00-00.sqlite'];
    for (const name of plain) {
      copyFileSync(path.join(folder, encrypted.name), path.join(folder, name));
      decryptToPlain(path.join(folder, name), backend.audit.keys.loadDatabaseKey());
    }
    return { plain, encrypted: encrypted.name };
  }

  it('lists each plain backup, and encrypts one on request, keeping its rows and restorable', async () => {
    const {
      plain: [first, second],
    } = await plainBackups();
    const listed = await as<PlainBackup[]>('backups:plainList', {});
    expect(listed.map((b) => b.name).sort()).toEqual([first, second].sort());
    const file = path.join(backend.backups.folder(), first ?? '');
    expect(readFileSync(file).includes(NAME)).toBe(true);

    await as('backups:encryptPlain', { name: first });
    expect(hasPlainHeader(file)).toBe(false);
    expect(readFileSync(file).includes(NAME)).toBe(false);
    expect((await as<PlainBackup[]>('backups:plainList', {})).map((b) => b.name)).toEqual([second]);
    // It verified under this installation's keys, so it now has a manifest of its encrypted bytes, signed.
    expect((await as<{ backups: BackupInfo[] }>('backups:list', {})).backups).toContainEqual(
      expect.objectContaining({ name: first, verified: true, problem: null }),
    );
    await as('backups:restore', { name: first });
    await signIn(backend);
    expect((await as<{ name: string }[]>('members:list', {})).map((m) => m.name)).toEqual([NAME]);
  });

  it('encrypts but does not sign a plain backup whose audit trail was altered, so a restore refuses it', async () => {
    const {
      plain: [first],
    } = await plainBackups();
    const file = path.join(backend.backups.folder(), first ?? '');
    const plain = new Database(file);
    plain.exec('DROP TRIGGER audit_log_no_update');
    plain.prepare(`UPDATE audit_log SET user_name = 'Someone Else'`).run();
    plain.close();

    await as('backups:encryptPlain', { name: first });
    expect(hasPlainHeader(file)).toBe(false);
    const result = await backend.router.dispatch(LOOPBACK, 'backups:restore', { name: first });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('has not been restored') } });
    expect(await as<{ name: string }[]>('members:list', {})).toHaveLength(1);
  });

  it('deletes a plain backup on request, and touches no encrypted one', async () => {
    const {
      plain: [first],
      encrypted,
    } = await plainBackups();
    await as('backups:deletePlain', { name: first });
    expect(existsSync(path.join(backend.backups.folder(), first ?? ''))).toBe(false);
    expect(await backend.router.dispatch(LOOPBACK, 'backups:deletePlain', { name: encrypted })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(existsSync(path.join(backend.backups.folder(), encrypted))).toBe(true);
  });
});
