import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { seatPanel } from './support/decisions';
import { expect, test } from './support/fixtures';
import { addPanel, addSitting, markHeld } from './support/sittings';

test('Due and overdue shows the signed-in person’s own entries first, then everyone else’s', async ({ page }) => {
  // The administrator's own: an application received on 2 March 2026, its recommendation overdue since 1 November.
  await rpcOrThrow(page, 'households:create', {
    reference: 'HH-301',
    displayName: 'Mr and Mrs Late',
    applicantNames: ['Lee Late'],
    householdType: 'mainstream',
    applicationReceivedDate: '2026-03-02',
    children: [],
  });
  // The chair's: the draft minutes of a sitting held on 9 November wait for Margaret Ellis's approval.
  const memberIds = await addPanel(page);
  const held = await addSitting(page, '2026-11-09');
  await seatPanel(page, held, memberIds);
  await markHeld(page, held, '2026-11-02');
  await rpcOrThrow(page, 'minutes:save', { sittingId: held, version: 0, notes: {} });
  await page.reload();

  await expect(page.getByRole('heading', { level: 1, name: 'Due and overdue' })).toBeVisible();
  const mine = page.getByRole('table', { name: /^Yours to act on \(1\), as of 23 November 2026/ });
  const others = page.getByRole('table', { name: /^Everyone else’s \(1\), as of 23 November 2026/ });
  await expect(mine.getByRole('row')).toHaveCount(2);
  await expect(mine.getByRole('row').nth(1)).toContainText('The panel’s recommendation on the application is due');
  await expect(others.getByRole('row')).toHaveCount(2);
  await expect(others.getByRole('row').nth(1)).toContainText('Approve the minutes');
  await expect(others.getByRole('row').nth(1)).toContainText('Chair');
  // Own entries come first on the page.
  const captions = page.locator('table caption');
  await expect(captions.first()).toContainText('Yours to act on');
  await expectNoSeriousViolations(page, 'the dashboard with own entries first');
});
