import type { Page } from '@playwright/test';
import { expect, fillDate, test } from './support/fixtures';
import { addMember, CHAIR, fillMemberForm, SOCIAL_WORKER, VICE_CHAIR } from './support/member-form';

const checks = (page: Page) => page.getByRole('region', { name: 'Central list checks' });

test('adds a member and finds them again after the backend restarts', async ({ page, panel }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(page.getByRole('heading', { name: 'Central list', exact: true })).toBeVisible();
  await expect(page.getByText('0 members shown')).toBeVisible();

  await page.getByRole('link', { name: 'Add a member' }).click();
  await fillMemberForm(page, { ...CHAIR, termEnds: ['31', '3', '2027'] });
  await page.getByLabel('Fee per sitting in pounds (optional)').fill('250');
  await page.getByRole('button', { name: 'Add member' }).click();

  await expect(page.getByRole('status')).toHaveText('Margaret Ellis has been added to the central list.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Margaret Ellis');
  await expect(page.getByRole('definition').filter({ hasText: '1 April 2024' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '31 March 2027' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '£250.00' })).toBeVisible();

  await panel.restart();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(page.getByRole('link', { name: 'Margaret Ellis' })).toBeVisible();
  await expect(page.getByText('1 member shown')).toBeVisible();
});

test('edits a member', async ({ page }) => {
  await addMember(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel('Full name')).toHaveValue('Helen Turner');
  await page.getByLabel('Phone number (optional)').fill('01632 960123');
  await page.getByLabel('Role on the central list').selectOption({ label: 'Vice chair' });
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status')).toHaveText("Helen Turner's details have been saved.");
  await expect(page.getByRole('definition').filter({ hasText: '01632 960123' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Vice chair' })).toBeVisible();
});

test('shows warnings that appear and clear as the list changes', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(checks(page)).toContainText('The central list has no independent chair.');
  await expect(checks(page)).toContainText("no social worker with at least 3 years' post-qualifying experience");
  await expect(checks(page)).toContainText('The central list has no vice chair.');

  await addMember(page, CHAIR);
  await addMember(page, VICE_CHAIR);
  await addMember(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await expect(checks(page)).toContainText('No problems');

  // A DBS renewal 20 days away (today is 23 November 2026) is due soon.
  await page.getByRole('link', { name: 'Helen Turner' }).click();
  await page.getByRole('link', { name: 'Edit details' }).click();
  await fillDate(page, 'DBS check date (optional)', '13', '12', '2023');
  await fillDate(page, 'DBS renewal due (optional)', '13', '12', '2026');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await expect(
    checks(page).getByRole('link', { name: "Helen Turner's DBS check is due for renewal on 13 December 2026." }),
  ).toBeVisible();

  await checks(page)
    .getByRole('link', { name: /Helen Turner's DBS check/ })
    .click();
  await page.getByRole('link', { name: 'Edit details' }).click();
  await fillDate(page, 'DBS check date (optional)', '20', '11', '2026');
  await fillDate(page, 'DBS renewal due (optional)', '20', '11', '2029');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await expect(checks(page)).toContainText('No problems');
});

test('explains each mistake next to its field and keeps what was typed', async ({ page }) => {
  await addMember(page, CHAIR);
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await fillMemberForm(page, { ...CHAIR, appointed: ['31', '2', '2025'], termEnds: ['1', '1', '2024'] });
  await page.getByLabel('Address (optional)', { exact: true }).fill('1 High Street, Market Town');
  await page.getByRole('button', { name: 'Add member' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toBeFocused();
  const appointment = page.getByRole('group', { name: /Appointment date/ });
  await expect(appointment).toContainText('Enter a real date, for example 5 January 2027');
  await expect(appointment.getByLabel('Day')).toHaveValue('31');
  await expect(page.getByLabel('Address (optional)', { exact: true })).toHaveValue('1 High Street, Market Town');

  // Fix the date: now the term ends before the appointment.
  await fillDate(page, 'Appointment date', '28', '2', '2025');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('group', { name: /Term ends/ })).toContainText(
    'The term must end after the appointment date',
  );

  // Fix the term: now it is the same person as the existing chair.
  await fillDate(page, 'Term ends (optional)', '', '', '');
  await page.getByRole('button', { name: 'Add member' }).click();
  const duplicate = 'A member with this name and email address is already on the central list.';
  await expect(page.locator('#name-error')).toContainText(duplicate);
  await expect(page.locator('#email-error')).toContainText(duplicate);
  await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');

  // Leaving the form and coming back keeps the draft.
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await expect(page.getByLabel('Address (optional)', { exact: true })).toHaveValue('1 High Street, Market Town');
  await page.getByLabel('Email address (optional)').fill('m.ellis@example.org');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('status')).toHaveText('Margaret Ellis has been added to the central list.');
});

test('records written notice, then leaving, and keeps the member in the records', async ({ page }) => {
  await addMember(page, VICE_CHAIR);
  await page.getByRole('button', { name: 'Record written notice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record written notice from David Okafor' });
  await expect(dialog.getByLabel('Day')).toHaveValue('23');
  await fillDate(page, 'Date the written notice was received', '13', '11', '2026');
  await expect(dialog.getByRole('status')).toHaveText('They will leave the central list on 13 December 2026.');
  await dialog.getByRole('button', { name: 'Record notice' }).click();
  await expect(page.getByRole('status').first()).toContainText('will leave the central list on 13 December 2026');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('On notice');

  await page.getByRole('button', { name: 'Record leaving' }).click();
  const leaving = page.getByRole('dialog', { name: 'Record that David Okafor has left' });
  await fillDate(page, 'Date they left', '1', '1', '2020');
  await leaving.getByRole('button', { name: 'Record leaving' }).click();
  await expect(leaving.getByRole('alert')).toContainText(
    'The leaving date cannot be before David Okafor was appointed',
  );
  await fillDate(page, 'Date they left', '13', '12', '2026');
  await leaving.getByLabel('Reason (optional)').fill('Moving abroad');
  await leaving.getByRole('button', { name: 'Record leaving' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Left');

  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await expect(page.getByText('0 members shown')).toBeVisible();
  await page.getByLabel('Status').selectOption({ label: 'Left' });
  await expect(page.getByRole('link', { name: 'David Okafor' })).toBeVisible();
});

test('keeps a training log', async ({ page }) => {
  await addMember(page, SOCIAL_WORKER);
  await page.getByLabel('Training title').fill('Safeguarding update');
  await fillDate(page, 'Date attended', '1', '10', '2026');
  await page.getByLabel('Hours').fill('2.5');
  await page.getByRole('button', { name: 'Add training' }).click();
  const log = page.getByRole('table');
  await expect(log).toContainText('1 October 2026');
  await expect(log).toContainText('Safeguarding update');
  await expect(log).toContainText('2.5 hours');
  await page.getByRole('button', { name: /Remove/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove training' }).click();
  await expect(page.getByText('No training recorded yet.')).toBeVisible();
});

test('searches, filters and sorts the list', async ({ page }) => {
  await addMember(page, CHAIR);
  await addMember(page, VICE_CHAIR);
  await addMember(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  const names = page.locator('tbody tr td:first-child');
  await expect(names).toHaveText(['David Okafor', 'Helen Turner', 'Margaret Ellis']);
  await page.getByRole('button', { name: 'Name' }).click();
  await expect(names).toHaveText(['Margaret Ellis', 'Helen Turner', 'David Okafor']);
  await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Appointed' }).click();
  await expect(names).toHaveText(['David Okafor', 'Margaret Ellis', 'Helen Turner']);
  await page.getByLabel('Role').selectOption({ label: 'Chair' });
  await expect(names).toHaveText(['Margaret Ellis']);
  await page.getByLabel('Role').selectOption({ label: 'Any role' });
  await page.getByLabel('Search by name or email').fill('okafor');
  await expect(names).toHaveText(['David Okafor']);
});
