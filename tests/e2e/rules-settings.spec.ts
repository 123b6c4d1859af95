import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';

test('the administrator changes the quorum, a clock period and the bank holidays, and is told what is wrong', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  await expect(page.getByRole('heading', { name: 'Rules and clocks', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'the rules and clocks screen');

  // Quorum: stricter, never looser than the regulations; a mistake is explained and what was typed is kept.
  await expect(page.getByRole('listitem').filter({ hasText: 'the chair or a vice chair presiding' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /social worker/ })).toHaveCount(0);
  const minimum = page.getByLabel('Members present and not withdrawn for an item, at least');
  await minimum.fill('4');
  await page.getByRole('button', { name: 'Save quorum rule' }).click();
  await expect(page.locator('#quorum-minimum-error')).toContainText(
    'The regulations need at least 5 members: you can ask for more, never fewer',
  );
  await expect(minimum).toHaveValue('4');
  await minimum.fill('6');
  await page.getByRole('button', { name: 'Save quorum rule' }).click();
  await expect(page.getByText('The quorum rule has been saved.')).toBeVisible();

  // A clock period.
  const adm = page.getByLabel('ADM decision after receiving the final minutes (working days)');
  await expect(adm).toHaveValue('7');
  await adm.fill('10');
  await page.getByRole('button', { name: 'Save clock periods' }).click();
  await expect(page.getByText('The clock periods have been saved.')).toBeVisible();

  // Bank holidays: Christmas Day is refused, a new one-off day is added and can be undone.
  await fillDate(page, 'Add an extra bank holiday', '25', '12', '2026');
  await page.getByRole('button', { name: 'Add bank holiday' }).click();
  await expect(
    page.locator('.field-error').filter({ hasText: '25 December 2026 is already a bank holiday.' }),
  ).toBeVisible();
  await fillDate(page, 'Add an extra bank holiday', '2', '1', '2046');
  await page.getByRole('button', { name: 'Add bank holiday' }).click();
  await expect(
    page.locator('.field-error').filter({ hasText: 'Enter a day from 2010 to 2045, the years the calendar covers' }),
  ).toBeVisible();
  await fillDate(page, 'Add an extra bank holiday', '7', '6', '2027');
  await page.getByRole('button', { name: 'Add bank holiday' }).click();
  await expect(page.getByText('The extra bank holiday has been added.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: '7 June 2027' })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Members present and not withdrawn for an item, at least')).toHaveValue('6');
  await expect(page.getByLabel('ADM decision after receiving the final minutes (working days)')).toHaveValue('10');
  await page.getByRole('button', { name: 'Undo 7 June 2027' }).click();
  await expect(page.getByText('7 June 2027 was taken off the list.')).toBeVisible();
});

test('the administrator types in two rules forms, then saves each in turn: the second is not refused by the first', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  await expect(page.getByRole('heading', { name: 'Rules and clocks', level: 1 })).toBeVisible();
  // All the settings share one version: the first save moves it on under the second form, already typed in.
  await page.getByLabel("Renew members' DBS checks every (years)").fill('2');
  await page.getByLabel('ADM decision after receiving the final minutes (working days)').fill('9');
  await page.getByRole('button', { name: 'Save clock periods' }).click();
  await expect(page.getByText('The clock periods have been saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Save DBS renewal period' }).click();
  await expect(page.getByText('The DBS renewal period has been saved.', { exact: false })).toBeVisible();
  await expect(page.getByText('changed by someone else', { exact: false })).toHaveCount(0);

  await page.reload();
  await expect(page.getByLabel("Renew members' DBS checks every (years)")).toHaveValue('2');
  await expect(page.getByLabel('ADM decision after receiving the final minutes (working days)')).toHaveValue('9');
});

test('a rules form saved after another seat changed the settings is refused, keeps what was typed, and saves again', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  const years = page.getByLabel("Renew members' DBS checks every (years)");
  await years.fill('2');
  // Meanwhile, at another seat: a change this window did not make.
  const { version } = (await rpcOrThrow(page, 'settings:get', {})) as { version: number };
  await rpcOrThrow(page, 'settings:update', { version, delayReasons: ['Interpreter not available'] });

  await page.getByRole('button', { name: 'Save DBS renewal period' }).click();
  await expect(page.getByText(/changed the settings at .*Nothing has been saved/).first()).toBeVisible();
  await expect(years).toHaveValue('2');
  await page.getByRole('button', { name: 'Save DBS renewal period' }).click();
  await expect(page.getByText('The DBS renewal period has been saved.', { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Renew members' DBS checks every (years)")).toHaveValue('2');
});
