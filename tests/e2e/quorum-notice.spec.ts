import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { databaseAsReleased } from './support/prepared-database';
import { RELEASE_2026_12 } from '../factories/backend';

/**
 * A database from the early December 2026 release whose quorum rule was looser than the regulations (four
 * members, no qualified social worker needed): the backend raises it on start and leaves the administrator a
 * notice on the Rules and clocks screen until they acknowledge it.
 */
const looser = databaseAsReleased(RELEASE_2026_12, (sqlite) => {
  const settings = JSON.stringify({
    agencyName: 'Shire County Fostering',
    quorum: {
      minimumMembers: 4,
      requireChairOrViceChairPresiding: true,
      requireQualifiedSocialWorker: false,
      requireOtherIndependentWhenPresiderNotIndependent: true,
    },
  });
  sqlite
    .prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('app', ?, '2026-10-01T09:00:00Z')`)
    .run(settings);
});

test.use({ preparedDatabase: looser });

test('the administrator is told the quorum rule was raised to the legal minimum, and acknowledges it', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  await expect(page.getByRole('heading', { name: 'Rules and clocks', level: 1 })).toBeVisible();
  const notice = page.getByRole('region', { name: 'The quorum rule was raised to the legal minimum' });
  await expect(notice).toContainText("The minimum number of members was 4; it is now 5, the regulations' minimum.");
  await expect(notice).toContainText('post-qualifying experience" had been switched off; it applies again.');
  await expect(page.getByLabel('Members present and not withdrawn for an item, at least')).toHaveValue('5');
  await expectNoSeriousViolations(page, 'the rules and clocks screen with the quorum notice');

  await notice.getByRole('button', { name: 'I have read this notice' }).click();
  await expect(page.getByText('The notice about the quorum rule has been acknowledged.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Rules and clocks', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The quorum rule was raised to the legal minimum' })).toHaveCount(0);
});
