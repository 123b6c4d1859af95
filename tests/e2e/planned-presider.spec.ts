import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addPanel } from './support/sittings';
import { attending } from '../factories/versions';

test('the planned presider shows as presiding until changed, and the screen says it is the plan', async ({ page }) => {
  const ids = await addPanel(page);
  const sitting = (await rpcOrThrow(page, 'sittings:create', {
    kind: 'main',
    date: '2026-11-30',
    startTime: '09:30',
    venue: 'County Hall, Room 4',
    plannedPresiderId: ids['Margaret Ellis'],
  })) as { id: string };
  for (const name of ['Margaret Ellis', 'David Okafor', 'Helen Turner', 'Priya Shah', 'Robert Hale']) {
    await rpcOrThrow(
      page,
      'sittings:recordAttendance',
      await attending((channel, input) => rpcOrThrow(page, channel, input), {
        sittingId: sitting.id,
        memberId: ids[name],
        status: 'present',
      }),
    );
  }
  await page.goto(`${new URL(page.url()).origin}/#/sittings/${sitting.id}`);

  const presidingRow = page.locator('.summary-row').filter({ has: page.getByText('Presiding', { exact: true }) });
  await expect(presidingRow).toContainText('Margaret Ellis (as planned)');
  const select = page.getByLabel('Presiding');
  await expect(select.locator('option:checked')).toHaveText('Margaret Ellis (Chair)');
  await expect(page.getByText('Margaret Ellis presides as planned unless you choose someone else.')).toBeVisible();
  await expectNoSeriousViolations(page, 'a sitting presided as planned');

  await select.selectOption({ label: 'David Okafor (Vice chair)' });
  await page.getByRole('button', { name: 'Save roles' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The roles for this sitting have been saved.' }),
  ).toBeVisible();
  await expect(presidingRow).toHaveText(/David Okafor$/);
});
