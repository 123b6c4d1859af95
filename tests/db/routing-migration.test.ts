import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import type { DecisionCaseView } from '../../shared/schemas/decision';
import type { RoutingNotice } from '../../shared/schemas/routing';
import type { AppSettings } from '../../shared/schemas/settings';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import {
  loopbackCaller,
  migrationsThrough,
  openTestBackend,
  RELEASE_2026_11,
  signIn,
  tempFolder,
  type TestBackend,
  databaseKeyFor,
} from '../factories/backend';

const NOW = new Date('2026-11-23T09:00:00Z');

/** A database as the November 2026 release wrote it: approvals routed straight to the ADM, one case sent that way. */
async function novemberDatabase(folder: string, directToAdm: string[], approvalSentToAdm = true): Promise<void> {
  const old = await openDatabase({
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder: migrationsThrough(RELEASE_2026_11),
    backupFolder: path.join(folder, 'backups'),
    key: databaseKeyFor(folder),
    now: NOW,
  });
  const settings = JSON.stringify({ agencyName: 'Shire County Fostering', idleLockMinutes: 20, directToAdm });
  old.sqlite.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('app', ?, 'x')`).run(settings);
  old.sqlite.exec(`
    INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status, created_at, updated_at)
      VALUES ('h1', 'FC-0101', 'fc-0101', 'Mr and Mrs Early', '["Ann Early"]', 'mainstream', 'applicant', '2026-06-01T09:00:00Z', 'x'),
             ('h2', 'FC-0102', 'fc-0102', 'Ms Carer', '["Cara Carer"]', 'mainstream', 'approved', '2024-01-01T09:00:00Z', 'x');
    INSERT INTO sittings (id, kind, date, start_time, status, created_at, updated_at)
      VALUES ('s1', 'main', '2026-12-07', '09:30', 'planned', 'x', 'x');
    INSERT INTO agenda_items (id, sitting_id, household_id, item_type, position, duration_minutes, checklist, status, created_at, updated_at)
      VALUES ('i2', 's1', 'h2', 'other_review', 1, 30, '{}', 'scheduled', 'x', 'x');
  `);
  if (approvalSentToAdm) {
    old.sqlite.exec(`
      INSERT INTO agenda_items (id, sitting_id, household_id, item_type, position, duration_minutes, papers_received_date, checklist, status, deciding_adm_user_id, sent_to_adm_date, created_at, updated_at)
        VALUES ('i1', NULL, 'h1', 'approval_mainstream', 0, 0, '2026-11-10', '{}', 'heard', 'adm-user', '2026-11-12', 'x', 'x');
      INSERT INTO direct_referrals (item_id, report_date, presented_by, outcome, terms, reasons, referred_by_name, referred_at)
        VALUES ('i1', '2026-11-10', 'Sam Social', 'suitable', NULL, 'A thorough assessment.', 'Ada Admin', '2026-11-12T10:00:00Z');
      INSERT INTO adm_cases (item_id, household_id, state, updated_at) VALUES ('i1', 'h1', 'awaiting', 'x');
    `);
  }
  old.sqlite.close();
}

describe('migrating a November 2026 database to approvals always going to panel', () => {
  let backend: TestBackend | null = null;
  afterEach(() => backend?.dispose());

  it('moves approval types back to panel, keeps the case already sent and tells the administrator', async () => {
    const folder = tempFolder();
    await novemberDatabase(folder, ['approval_mainstream', 'exemption', 'approval_connected_person']);
    backend = await openTestBackend({ folder });
    await signIn(backend);
    const opened = backend;
    const as = loopbackCaller(() => opened);

    const settings = await as<AppSettings>('settings:get', {});
    expect(settings).toMatchObject({
      agencyName: 'Shire County Fostering',
      idleLockMinutes: 20,
      directToAdm: ['exemption'],
    });

    const { notice } = await as<RoutingNotice>('routing:notice', {});
    expect(notice).toMatchObject({
      movedBack: ['Approval (mainstream)', 'Approval (connected person)'],
      cases: [
        {
          itemId: 'i1',
          householdReference: 'FC-0101',
          typeLabel: 'Approval (mainstream)',
          sentDate: '2026-11-12',
          state: 'Waiting for the ADM',
        },
      ],
      acknowledgedAt: null,
    });

    // The case keeps its record and carries on with the ADM.
    const view = await as<DecisionCaseView>('decisions:get', { itemId: 'i1' });
    expect(view).toMatchObject({
      directReferral: { reportDate: '2026-11-10', presentedBy: 'Sam Social', reasons: 'A thorough assessment.' },
      case: { state: 'awaiting', withoutPanel: true },
    });

    const acknowledged = await as<RoutingNotice>('routing:acknowledgeNotice', {});
    expect(acknowledged.notice?.acknowledgedAt).toEqual(expect.any(String));
    expect(acknowledged.notice?.acknowledgedByName).toMatch(/Tester/);
    const audit = opened.store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE channel = 'routing:acknowledgeNotice'`)
      .get() as { n: number };
    expect(audit.n).toBe(1);
    const again = await opened.router.dispatch(
      { transport: 'loopback', tokenVerified: true },
      'routing:acknowledgeNotice',
      {},
    );
    expect(again.ok).toBe(false);
  });

  it('gives later reviews already recorded the kind "not recorded"', async () => {
    const folder = tempFolder();
    await novemberDatabase(folder, ['termination'], false);
    backend = await openTestBackend({ folder });
    await signIn(backend);
    const opened = backend;
    const as = loopbackCaller(() => opened);
    const stored = opened.store.sqlite.prepare(`SELECT review_kind AS kind FROM agenda_items WHERE id = 'i2'`).get();
    expect(stored).toEqual({ kind: 'not_recorded' });
    const sitting = await as<SittingDetail>('sittings:get', { id: 's1' });
    expect(sitting.items[0]).toMatchObject({ id: 'i2', reviewKind: 'not_recorded' });
    // No approval was routed or sent straight to the ADM: nothing to tell, and the lawful setting is kept.
    expect(await as<RoutingNotice>('routing:notice', {})).toEqual({ notice: null });
    expect((await as<AppSettings>('settings:get', {})).directToAdm).toEqual(['termination']);
  });
});
