import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import type { QuorumNotice } from '../../shared/schemas/quorum-notice';
import type { AppSettings } from '../../shared/schemas/settings';
import {
  databaseKeyFor,
  loopbackCaller,
  migrationsThrough,
  openTestBackend,
  RELEASE_2026_12,
  signIn,
  tempFolder,
  type TestBackend,
} from '../factories/backend';

const NOW = new Date('2026-12-03T09:00:00Z');

/** A database as the early December 2026 release wrote it, with the quorum rule as the service had set it. */
async function releasedDatabase(folder: string, quorum: Record<string, unknown>): Promise<void> {
  const old = await openDatabase({
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder: migrationsThrough(RELEASE_2026_12),
    backupFolder: path.join(folder, 'backups'),
    now: NOW,
    key: databaseKeyFor(folder),
  });
  const settings = JSON.stringify({ agencyName: 'Shire County Fostering', idleLockMinutes: 20, quorum });
  old.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('app', ?, 'x')`).run(settings);
  old.sqlite.close();
}

describe('migrating a quorum rule looser than the regulations (FSR reg 24)', () => {
  let backend: TestBackend | null = null;
  afterEach(() => backend?.dispose());

  async function open(quorum: Record<string, unknown>) {
    const folder = tempFolder();
    await releasedDatabase(folder, quorum);
    backend = await openTestBackend({ folder });
    await signIn(backend);
    const opened = backend;
    return loopbackCaller(() => opened);
  }

  it('raises each looser part to the minimum, keeps the rest, and tells the administrator until acknowledged', async () => {
    const as = await open({
      minimumMembers: 3,
      requireChairOrViceChairPresiding: true,
      requireQualifiedSocialWorker: false,
      requireOtherIndependentWhenPresiderNotIndependent: false,
    });
    const settings = await as<AppSettings>('settings:get', {});
    expect(settings).toMatchObject({
      agencyName: 'Shire County Fostering',
      idleLockMinutes: 20,
      quorum: {
        minimumMembers: 5,
        requireChairOrViceChairPresiding: true,
        requireQualifiedSocialWorker: true,
        requireOtherIndependentWhenPresiderNotIndependent: true,
      },
    });
    const { notice } = await as<QuorumNotice>('quorum:notice', {});
    expect(notice?.changes).toEqual([
      "The minimum number of members was 3; it is now 5, the regulations' minimum.",
      `"At least one social worker with 3 years' post-qualifying experience" had been switched off; it applies again.`,
      '"When the person presiding is not independent, at least one other independent member" had been switched off; it applies again.',
    ]);
    expect(notice?.acknowledgedAt).toBeNull();

    const acknowledged = await as<QuorumNotice>('quorum:acknowledgeNotice', {});
    expect(acknowledged.notice?.acknowledgedByName ?? '').toMatch(/^Tester \d+$/);
    const audit = (backend as TestBackend).store.sqlite
      .prepare(`SELECT entity_id FROM audit_log WHERE channel = 'quorum:acknowledgeNotice'`)
      .all();
    expect(audit).toEqual([{ entity_id: 'quorum-raised' }]);
    await expect(as('quorum:acknowledgeNotice', {})).rejects.toThrow(/no notice waiting/);
  });

  it('keeps a stricter rule as it was, with no notice', async () => {
    const stricter = {
      minimumMembers: 6,
      requireChairOrViceChairPresiding: true,
      requireQualifiedSocialWorker: true,
      requireOtherIndependentWhenPresiderNotIndependent: true,
    };
    const as = await open(stricter);
    expect((await as<AppSettings>('settings:get', {})).quorum).toEqual(stricter);
    expect(await as<QuorumNotice>('quorum:notice', {})).toEqual({ notice: null });
  });
});
