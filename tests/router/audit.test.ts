import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openEncrypted } from '../../db/cipher';
import { keysFolderFor } from '../../electron/compose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract/channels';
import { LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { settingsVersion } from '../factories/versions';

const auditCount = (backend: TestBackend) =>
  (backend.store.sqlite.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

/** Opens the file behind the app's back, as someone tampering with it would, with the guards removed. */
function tamper(backend: TestBackend, change: (sqlite: Database.Database) => void): void {
  const sqlite = openEncrypted(backend.file, backend.audit.keys.loadDatabaseKey());
  sqlite.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  change(sqlite);
  sqlite.close();
}

describe('audit trail', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  /** Calls as the signed-in administrator, as the window would. */
  async function asUser(channel: string, input: unknown): Promise<{ id: string }> {
    const result = await backend.router.dispatch(LOOPBACK, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string };
  }

  async function someHistory(): Promise<string> {
    const member = await asUser('members:create', memberInput({ name: 'Ann Smith' }));
    await asUser('members:addTraining', { memberId: member.id, date: '2026-10-01', title: 'Safeguarding', hours: '2' });
    await asUser('members:recordNotice', { id: member.id, version: 2, noticeDate: '2026-11-20' });
    await asUser('members:create', memberInput());
    await asUser('settings:update', {
      version: await settingsVersion(asUser),
      idleLockMinutes: 20,
      backupFolder: null,
    });
    return member.id;
  }

  it('writes exactly one row per write, with who, what and before/after values', async () => {
    const before = auditCount(backend);
    const memberId = await someHistory();
    expect(auditCount(backend) - before).toBe(5);
    const history = await backend.router.dispatch(LOOPBACK, 'audit:list', { entityType: 'member', entityId: memberId });
    expect(history.ok).toBe(true);
    const entries = history.ok
      ? (
          history.value as {
            entries: { channel: string; userName: string; roles: string[]; changes: Record<string, unknown> }[];
          }
        ).entries
      : [];
    expect(entries.map((e) => e.channel)).toEqual(['members:recordNotice', 'members:addTraining', 'members:create']);
    const [notice, , creation] = entries;
    expect(notice?.userName).toMatch(/^Tester/);
    expect(notice?.roles).toEqual(['administrator']);
    expect(notice?.changes).toEqual({
      status: ['active', 'on_notice'],
      noticeReceivedDate: [null, '2026-11-20'],
      leavingDate: [null, '2026-12-20'],
    });
    expect(creation?.changes.name).toEqual([null, 'Ann Smith']);
  });

  it('writes no row for a refused or read-only call', async () => {
    const before = auditCount(backend);
    await backend.router.dispatch(LOOPBACK, 'members:create', { name: '' });
    await backend.router.dispatch(LOOPBACK, 'members:list', {});
    await backend.router.dispatch(LOOPBACK, 'members:get', { id: 'missing' });
    expect(auditCount(backend)).toBe(before);
  });

  it('records failed logins, without the password', async () => {
    const before = auditCount(backend);
    await backend.router.dispatch(
      { transport: 'ipc', frameUrl: 'app://panel/', isMainFrame: true, contentsId: 3 },
      'auth:login',
      {
        username: 'intruder',
        password: 'guessing-passwords',
      },
    );
    const row = backend.store.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Record<
      string,
      string
    >;
    expect(auditCount(backend)).toBe(before + 1);
    expect(row.channel).toBe('auth:login');
    expect(row.changes).toContain('refused');
    expect(row.changes).not.toContain('guessing-passwords');
  });

  it('marks every write channel with the kind of record it changes', () => {
    for (const channel of CHANNELS) {
      if (contract[channel].kind === 'write') expect(contract[channel].entity, channel).toBeTruthy();
    }
  });

  it('verifies an untouched chain', async () => {
    await someHistory();
    expect(backend.audit.verify(backend.store.sqlite)).toEqual({
      ok: true,
      rowsChecked: 5,
      firstBrokenSeq: null,
      problem: null,
      changedRecords: [],
    });
    expect(await backend.router.dispatch(LOOPBACK, 'audit:verify', {})).toMatchObject({
      ok: true,
      value: { ok: true },
    });
  });

  it('refuses UPDATE and DELETE on the audit table', async () => {
    await someHistory();
    expect(() => backend.store.sqlite.prepare(`UPDATE audit_log SET user_name = 'someone else'`).run()).toThrow(
      /audit trail cannot be changed/,
    );
    expect(() => backend.store.sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/audit trail cannot be changed/);
  });

  describe('detects tampering with the file', () => {
    const reopened = async (b: TestBackend) => {
      b.close();
      const again = await openTestBackend({ folder: b.folder });
      return again.audit.verify(again.store.sqlite);
    };

    it('an edited row', async () => {
      await someHistory();
      tamper(backend, (db) => db.prepare(`UPDATE audit_log SET user_name = 'Someone Else' WHERE seq = 3`).run());
      expect(await reopened(backend)).toMatchObject({
        ok: false,
        firstBrokenSeq: 3,
        problem: expect.stringContaining('altered'),
      });
    });

    it('a deleted row', async () => {
      await someHistory();
      tamper(backend, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 2').run());
      expect(await reopened(backend)).toMatchObject({
        ok: false,
        firstBrokenSeq: 2,
        problem: expect.stringContaining('missing'),
      });
    });

    it('two rows swapped', async () => {
      await someHistory();
      tamper(backend, (db) => {
        const rows = db.prepare('SELECT * FROM audit_log WHERE seq IN (2, 3) ORDER BY seq').all() as Record<
          string,
          unknown
        >[];
        const [two, three] = rows;
        const update = db.prepare(
          'UPDATE audit_log SET at=@at, user_id=@user_id, user_name=@user_name, roles=@roles, channel=@channel, entity_type=@entity_type, entity_id=@entity_id, changes=@changes, prev_hmac=@prev_hmac, hmac=@hmac WHERE seq=@target',
        );
        update.run({ ...three, target: 2 });
        update.run({ ...two, target: 3 });
      });
      expect(await reopened(backend)).toMatchObject({ ok: false, firstBrokenSeq: 2 });
    });

    it('a truncated tail', async () => {
      await someHistory();
      tamper(backend, (db) => db.prepare('DELETE FROM audit_log WHERE seq >= 4').run());
      expect(await reopened(backend)).toMatchObject({
        ok: false,
        firstBrokenSeq: 4,
        problem: expect.stringContaining('removed'),
      });
    });

    describe('a truncated tail with the anchor taken away fails, never passes', () => {
      const anchorFile = (b: TestBackend) => path.join(keysFolderFor(b.file, undefined, {}), 'audit-anchor.json');
      for (const [how, takeAway] of [
        ['deleted', (file: string) => rmSync(file)],
        ['emptied', (file: string) => writeFileSync(file, '')],
        ['nulled', (file: string) => writeFileSync(file, 'null')],
        ['replaced with a forged anchor', (file: string) => writeFileSync(file, '{"seq":3,"hmac":"x","mac":"y"}')],
      ] as const) {
        it(`anchor ${how}`, async () => {
          await someHistory();
          tamper(backend, (db) => db.prepare('DELETE FROM audit_log WHERE seq >= 4').run());
          takeAway(anchorFile(backend));
          expect(await reopened(backend)).toMatchObject({
            ok: false,
            problem: expect.stringMatching(/^The audit anchor is missing \(.+\), but the audit trail has 3 entries/),
          });
        });
      }

      it('every entry removed, the anchor kept', async () => {
        await someHistory();
        tamper(backend, (db) => db.prepare('DELETE FROM audit_log').run());
        expect(await reopened(backend)).toMatchObject({ ok: false, problem: expect.stringContaining('removed') });
      });

      it('a power cut between the first entry and its anchor leaves the start anchored, which passes', async () => {
        await asUser('members:create', memberInput());
        // As if killed after the first commit but before the anchor moved on from the one written before it.
        backend.audit.keys.writeAnchor({ seq: 0, hmac: '0'.repeat(64) });
        expect(backend.audit.verify(backend.store.sqlite)).toMatchObject({ ok: true, rowsChecked: 1 });
      });

      it('a brand-new database has no entries and no anchor, and passes', async () => {
        const fresh = await openTestBackend();
        expect(existsSync(anchorFile(fresh))).toBe(false);
        expect(fresh.audit.verify(fresh.store.sqlite)).toMatchObject({ ok: true, rowsChecked: 0 });
        fresh.dispose();
      });
    });

    it('a row re-sealed without the key', async () => {
      await someHistory();
      tamper(backend, (db) => db.prepare(`UPDATE audit_log SET hmac = '${'a'.repeat(64)}' WHERE seq = 5`).run());
      expect(await reopened(backend)).toMatchObject({ ok: false, firstBrokenSeq: 5 });
    });
  });
});
