import { expectNoSeriousViolations } from './support/axe';
import { rpcOrThrow } from './support/accounts';
import { expect, test } from './support/fixtures';
import { addItem, addSitting } from './support/sittings';

interface Detail {
  id: string;
  version: number;
  items: { id: string; version: number; title: string | null }[];
}

test('an item keeps the number the papers gave it; one added later is numbered next and marked added late', async ({
  page,
}) => {
  const sittingId = await addSitting(page, '2026-12-14');
  for (const title of ['Alpha', 'Bravo', 'Charlie']) await addItem(page, sittingId, { itemType: 'business', title });
  let sitting = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  sitting = (await rpcOrThrow(page, 'sittings:progress', {
    id: sittingId,
    version: sitting.version,
    status: 'papers_sent',
    papersSentDate: '2026-11-20',
  })) as Detail;
  const bravo = sitting.items[1];
  await rpcOrThrow(page, 'items:changeOutcome', {
    id: bravo?.id,
    version: bravo?.version,
    action: 'withdraw',
    reason: 'The report was not ready',
  });
  await addItem(page, sittingId, { itemType: 'business', title: 'Delta' });
  sitting = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  // Delta is taken first on the day; its number stays the one it was given.
  const order = ['Delta', 'Alpha', 'Bravo', 'Charlie'].map((t) => sitting.items.find((i) => i.title === t)?.id);
  await rpcOrThrow(page, 'items:reorder', { sittingId, itemIds: order });

  await page.goto(`${new URL(page.url()).origin}/#/sittings/${sittingId}`);
  const agenda = page.getByRole('table', { name: 'Agenda items in order' });
  const links = agenda.getByRole('link');
  await expect(links).toHaveText([
    '4. Quality assurance or business item (added late)',
    '1. Quality assurance or business item',
    '2. Quality assurance or business item',
    '3. Quality assurance or business item',
  ]);
  await expectNoSeriousViolations(page, 'agenda with a late item');
  await links.first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Item 4: Quality assurance or business item (added late)' }),
  ).toBeVisible();
});
