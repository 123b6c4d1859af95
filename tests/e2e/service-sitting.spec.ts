import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { docxText } from '../factories/docx-text';
import { ADMIN } from './support/accounts';
import { downloadedBy } from './support/downloads';
import { hostForSpec } from './support/host-server';
import { seatRpc } from './support/seat-rpc';
import { PANEL, openSitting } from './support/sittings';
import { attending } from '../factories/versions';

/**
 * A whole sitting run by three people at three computers against one host over
 * TLS: the administrator plans it, the chair records the recommendations and
 * approves the minutes, the ADM decides, the administrator issues the letters.
 * Each step is seen at the other seats without a reload (server-sent events;
 * the window refetches what changed). The fixed test day (E2E_TODAY) is Monday
 * 23 November 2026: the sitting is held today.
 */
const TODAY = '2026-11-23';
const DAY = 'Monday 23 November 2026';
/** A change at one seat reaches the others at once; this is only how long the test waits before calling it lost. */
const LIVE = { timeout: 10_000 };
const PASSWORD = 'copper-violet-estuary-58';

const host = hostForSpec();
const openSeat = (browser: Browser, name: string) => host.openSeat(browser, name);

/** Signs a seat in as an account made with a temporary password, through its first password change. */
async function signInFirstTime(page: Page, username: string): Promise<void> {
  await seatRpc(page, 'auth:login', { username, password: 'granite-puffin-orchard' });
  await seatRpc(page, 'auth:changePassword', { currentPassword: 'granite-puffin-orchard', newPassword: PASSWORD });
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

function summaryRow(scope: Page | Locator, label: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  return scope
    .locator('.summary-row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
    .locator('dd');
}

async function nav(page: Page, link: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: link }).waitFor();
}

/** The chair's recommendation on one item, through the item page. */
async function recommendSuitable(page: Page, itemLink: RegExp, reasons: string): Promise<void> {
  await page.getByRole('link', { name: itemLink }).click();
  const section = page.getByRole('region', { name: "Panel's recommendation" });
  await section.getByRole('radio', { name: 'Suitable to be approved', exact: true }).check();
  await section.getByLabel('Short-term').check();
  await section.getByLabel('Number of children').fill('2');
  await section.getByLabel('Oldest age').fill('10');
  await section.getByLabel('Reasons for the recommendation').fill(reasons);
  await section.getByLabel('The recommendation was unanimous').check();
  await section.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    "The panel's recommendation has been recorded: Suitable to be approved.",
  );
}

/** The ADM agrees with the panel on one case in the queue. */
async function approveAsAdm(page: Page, reference: string): Promise<void> {
  const waiting = page.getByRole('table', { name: 'Items waiting for a decision' });
  await waiting
    .getByRole('row', { name: new RegExp(`Approval \\(mainstream\\), ${reference}`) })
    .getByRole('link')
    .click();
  const decision = page.getByRole('region', { name: "The ADM's decision" });
  await decision.getByRole('radio', { name: 'I agree with the panel: Approve as a foster carer' }).check();
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'Your decision has been recorded: Approve as a foster carer.',
  );
  await nav(page, 'ADM decisions');
}

