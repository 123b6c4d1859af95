import { addAccount, logInThroughPage, rpcOrThrow } from './support/accounts';
import { expect, test } from './support/fixtures';

/**
 * Two seats edit the same member. Margaret saves first; the administrator's save is refused naming her and
 * when, the form keeps what he typed and shows her change beside it; he takes one field from her, keeps his
 * own for another, saves again, and the record holds the merged values.
 */
test('a stale save shows the other change beside what was typed, and saves the merge', async ({
  page,
  browser,
  panel,
}) => {
  const member = (await rpcOrThrow(page, 'members:create', {
    name: 'Aisha Rahman',
    email: 'aisha.rahman@example.org',
    phone: '01632 960001',
    address: null,
    listRole: 'member',
    independent: true,
    background: 'education',
    backgroundDetail: null,
    socialWorkerPqe3: false,
    appointmentDate: '2024-04-01',
    notes: null,
  })) as { id: string };
  const margaret = await addAccount(page, {
    username: 'mellis',
    displayName: 'Margaret Ellis',
    roles: ['administrator'],
  });
  const editAddress = (p: typeof page) => `${new URL(p.url()).origin}/#/members/${member.id}/edit`;

  // Both seats open the edit form on the same version (the page reads its session afresh after addAccount).
  await page.goto(editAddress(page));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Edit Aisha Rahman' })).toBeVisible();
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(panel.launchUrl);
  await logInThroughPage(second, margaret.username, margaret.password);
  await expect(second.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await second.goto(editAddress(second));
  await expect(second.getByRole('heading', { name: 'Edit Aisha Rahman' })).toBeVisible();

  // The administrator types, but has not saved yet.
  await page.getByLabel('Phone number (optional)').fill('01632 960999');
  await page.getByLabel('Notes (optional)').fill('Prefers morning sittings.');
  await page.getByLabel('Email address (optional)').fill('a.rahman@example.org');

  // Margaret changes the phone and the email and saves first.
  await second.getByLabel('Phone number (optional)').fill('07700 900123');
  await second.getByLabel('Email address (optional)').fill('aisha@example.org');
  await second.getByLabel('Address (optional)', { exact: true }).fill('1 Mill Lane, Leeds');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByText("Aisha Rahman's details have been saved.")).toBeVisible();

  // The administrator's save is refused: who and when, in the summary that takes focus.
  await page.getByRole('button', { name: 'Save changes' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(/Margaret Ellis changed this member at \d\d:\d\d on \d+ \w+ \d{4}/);
  await expect(summary).toBeFocused();
  // What he typed is still there.
  await expect(page.getByLabel('Phone number (optional)')).toHaveValue('01632 960999');
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('Prefers morning sittings.');

  // Her change beside his: both changed the phone and the email; only she changed the address.
  const merge = page.getByRole('region', { name: /Changed by Margaret Ellis/ });
  const phoneRow = merge.getByRole('row', { name: /^Phone number/ });
  await expect(phoneRow).toContainText('07700 900123');
  await expect(phoneRow).toContainText('01632 960999');
  await expect(merge.getByRole('row', { name: /^Email address/ })).toContainText('aisha@example.org');
  await expect(merge.getByRole('row', { name: /^Address/ })).toContainText('Now using theirs');
  await expect(page.getByLabel('Address (optional)', { exact: true })).toHaveValue('1 Mill Lane, Leeds');

  // He takes her phone number (by keyboard), keeps his own email, and saves against her version.
  await merge.getByRole('button', { name: 'Use theirs for Phone number (optional)' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Phone number (optional)')).toHaveValue('07700 900123');
  await expect(phoneRow).toContainText('Using theirs');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText("Aisha Rahman's details have been saved.")).toBeVisible();

  const saved = (await rpcOrThrow(page, 'members:get', { id: member.id })) as Record<string, unknown>;
  expect(saved).toMatchObject({
    phone: '07700 900123',
    email: 'a.rahman@example.org',
    address: '1 Mill Lane, Leeds',
    notes: 'Prefers morning sittings.',
    version: 3,
  });
  await other.close();
});
