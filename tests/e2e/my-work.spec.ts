import { addAccount, rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { seatPanel } from './support/decisions';
import { expect, test } from './support/fixtures';
import { addHousehold, addItem, addPanel, addSitting, markHeld } from './support/sittings';

// The fixed test day (E2E_TODAY) is Monday 23 November 2026.
test('the chair lands on My work: the items waiting for their recommendation and the minutes waiting for their approval, with counts and links', async ({
  page,
}) => {
  const memberIds = await addPanel(page);
  // A sitting held last week, Margaret Ellis presiding, with two items heard but not yet recommended on
  // and its draft minutes saved: both wait for her.
  const held = await addSitting(page, '2026-11-16');
  await addItem(page, held, {
    itemType: 'approval_mainstream',
    householdId: await addHousehold(page, 'HH-401', 'The Ahmed household'),
  });
  await addItem(page, held, {
    itemType: 'approval_mainstream',
    householdId: await addHousehold(page, 'HH-402', 'The Brook household'),
  });
  await seatPanel(page, held, memberIds);
  await markHeld(page, held, '2026-11-09');
  await rpcOrThrow(page, 'minutes:save', { sittingId: held, version: 0, notes: {} });
  // A sitting still to come: nothing of it waits for her yet.
  const later = await addSitting(page, '2026-12-08');
  await addItem(page, later, {
    itemType: 'approval_mainstream',
    householdId: await addHousehold(page, 'HH-403', 'The Cole household'),
  });
  await seatPanel(page, later, memberIds);

  const chair = await addAccount(page, {
    username: 'margaret.ellis',
    displayName: 'Margaret Ellis',
    roles: ['chair'],
    memberId: memberIds['Margaret Ellis'] ?? null,
  });
  await signInAs(page, chair);
  await page.goto(`${new URL(page.url()).origin}/#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /for your recommendation/ })).toHaveText(
    '2 items wait for your recommendation; 1 set of minutes waits for your approval.',
  );
  const recommendations = page.getByRole('region', { name: 'Waiting for your recommendation (2)' });
  await expect(recommendations.getByRole('listitem')).toHaveText([
    'Record the recommendation: Approval (mainstream), HH-401 (sitting on 16 November 2026)',
    'Record the recommendation: Approval (mainstream), HH-402 (sitting on 16 November 2026)',
  ]);
  const minutes = page.getByRole('region', { name: 'Minutes waiting for your approval (1)' });
  await expect(minutes.getByRole('link')).toHaveText('Approve the minutes of the sitting on 16 November 2026');
  await expect(page.getByText('HH-403')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the chair’s My work');

  // Each link goes straight to where the work is done.
  await recommendations.getByRole('link', { name: /HH-401/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Item 1: Approval (mainstream)');
  await page.goBack();
  await minutes.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/minutes/i);
  // The presider reads naturally among those present, not "Margaret Ellis (Presiding (chair))".
  await expect(page.getByText(/; Margaret Ellis \(Chair, presiding\);/).first()).toBeVisible();
});
