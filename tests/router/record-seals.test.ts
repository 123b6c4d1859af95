import { createHmac } from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openEncrypted } from '../../db/cipher';
import { openDatabase } from '../../db/migrate';
import { afterEach, describe, expect, it } from 'vitest';
import { keysFolderFor } from '../../electron/compose';
import { FileKeyStore } from '../../electron/backend/audit/key-store';
import { GENESIS_HMAC, verifyAuditChain } from '../../electron/backend/audit/audit-chain';
import { openHouseholdRecords, type HouseholdRecords } from '../factories/household-records';
import {
  databaseKeyFor,
  LOOPBACK,
  migrationsThrough,
  openTestBackend,
  RELEASE_2026_11,
  signIn,
  tempFolder,
  type TestBackend,
} from '../factories/backend';
import { householdInput } from '../factories/households';
import { memberInput } from '../factories/members';

/** Edits the file with another tool, as someone with the files would: the app's guards and triggers do not apply. */
function outsideTheApp(file: string, change: (sqlite: Database.Database) => void): void {
  // With the database key: someone holding the key folder as well as the data.
  const sqlite = openEncrypted(file, databaseKeyFor(path.dirname(file)));
  try {
    change(sqlite);
  } finally {
    sqlite.close();
  }
}

describe('records sealed by the audit trail', () => {
  let records: HouseholdRecords | null = null;
  const opened: TestBackend[] = [];
  afterEach(() => {
    records?.backend.dispose();
    records = null;
    for (const backend of opened.splice(0)) backend.dispose();
  });

  async function reopened(backend: TestBackend): Promise<TestBackend> {
    backend.close();
    const again = await openTestBackend({ folder: backend.folder });
    opened.push(again);
    return again;
  }

  it('verifies after the app itself wrote recommendations, minutes, decisions, letters and a resignation', async () => {
    records = await openHouseholdRecords();
    const { store, audit } = records.backend;
    const check = audit.verify(store.sqlite);
    expect(check).toMatchObject({ ok: true, problem: null, changedRecords: [] });
    const sealed = store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE row_digests LIKE '%"adm_cases"%'`)
      .get() as { n: number };
    expect(sealed.n).toBeGreaterThan(0);
    expect(await records.backend.router.dispatch(LOOPBACK, 'audit:verify', {})).toMatchObject({
      ok: true,
      value: { ok: true },
    });
  });

  it("reports a direct UPDATE of an ADM decision's reasons, with table, record and time", async () => {
    records = await openHouseholdRecords();
    const { backend, approvalItem } = records;
    outsideTheApp(backend.file, (db) =>
      db.prepare(`UPDATE adm_cases SET decision_reasons = 'Rewritten later' WHERE item_id = ?`).run(approvalItem),
    );
    const again = await reopened(backend);
    const check = again.audit.verify(again.store.sqlite);
    expect(check.ok).toBe(false);
    expect(check.changedRecords).toEqual([
      expect.objectContaining({
        table: 'adm_cases',
        recordId: approvalItem,
        change: 'changed',
        lastRecordedAt: expect.stringMatching(/^2026-/),
      }),
    ]);
    expect(check.problem).toMatch(
      /ADM decision on item .* \(table adm_cases\) was changed outside the app after 2026-/,
    );
  });

  it('fails the backup check of a database whose decision was changed outside the app', async () => {
    records = await openHouseholdRecords();
    const { backend, approvalItem } = records;
    outsideTheApp(backend.file, (db) =>
      db.prepare(`UPDATE adm_cases SET decision_reasons = 'Rewritten later' WHERE item_id = ?`).run(approvalItem),
    );
    const result = await backend.router.dispatch(LOOPBACK, 'backups:create', {});
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/failed its check.*was changed outside the app/) },
    });
  });

  it('reports a recommendation deleted outside the app', async () => {
    records = await openHouseholdRecords();
    const { backend, approvalItem } = records;
    const { id } = backend.store.sqlite
      .prepare('SELECT id FROM recommendations WHERE item_id = ?')
      .get(approvalItem) as {
      id: string;
    };
    outsideTheApp(backend.file, (db) => {
      db.pragma('foreign_keys = OFF');
      db.prepare('DELETE FROM recommendations WHERE id = ?').run(id);
    });
    const again = await reopened(backend);
    const check = again.audit.verify(again.store.sqlite);
    expect(check).toMatchObject({ ok: false, problem: expect.stringContaining('was deleted outside the app') });
    expect(check.changedRecords).toEqual([
      expect.objectContaining({ table: 'recommendations', recordId: id, change: 'deleted' }),
    ]);
  });

  it("reports a household's status changed outside the app, and a decision added outside it", async () => {
    records = await openHouseholdRecords();
    const { backend } = records;
    outsideTheApp(backend.file, (db) => {
      db.prepare(`UPDATE households SET status = 'approved' WHERE id = ?`).run(records?.household.id);
      db.prepare(
        `INSERT INTO direct_referrals (item_id, report_date, outcome, reasons, presented_by, referred_by_name, referred_at)
         VALUES (?, '2026-11-23', 'suitable', 'Forged', 'Nobody', 'Nobody', '2026-11-23')`,
      ).run(records?.resignationItem);
    });
    const again = await reopened(backend);
    const changes = again.audit.verify(again.store.sqlite).changedRecords.map((r) => [r.table, r.change]);
    expect(changes).toEqual(
      expect.arrayContaining([
        ['households', 'changed'],
        ['direct_referrals', 'added'],
      ]),
    );
  });

  it('does not seal a change made outside the app when the app writes next', async () => {
    records = await openHouseholdRecords();
    const { backend, approvalItem } = records;
    // Made on the app's own file while it is open, through another connection: the app's next write must not seal it.
    outsideTheApp(backend.file, (db) =>
      db.prepare(`UPDATE adm_cases SET decision_reasons = 'Rewritten' WHERE item_id = ?`).run(approvalItem),
    );
    await records.as('members:create', memberInput({ name: 'Written Afterwards' }));
    expect(backend.audit.verify(backend.store.sqlite).changedRecords).toEqual([
      expect.objectContaining({ table: 'adm_cases', change: 'changed' }),
    ]);
  });

  it('seals every record of a database as released, once, when it is upgraded, and then verifies', async () => {
    const folder = tempFolder();
    const file = path.join(folder, 'panel.sqlite');
    // The November 2026 release's schema, with a household and the audit row that release would have sealed for it.
    const keys = new FileKeyStore(keysFolderFor(file, undefined, {}));
    const released = await openDatabase({
      file,
      migrationsFolder: migrationsThrough(RELEASE_2026_11),
      backupFolder: path.join(folder, 'backups'),
      now: new Date('2026-11-20T10:00:00Z'),
      key: keys.loadDatabaseKey(),
    });
    released.sqlite
      .prepare(
        `INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status, terms, created_at, updated_at)
         VALUES ('h-1', 'H1', 'h1', 'Smith', '["Ann Smith"]', 'mainstream', 'approved', '{"ageRange":"0-18"}', '2026-11-20', '2026-11-20')`,
      )
      .run();
    const row = [
      1,
      '2026-11-20T10:00:00.000Z',
      null,
      'Admin',
      '[]',
      'households:create',
      'household',
      'h-1',
      '{}',
      GENESIS_HMAC,
    ];
    const hmac = createHmac('sha256', keys.loadKey()).update(JSON.stringify(row)).digest('hex');
    released.sqlite
      .prepare(
        `INSERT INTO audit_log (seq, at, user_id, user_name, roles, channel, entity_type, entity_id, changes, prev_hmac, hmac)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...row, hmac);
    keys.writeAnchor({ seq: 1, hmac });
    released.sqlite.close();

    const upgraded = await openTestBackend({ folder });
    opened.push(upgraded);
    expect(upgraded.schemaState.kind).toBe('pending');
    const seal = upgraded.store.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      channel: string;
      row_digests: string;
    };
    expect(seal).toMatchObject({ seq: 2, channel: 'database:migrate' });
    expect(JSON.parse(seal.row_digests)).toMatchObject({
      scheme: 1,
      rows: [['households', 'h-1', expect.any(String)]],
    });
    expect(upgraded.audit.verify(upgraded.store.sqlite)).toMatchObject({ ok: true, changedRecords: [] });
    // A second start has nothing to re-seal; a later change outside the app is reported.
    const again = await reopened(upgraded);
    expect((again.store.sqlite.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number }).n).toBe(2);
    again.store.sqlite.prepare(`UPDATE households SET terms = NULL WHERE id = 'h-1'`).run();
    expect(again.audit.verify(again.store.sqlite).changedRecords).toMatchObject([
      { table: 'households', recordId: 'h-1' },
    ]);
  });

  it('refuses an unknown digest scheme rather than passing it', async () => {
    const backend = await openTestBackend();
    opened.push(backend);
    await signIn(backend);
    await backend.router.dispatch(LOOPBACK, 'households:create', householdInput());
    const keys = new FileKeyStore(keysFolderFor(backend.file, undefined, {}));
    // Re-sealed with the real key, as only the app could: the check must still not pass a scheme it cannot read.
    backend.store.sqlite.exec('DROP TRIGGER audit_log_no_update');
    backend.store.sqlite
      .prepare(`UPDATE audit_log SET row_digests = replace(row_digests, '"scheme":1', '"scheme":9')`)
      .run();
    const check = verifyAuditChain(backend.store.sqlite, keys.loadKey(), { kind: 'none' });
    expect(check.ok).toBe(false);
  });
});
