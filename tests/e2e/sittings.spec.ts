import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addHousehold, addPanel, addSitting } from './support/sittings';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const agendaRow = (page: Page, n: number) =>
  page.getByRole('table', { name: 'Agenda items in order' }).getByRole('row').nth(n);

test('plans a year of sittings on the 2nd and 4th Tuesdays, skipping the Christmas bank holiday', async ({ page }) => {
  // Papers for Thursday 26 November 2026 were due on 19 November: today (23 November) they are overdue.
  await addSitting(page, '2026-11-26');
  await nav(page, 'Sittings');
  await expect(page.getByRole('heading', { name: 'Sittings', exact: true })).toBeVisible();
  await expect(page.getByText('1 upcoming sitting shown')).toBeVisible();
  await expect(page.getByRole('row', { name: /Thursday 26 November 2026/ })).toContainText('19 November 2026 Overdue');
  await expectNoSeriousViolations(page, 'the sittings list');

  await page.getByRole('link', { name: 'Plan a year' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the year');
  await expect(summary).toContainText('Choose a weekday');
  await expect(summary).toContainText('Choose which weeks of the month');
  await expectNoSeriousViolations(page, 'the year planner with errors');

  await page.getByLabel('Year').fill('2027');
  await page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' });
  await page.getByLabel('2nd').check();
  await page.getByLabel('4th').check();
  await page.getByLabel('Venue').fill('County Hall, Room 4');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { name: 'Preview' })).toBeFocused();
  await expect(page.getByText('24 dates match. 23 sittings will be created and 1 date skipped.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Tuesday 28 December 2027/ })).toContainText('Skipped Bank holiday');
  await expect(page.getByRole('row', { name: /Tuesday 12 January 2027/ })).toContainText('Yes');
  await expectNoSeriousViolations(page, 'the year planner with its preview');

  await page.getByRole('button', { name: 'Create 23 sittings' }).click();
  await expect(page.getByRole('status').first()).toHaveText('23 sittings have been added for 2027.');
  await expect(page.getByText('24 upcoming sittings shown')).toBeVisible();
  const january = page.getByRole('row', { name: /Tuesday 12 January 2027/ });
  await expect(january).toContainText('09:30');
  await expect(january).toContainText('Main');
  await expect(january).toContainText('County Hall, Room 4');
  await expect(january).toContainText('Planned');
  await expect(january).toContainText('5 January 2027');
  await expect(page.getByRole('link', { name: 'Tuesday 28 December 2027' })).toHaveCount(0);
});

test('shows past sittings a period at a time: the last 12 months, or a year', async ({ page }) => {
  for (const date of ['2026-10-13', '2026-02-10', '2025-12-09', '2025-06-10', '2019-03-12'])
    await addSitting(page, date);
  await page.reload();
  await nav(page, 'Sittings');
  await page.getByRole('radio', { name: 'Past' }).check();
  await expect(page.getByLabel('Held in')).toHaveValue('last-12-months');
  await expect(page.getByText('3 past sittings shown, in the last 12 months, most recent first')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Past sittings' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('13 October 2026');
  await expect(rows.nth(3)).toContainText('9 December 2025');
  await expectNoSeriousViolations(page, 'the past sittings');

  await page.getByLabel('Held in').selectOption('2025');
  await expect(page.getByText('2 past sittings shown, in 2025, most recent first')).toBeVisible();
  await expect(rows.nth(2)).toContainText('10 June 2025');
  await page.getByLabel('Held in').selectOption('2019');
  await expect(page.getByText('1 past sitting shown, in 2019, most recent first')).toBeVisible();
  await page.getByLabel('Held in').selectOption('2020');
  await expect(page.getByText('No past sittings are recorded in 2020.')).toBeVisible();
  await expect(page.getByLabel('Held in').locator('option').last()).toHaveText('2015');
});

test('asks before adding a sitting in the past, and keeps what was typed', async ({ page }) => {
  await nav(page, 'Sittings');
  await page.getByRole('link', { name: 'Add a sitting' }).click();
  await expectNoSeriousViolations(page, 'the add sitting form');
  await fillDate(page, 'Date', '2', '11', '2026');
  await page.getByLabel('Venue').fill('Civic Centre');
  await page.getByRole('button', { name: 'Add sitting' }).click();

  await expect(page.getByRole('alert')).toContainText('2 November 2026 is in the past.');
  await expect(page.locator('#date-error')).toContainText('is in the past');
  await expect(page.getByLabel('Venue')).toHaveValue('Civic Centre');
  await expectNoSeriousViolations(page, 'the add sitting form with a past date');
  await page.getByLabel('I am entering a sitting that has already happened (bringing in past records)').check();
  await page.getByRole('button', { name: 'Add sitting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitting on Monday 2 November 2026');
  await expect(page.getByRole('status').first()).toHaveText('The sitting on Monday 2 November 2026 has been added.');

  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Venue')).toHaveValue('Civic Centre');
  await expectNoSeriousViolations(page, 'the edit sitting form');
  await page.getByLabel('Start time').fill('14:00');
  await page.getByLabel('Extra sitting').check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The sitting on Monday 2 November 2026 has been saved.');
  await expect(page.getByRole('definition').filter({ hasText: 'Monday 2 November 2026, 14:00' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Extra sitting' })).toBeVisible();
});

test('builds an agenda, records attendance and declarations, and shows quorum for each item', async ({ page }) => {
  await addPanel(page);
  await addHousehold(page, 'FC-2026-001', 'Mr and Mrs A');
  await nav(page, 'Sittings');
  await page.getByRole('link', { name: 'Add a sitting' }).click();
  await fillDate(page, 'Date', '12', '1', '2027');
  await page.getByLabel('Venue').fill('County Hall, Room 4');
  await page.getByLabel('Planned to preside (optional)').selectOption({ label: 'Margaret Ellis (Chair)' });
  await page.getByRole('button', { name: 'Add sitting' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitting on Tuesday 12 January 2027');
  await expect(page.getByRole('definition').filter({ hasText: '5 January 2027' })).toBeVisible();

  await page.getByLabel('Type of item').selectOption({ label: 'Approval (mainstream)' });
  await page.getByLabel('Household', { exact: true }).selectOption({ label: 'FC-2026-001 – Mr and Mrs A' });
  await page.getByLabel('Time needed, in minutes').fill('60');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(agendaRow(page, 1)).toContainText('Approval (mainstream)');
  await page.getByLabel('Type of item').selectOption({ label: 'Quality assurance or business item' });
  await expect(page.getByLabel('Household', { exact: true })).toHaveCount(0);
  await expect(page.getByLabel('Find a household by reference or name')).toHaveCount(0);
  await page.getByLabel('Title').fill('Annual report');
  await page.getByLabel('Time needed, in minutes').fill('15');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(agendaRow(page, 2)).toContainText('Annual report');
  await expect(agendaRow(page, 1)).toContainText('09:30');
  await expect(agendaRow(page, 1)).toContainText('FC-2026-001 Mr and Mrs A');
  await expect(agendaRow(page, 1)).toContainText('0 of 5 ready');
  await expect(agendaRow(page, 2)).toContainText('10:30');

  // Six present, Sam Patel only from item 2; Ann Lee sent apologies.
  for (const name of ['Margaret Ellis', 'David Okafor', 'Helen Turner', 'Priya Shah', 'Robert Hale', 'Sam Patel']) {
    await page.getByLabel(`Attendance of ${name}`).selectOption({ label: 'Present' });
    await expect(page.getByRole('status').filter({ hasText: `Saved: ${name}, present.` })).toBeVisible();
  }
  await page.getByLabel('Attendance of Ann Lee').selectOption({ label: 'Apologies' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Ann Lee, apologies.' })).toBeVisible();
  await page
    .getByLabel('Arrived late, before item (Sam Patel)')
    .selectOption({ label: 'Item 2: Quality assurance or business item, Annual report' });
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved: Sam Patel, present, arrived before Item 2' }),
  ).toBeVisible();
  await page.getByLabel('Presiding').selectOption({ label: 'Margaret Ellis (Chair)' });
  await page.getByLabel('Panel adviser (optional)').fill('Jo Adviser');
  await page.getByLabel('Minute-taker (optional)').fill('Kim Minutes');
  await page.getByRole('button', { name: 'Save roles' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The roles for this sitting have been saved.' }),
  ).toBeVisible();
  await expect(agendaRow(page, 1)).toContainText('Quorate5 members counted');
  await expect(agendaRow(page, 2)).toContainText('Quorate6 members counted');
  await expectNoSeriousViolations(page, 'a sitting with an agenda and attendance');

  // Priya Shah withdraws from item 1: four are left for it, so it is no longer quorate.
  await agendaRow(page, 1).getByRole('link', { name: '1. Approval (mainstream)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Item 1: Approval (mainstream)');
  await page.getByLabel('Statutory checks back').check();
  await page.getByLabel('References').check();
  await fillDate(page, 'Papers received (optional)', '6', '1', '2027');
  await page.getByRole('button', { name: 'Save readiness' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The item has been saved.');
  await page.getByLabel('Member', { exact: true }).selectOption({ label: 'Priya Shah' });
  await page.getByLabel('What the interest is').fill('Knows the applicants through school');
  await page.getByLabel('Withdrew for this item (not counted for quorum)').check();
  await page.getByRole('button', { name: 'Record declaration' }).click();
  await expect(page.getByRole('status').first()).toHaveText("Priya Shah's declaration of interest has been recorded.");
  await expect(page.getByRole('definition').filter({ hasText: 'Not quorate' })).toContainText(
    'Only 4 members are present and not withdrawn for this item; at least 5 are needed.',
  );
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'Withdrew: Knows the applicants through school',
  );
  await expectNoSeriousViolations(page, 'an item with a declaration');
  await page.getByRole('button', { name: 'Remove the declaration by Priya Shah' }).click();
  await expect(page.getByRole('dialog', { name: 'Remove this declaration of interest?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the remove declaration dialog');
  await page.getByRole('button', { name: 'Keep it' }).click();

  await page.getByRole('link', { name: 'Back to the sitting on Tuesday 12 January 2027' }).click();
  await expect(agendaRow(page, 1)).toContainText('Not quorate');
  await expect(agendaRow(page, 1)).toContainText('Only 4 members are present and not withdrawn for this item');
  await expect(agendaRow(page, 1)).toContainText('2 of 5 ready');
  await expect(agendaRow(page, 1)).toContainText('6 January 2027 Late');
  await expect(agendaRow(page, 2)).toContainText('Quorate6 members counted');

  await page.getByRole('button', { name: 'Download agenda (DOCX)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(/Saved to .+\.docx/);
});
