import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import type { DataReturn } from '../../shared/schemas/data-return';
import { databaseKeyFor, migrationsThrough, openTestBackend, signIn, tempFolder } from '../factories/backend';
import { panelCaller } from '../factories/panel-caller';

/** The migration before this one: a database as the app wrote it before outcomes were kept. */
const BEFORE_OUTCOMES = '0025_delay_reasons';
const AT = '2025-12-01T09:00:00.000Z';

describe('the application outcomes migration, from a database written before outcomes were kept', () => {
  it('records every application that had ended as "not recorded", on the day it ended, and the return counts them apart', async () => {
    const folder = tempFolder();
    const old = await openDatabase({
      file: path.join(folder, 'panel.sqlite'),
      migrationsFolder: migrationsThrough(BEFORE_OUTCOMES),
      backupFolder: path.join(folder, 'backups'),
      key: databaseKeyFor(folder),
      now: new Date(AT),
    });
    const household = old.sqlite.prepare(
      `INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status,
         application_received_date, approval_date, created_at, updated_at)
       VALUES (?, ?, ?, ?, '[]', 'mainstream', ?, '2025-05-01', ?, ?, ?)`,
    );
    const history = old.sqlite.prepare(
      `INSERT INTO household_status_history (id, household_id, status, effective_date, reason, recorded_at, recorded_by)
       VALUES (?, ?, ?, ?, NULL, ?, 'Admin')`,
    );
    const rows: [id: string, status: string, approvalDate: string | null, updatedAt: string][] = [
      ['withdrew', 'withdrawn', null, AT],
      ['no-history', 'withdrawn', null, '2025-07-14T10:00:00.000Z'],
      ['after-approval', 'withdrawn', '2020-01-01', AT],
      ['applying', 'applicant', null, AT],
      ['refused', 'refused', null, AT],
    ];
    for (const [id, status, approvalDate, updatedAt] of rows) {
      household.run(id, id.toUpperCase(), id.toUpperCase(), id, status, approvalDate, AT, updatedAt);
    }
    history.run('h1', 'withdrew', 'withdrawn', '2025-06-01', AT);
    history.run('h2', 'withdrew', 'withdrawn', '2025-10-01', AT);
    history.run('h3', 'refused', 'refused', '2025-11-01', AT);
    old.sqlite.close();

    const backend = await openTestBackend({ folder });
    try {
      const outcomes = backend.store.sqlite
        .prepare('SELECT household_id, reason, ended_on, version FROM application_outcomes ORDER BY household_id')
        .all();
      expect(outcomes).toEqual([
        { household_id: 'no-history', reason: 'not_recorded', ended_on: '2025-07-14', version: 1 },
        { household_id: 'withdrew', reason: 'not_recorded', ended_on: '2025-10-01', version: 1 },
      ]);
      await signIn(backend);
      const figures = await panelCaller(backend).as<DataReturn>('reports:dataReturn', { year: 2025 });
      const value = (name: string) => figures.fields.find((f) => f.field === name)?.value;
      expect(value('applications_ended_reason_not_recorded')).toBe(2);
      expect(value('applications_ended_withdrawn')).toBe(0);
      expect(value('applications_ended_by_service')).toBe(0);
      expect(value('applications_refused')).toBe(1);
    } finally {
      backend.dispose();
    }
  });
});
