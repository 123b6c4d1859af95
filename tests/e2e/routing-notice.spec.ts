import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { databaseAsReleased } from './support/prepared-database';
import { RELEASE_2026_11 } from '../factories/backend';

/**
 * A database from the November 2026 release that sent connected-person approvals straight to the ADM, with one
 * such case already sent: the backend migrates it on start, moving approvals back to panel and leaving the
 * administrator a notice on the Rules and clocks screen until they acknowledge it.
 */
const november = databaseAsReleased(RELEASE_2026_11, (sqlite) => {
  const settings = JSON.stringify({
    agencyName: 'Shire County Fostering',
    directToAdm: ['approval_connected_person', 'exemption'],
  });
  sqlite
    .prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('app', ?, '2026-10-01T09:00:00Z')`)
    .run(settings);
  sqlite.exec(`
    INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status,
        application_received_date, temporary_approval_date, created_at, updated_at)
      VALUES ('h-kin', 'CP-2026-031', 'cp-2026-031', 'Mrs Nkemelu (maternal aunt)', '["Ada Nkemelu"]',
        'connected_person', 'applicant', '2026-08-03', '2026-08-03', '2026-08-03T09:00:00Z', '2026-11-12T10:00:00Z');
    INSERT INTO agenda_items (id, sitting_id, household_id, item_type, position, duration_minutes, papers_received_date,
        checklist, status, sent_to_adm_date, created_at, updated_at)
      VALUES ('i-kin', NULL, 'h-kin', 'approval_connected_person', 0, 0, '2026-11-10', '{}', 'heard', '2026-11-12',
        '2026-11-12T10:00:00Z', '2026-11-12T10:00:00Z');
    INSERT INTO direct_referrals (item_id, report_date, presented_by, outcome, terms, reasons, referred_by_name, referred_at)
      VALUES ('i-kin', '2026-11-10', 'Sam Social', 'suitable', NULL, 'A thorough connected-person assessment.',
        'Ada Admin', '2026-11-12T10:00:00Z');
    INSERT INTO adm_cases (item_id, household_id, state, updated_at)
      VALUES ('i-kin', 'h-kin', 'awaiting', '2026-11-12T10:00:00Z');
  `);
});

test.use({ preparedDatabase: november });

test('the administrator sees the notice that approvals went back to panel, naming the case, and acknowledges it', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  await expect(page.getByRole('heading', { name: 'Rules and clocks', level: 1 })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Approvals now always go to panel' });
  await expect(notice).toContainText('approval (connected person)');
  const row = notice.getByRole('row').filter({ hasText: 'CP-2026-031' });
  await expect(row).toContainText('Approval (connected person)');
  await expect(row).toContainText('12 November 2026');
  await expect(row.getByRole('link', { name: 'CP-2026-031' })).toHaveAttribute('href', /\/decisions\/i-kin$/);
  await expectNoSeriousViolations(page, 'the rules and clocks screen with the routing notice');

  // The lawful type stays routed straight to the ADM; the approval type went back to panel.
  const settings = (await rpcOrThrow(page, 'settings:get', {})) as { directToAdm: string[] };
  expect(settings.directToAdm).toEqual(['exemption']);

  await notice.getByRole('button', { name: 'I have read this notice' }).click();
  await expect(page.getByText('The notice about approvals going to panel has been acknowledged.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Approvals now always go to panel' })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Rules and clocks', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Approvals now always go to panel' })).toHaveCount(0);
  await expect(page.getByText('CP-2026-031')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the rules and clocks screen after the notice was acknowledged');
});
