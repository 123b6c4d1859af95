import type { Page } from '@playwright/test';
import { addAccount, rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addSitting } from './support/sittings';

/** The line that counts what is shown. */
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^As of / });
const dueTable = (page: Page) => page.getByRole('table', { name: /Due and overdue as of 23 November 2026/ });

/** An application received on 2 March 2026: the panel's recommendation was due on 1 November (8 months). */
async function addLateApplication(page: Page): Promise<void> {
  await rpcOrThrow(page, 'households:create', {
    reference: 'HH-301',
    displayName: 'Mr and Mrs Late',
    applicantNames: ['Lee Late'],
    householdType: 'mainstream',
    applicationReceivedDate: '2026-03-02',
    children: [],
  });
}

test('the administrator’s home lists what is due, overdue first, filters it and opens the record', async ({ page }) => {
  await addLateApplication(page);
  // Papers for Tuesday 8 December 2026 are due on Tuesday 1 December: in 8 days.
  await addSitting(page, '2026-12-08');
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Due and overdue' })).toBeVisible();
  await expect(summary(page)).toHaveText('As of 23 November 2026: 1 overdue; 1 due in the next 28 days.');
  const rows = dueTable(page).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('The panel’s recommendation on the application is due');
  await expect(rows.nth(1)).toContainText('HH-301');
  await expect(rows.nth(1)).toContainText('1 November 2026');
  await expect(rows.nth(1)).toContainText('Overdue by 22 days');
  await expect(rows.nth(1)).toContainText('Panel administrator');
  await expect(rows.nth(2)).toContainText('Send the papers to members');
  await expect(rows.nth(2)).toContainText('Sitting on 8 December 2026');
  await expect(rows.nth(2)).toContainText('Due in 8 days');
  await expectNoSeriousViolations(page, 'the dashboard');

  // One kind only.
  await page.getByLabel('Kind').selectOption({ label: 'Papers to members' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(summary(page)).toHaveText('As of 23 November 2026: 0 overdue; 1 due in the next 28 days.');
  await expect(dueTable(page).getByRole('row')).toHaveCount(2);

  // A window too short for the papers: overdue entries would still show, but there are none of this kind.
  await page.getByLabel('Due within (days)').fill('7');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(summary(page)).toHaveText(
    'As of 23 November 2026: Nothing is overdue and nothing is due in the next 7 days.',
  );
  await expect(dueTable(page)).toHaveCount(0);

  // A mistake is explained next to the field and in a summary, and what was typed stays.
  await page.getByLabel('Due within (days)').fill('a week');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the number of days as a whole number, like 28');
  await expect(page.locator('#withinDays-error')).toContainText('Enter the number of days as a whole number');
  await expect(page.getByLabel('Due within (days)')).toHaveValue('a week');
  await expectNoSeriousViolations(page, 'the dashboard with a mistake in the filter');

  // Back to everything, then open the overdue record.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due and overdue' }).click();
  await expect(dueTable(page).getByRole('row')).toHaveCount(3);
  await page.getByRole('link', { name: 'The panel’s recommendation on the application is due' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mr and Mrs Late' })).toBeVisible();
});

test('a chair lands on My work and sees only what they must do in Due and overdue', async ({ page }) => {
  await addLateApplication(page);
  const chair = await addAccount(page, { username: 'margaret.e', displayName: 'Margaret Ellis', roles: ['chair'] });
  await signInAs(page, chair);
  await page.goto(`${new URL(page.url()).origin}/#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due and overdue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Due and overdue' })).toBeVisible();
  await expect(summary(page)).toHaveText(
    'As of 23 November 2026: Nothing is overdue and nothing is due in the next 28 days.',
  );
  await expect(page.getByLabel('Who must act')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the dashboard for a chair');
});