test('three seats run a sitting through to letters, each step seen live at the others', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await openSeat(browser, 'Administrator’s desk');
  await seatRpc(admin, 'auth:createFirstAdministrator', ADMIN);
  await seatRpc(admin, 'setup:finish', {});
  await admin.reload();
  await expect(admin.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The administrator's groundwork (not what this test is about): the panel, two applicants, the accounts.
  const memberIds: Record<string, string> = {};
  for (const member of PANEL)
    memberIds[member.name] = ((await seatRpc(admin, 'members:create', member)) as { id: string }).id;
  const households: string[] = [];
  for (const [reference, name] of [
    ['HH-201', 'Grace Okafor'],
    ['HH-202', 'Jane Smith'],
  ] as const) {
    const created = (await seatRpc(admin, 'households:create', {
      reference,
      displayName: name,
      applicantNames: [name],
      address: '12 Elm Road\nMarket Town\nMT2 3BB',
      householdType: 'mainstream',
      applicationReceivedDate: '2026-05-01',
      children: [],
    })) as { id: string };
    households.push(created.id);
  }
  for (const user of [
    {
      username: 'margaret.ellis',
      displayName: 'Margaret Ellis',
      roles: ['chair'],
      memberId: memberIds['Margaret Ellis'],
    },
    { username: 'jo.baker', displayName: 'Jo Baker', roles: ['adm'], memberId: null },
  ]) {
    await seatRpc(admin, 'users:create', { ...user, temporaryPassword: 'granite-puffin-orchard' });
  }

  const chair = await openSeat(browser, 'Chair’s laptop');
  await signInFirstTime(chair, 'margaret.ellis');
  await expect(chair.getByRole('heading', { level: 1, name: 'My work' })).toBeVisible();
  await expect(chair.getByText('No item waits for your recommendation.')).toBeVisible();
  const adm = await openSeat(browser, 'ADM’s office');
  await signInFirstTime(adm, 'jo.baker');
  await nav(adm, 'ADM decisions');
  await expect(adm.getByText('Nothing is waiting for a decision.')).toBeVisible();

  // 1. The administrator plans the sitting and adds the items; the chair sees them ready, live.
  const sittingId = (
    (await seatRpc(admin, 'sittings:create', {
      kind: 'main',
      date: TODAY,
      startTime: '09:30',
      venue: 'County Hall, Room 4',
    })) as { id: string }
  ).id;
  for (const householdId of households) {
    await seatRpc(admin, 'items:add', { sittingId, itemType: 'approval_mainstream', householdId, durationMinutes: 30 });
  }
  for (const memberId of Object.values(memberIds)) {
    await seatRpc(
      admin,
      'sittings:recordAttendance',
      await attending((channel, input) => seatRpc(admin, channel, input), { sittingId, memberId, status: 'present' }),
    );
  }
  const { version } = (await seatRpc(admin, 'sittings:get', { id: sittingId })) as { version: number };
  await seatRpc(admin, 'sittings:setRoles', { sittingId, version, presiderId: memberIds['Margaret Ellis'] });
  const waitingForChair = chair.getByRole('region', { name: 'Waiting for your recommendation (2)' });
  await expect(waitingForChair.getByRole('listitem')).toHaveText(
    [
      'Record the recommendation: Approval (mainstream), HH-201 (sitting on 23 November 2026)',
      'Record the recommendation: Approval (mainstream), HH-202 (sitting on 23 November 2026)',
    ],
    LIVE,
  );

  // 2. The administrator sends the papers through the sitting page; the chair's open sitting page shows it.
  await openSitting(chair, DAY);
  await expect(summaryRow(chair, 'Papers sent')).toHaveText('Not yet');
  await openSitting(admin, DAY);
  await admin.getByRole('button', { name: 'Next step: papers sent' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Mark as papers sent' }).click();
  await expect(admin.getByRole('status').first()).toHaveText('The sitting is now recorded as papers sent.');
  await expect(summaryRow(chair, 'Papers sent')).toHaveText('23 November 2026', LIVE);

  // 3. The chair records the first recommendation; the administrator, on that item's page, sees it arrive.
  await admin.getByRole('link', { name: /^1\. / }).click();
  const adminsView = admin.getByRole('region', { name: "Panel's recommendation" });
  await expect(adminsView.getByRole('button', { name: 'Save the recommendation' })).toBeVisible();
  await recommendSuitable(chair, /^1\. /, 'A warm, stable home with a strong support network.');
  await expect(summaryRow(adminsView, 'Recorded')).toContainText('Margaret Ellis', LIVE);
  await expect(summaryRow(adminsView, 'Recommendation')).toHaveText('Suitable to be approved');

  // 3a. A deliberate edit conflict: the administrator and the chair both open item 1's recommendation to change
  // it. The chair adds to the reasons and to the members' views and saves first; the administrator, who meanwhile
  // added to the reasons and wrote the key issues, is refused, naming her and when. What was typed stays; the
  // merge view shows her reasons beside the administrator's and takes her members' views (untouched there). The
  // administrator takes her reasons, adds their own sentence back, keeps their key issues, and saves: the recommendation holds both people's text, at both seats.
  const chairsView = chair.getByRole('region', { name: "Panel's recommendation" });
  await adminsView.getByRole('button', { name: 'Change the recommendation' }).click();
  await chairsView.getByRole('button', { name: 'Change the recommendation' }).click();
  const firstReasons = 'A warm, stable home with a strong support network.';
  const chairsReasons = `${firstReasons} The birth family's contact plan is well understood.`;
  const adminsSentence = 'References from both former partners were positive.';
  const adminsKeyIssues = 'The second bedroom is to be decorated before any placement.';
  const chairsMembersViews = 'Members valued how openly the applicant spoke about her own childhood.';
  await adminsView.getByLabel('Reasons for the recommendation').fill(`${firstReasons} ${adminsSentence}`);
  await adminsView.getByLabel('Key issues (optional)').fill(adminsKeyIssues);
  await chairsView.getByLabel('Reasons for the recommendation').fill(chairsReasons);
  await chairsView.getByLabel("Members' views (optional)").fill(chairsMembersViews);
  await chairsView.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(chair.locator('.notice-banner')).toHaveText(
    "The panel's recommendation has been recorded: Suitable to be approved.",
  );
  await adminsView.getByRole('button', { name: 'Save the recommendation' }).click();
  const refusal = admin.getByRole('alert');
  await expect(refusal).toContainText(/Margaret Ellis changed the recommendation at \d\d:\d\d on \d+ \w+ \d{4}/);
  await expect(adminsView.getByLabel('Reasons for the recommendation')).toHaveValue(
    `${firstReasons} ${adminsSentence}`,
  );
  await expect(adminsView.getByLabel('Key issues (optional)')).toHaveValue(adminsKeyIssues);
  const merge = admin.getByRole('region', { name: /Changed by Margaret Ellis/ });
  // The merge view finds a field's label by the field's key, which the recommendation form's control ids
  // (recReasons) do not match, so it names them from the key ("Reasons", "Members views"); the form's own label
  // is accepted too, for when it finds them.
  const reasonsRow = merge.getByRole('row', { name: /^Reasons / });
  await expect(reasonsRow).toContainText(chairsReasons);
  await expect(reasonsRow).toContainText(adminsSentence);
  await expect(merge.getByRole('row', { name: /^Members'? views/ })).toContainText('Now using theirs');
  await expect(adminsView.getByLabel("Members' views (optional)")).toHaveValue(chairsMembersViews);
  await merge.getByRole('button', { name: /^Use theirs for Reasons( for the recommendation)?$/ }).click();
  await expect(reasonsRow).toContainText('Using theirs');
  const mergedReasons = `${chairsReasons} ${adminsSentence}`;
  await adminsView.getByLabel('Reasons for the recommendation').fill(mergedReasons);
  await adminsView.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(admin.locator('.notice-banner')).toHaveText(
    "The panel's recommendation has been recorded: Suitable to be approved.",
  );
  for (const view of [adminsView, chairsView]) {
    await expect(summaryRow(view, 'Reasons')).toHaveText(mergedReasons, LIVE);
    await expect(summaryRow(view, 'Key issues')).toHaveText(adminsKeyIssues);
    await expect(summaryRow(view, "Members' views")).toHaveText(chairsMembersViews);
  }

  // 4. The sitting is held; the administrator starts the minutes while item 2 still waits. The chair's second
  // recommendation arrives on the open minutes page without touching what the administrator has typed.
  await openSitting(admin, DAY);
  await admin.getByRole('button', { name: 'Next step: held' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Mark as held' }).click();
  await admin.getByRole('link', { name: /^(Minutes|Write the minutes)$/ }).click();
  await admin.getByRole('heading', { level: 1, name: `Minutes of the sitting on ${DAY}` }).waitFor();
  const unresolved = admin.getByRole('heading', { name: 'Items without a recommendation or other outcome' });
  await expect(unresolved).toBeVisible();
  const opening = 'Members introduced themselves. The chair welcomed everyone.';
  await admin.getByLabel('Opening (optional)').fill(opening);
  await openSitting(chair, DAY);
  await recommendSuitable(chair, /^2\. /, 'Experienced carers of young children.');
  await expect(unresolved).toHaveCount(0, LIVE);
  await expect(admin.getByLabel('Opening (optional)')).toHaveValue(opening);
  await admin.getByRole('button', { name: 'Save draft' }).click();
  await expect(admin.locator('.notice-banner')).toHaveText('Version 1 of the minutes has been saved.');

  // 5. The chair's My work fills with the minutes to approve; she approves them and the administrator sees it.
  await chair.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My work' }).click();
  const minutesForChair = chair.getByRole('region', { name: 'Minutes waiting for your approval (1)' });
  await expect(minutesForChair.getByRole('link')).toHaveText('Approve the minutes of the sitting on 23 November 2026');
  await minutesForChair.getByRole('link').click();

  await chair.getByRole('button', { name: /^Approve the minutes \(version \d+\)$/ }).click();
  await chair.getByRole('dialog').getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(chair.locator('.notice-banner')).toHaveText(/You have approved version \d+ of the minutes\./);
  await expect(summaryRow(admin, 'Chair’s approval')).toContainText('Approved by Margaret Ellis', LIVE);

  // 6. The administrator sends the final minutes to the ADM, whose open queue fills.
  await admin.getByRole('button', { name: 'Record sent to the ADM' }).click();
  const send = admin.getByRole('dialog', { name: 'Record that the final minutes went to the ADM' });
  await send.getByLabel('ADM', { exact: true }).selectOption({ label: 'Jo Baker' });
  await send.getByRole('button', { name: 'Record as sent' }).click();
  await expect(admin.locator('.notice-banner')).toContainText(
    'Recorded: the final minutes went to Jo Baker for 2 items.',
  );
  const queue = adm.getByRole('table', { name: 'Items waiting for a decision' });
  await expect(queue.getByRole('row', { name: /HH-20[12]/ })).toHaveCount(2, LIVE);

  // A second tab at the administrator's desk keeps the due list open (the same seat, a stream of its own).
  const dueTab = await admin.context().newPage();
  await dueTab.goto(host.url);
  await nav(dueTab, 'Due and overdue');
  const due = dueTab.getByRole('table', { name: /Due and overdue as of 23 November 2026/ });
  await expect(due).toContainText('HH-201');
  const dueBefore = await due.innerText();

  // 7. The ADM decides the first case; the administrator, on its page, sees the decision and issues the letter.
  await nav(admin, 'ADM decisions');
  await admin
    .getByRole('table', { name: 'Items waiting for a decision' })
    .getByRole('row', { name: /HH-201/ })
    .getByRole('link')
    .click();
  const letter = admin.getByRole('button', { name: 'Download the approval letter (DOCX)' });
  await expect(letter).toHaveCount(0);
  await approveAsAdm(adm, 'HH-201');
  await expect(letter).toBeVisible(LIVE);
  expect(docxText(await downloadedBy(admin, () => letter.click()))).toContain('Grace Okafor');

  // 8. The second case: at the administrator's seat it moves from waiting to decided as the ADM decides; its letter
  // is issued too.
  await nav(admin, 'ADM decisions');
  const adminQueue = admin.getByRole('table', { name: 'Items waiting for a decision' });
  await expect(adminQueue.getByRole('row', { name: /HH-202/ })).toHaveCount(1);
  await approveAsAdm(adm, 'HH-202');
  await expect(adminQueue.getByRole('row', { name: /HH-202/ })).toHaveCount(0, LIVE);
  await expect(adm.getByText('Nothing is waiting for a decision.')).toBeVisible();
  const decided = admin.getByRole('table', { name: 'Decided cases, most recent first' });
  await decided
    .getByRole('row', { name: /HH-202/ })
    .getByRole('link')
    .first()
    .click();
  expect(docxText(await downloadedBy(admin, () => letter.click()))).toContain('Jane Smith');

  // The due list changed with the decisions, without a reload.
  await expect(due).not.toHaveText(dueBefore, LIVE);

  // Both letters are in the register, each issued once by the host.
  const register = (await seatRpc(admin, 'documents:register', {})) as { documents: { kind: string }[] };
  expect(register.documents.filter((d) => d.kind === 'letter-approval')).toHaveLength(2);
  await Promise.all([admin.context().close(), chair.context().close(), adm.context().close()]);
});
