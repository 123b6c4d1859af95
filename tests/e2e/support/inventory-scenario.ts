import type { Page } from '@playwright/test';
import type { Role } from '../../../shared/contract/roles';
import { ADMIN, addAccount, rpcOrThrow, type Account } from './accounts';
import { addDecisionSitting, asUser, seatPanel } from './decisions';
import { addItem, addSitting, markHeld } from './sittings';
import { settingsVersion } from '../../factories/versions';

/** The fixed test day (E2E_TODAY). */
const TODAY = '2026-11-23';

interface Created {
  id: string;
  version: number;
}

export interface InventoryScenario {
  /** Held today, minutes approved and both items sent to the ADM; the ADM has agreed with the approval. */
  decidedSittingId: string;
  /** HH-201's approval item, decided, with its letters. */
  approvalItemId: string;
  /** HH-202's termination item, waiting for the ADM. */
  terminationItemId: string;
  /** 8 December 2026, still being planned, with a business item carrying a declaration of interest. */
  plannedSittingId: string;
  plannedItemId: string;
  /** 16 November 2026, held, with draft minutes the chair has not approved. */
  draftMinutesSittingId: string;
  memberId: string;
  householdId: string;
  /** HH-204, withdrawn in 2020: past its retention date. */
  expiredHouseholdId: string;
  /** The chair's user account, for the user screens. */
  chairUserId: string;
  accounts: Record<Role, Account>;
}

async function idByField(page: Page, channel: string, field: string, value: string): Promise<string> {
  const rows = (await rpcOrThrow(page, channel, {})) as (Record<string, unknown> & { id: string })[];
  const found = rows.find((row) => row[field] === value);
  if (!found) throw new Error(`${channel} has no row with ${field} ${value}`);
  return found.id;
}

/**
 * Realistic data for every screen and dialog: a sitting minuted and decided,
 * one being planned, one with draft minutes, a household past retention,
 * training, a complaint, feedback, a backup, an issued document, and an
 * account for each role. Built through the backend's HTTP transport as the
 * administrator, who is signed in afterwards with the page reloaded.
 */
export async function buildInventoryScenario(page: Page): Promise<InventoryScenario> {
  const decided = await addDecisionSitting(page, TODAY);
  const memberId = decided.memberIds['Margaret Ellis'] ?? '';

  await asUser(page, decided.adm, async () => {
    const view = (await rpcOrThrow(page, 'decisions:get', { itemId: decided.approvalItem })) as {
      case: { version: number };
    };
    await rpcOrThrow(page, 'decisions:decide', {
      itemId: decided.approvalItem,
      version: view.case.version,
      verdict: 'agree',
      decidedOn: TODAY,
    });
  });

  await addItem(page, decided.laterSittingId, { itemType: 'business', title: 'Annual review of panel business' });
  const planned = (await rpcOrThrow(page, 'sittings:get', { id: decided.laterSittingId })) as {
    items: { id: string }[];
  };
  const plannedItemId = planned.items[0]?.id ?? '';
  await rpcOrThrow(page, 'items:declare', {
    itemId: plannedItemId,
    memberId: decided.memberIds['Sam Patel'],
    interest: 'Knows the report’s author socially',
    withdrew: false,
  });

  const draftMinutesSittingId = await addSitting(page, '2026-11-16');
  await addItem(page, draftMinutesSittingId, { itemType: 'business', title: 'Panel training plan' });
  await seatPanel(page, draftMinutesSittingId, decided.memberIds);
  await markHeld(page, draftMinutesSittingId, '2026-11-09');
  await rpcOrThrow(page, 'minutes:save', { sittingId: draftMinutesSittingId, version: 0, notes: {} });

  const expired = (await rpcOrThrow(page, 'households:create', {
    reference: 'HH-204',
    displayName: 'Mr Green',
    applicantNames: ['Tom Green'],
    householdType: 'mainstream',
    applicationReceivedDate: '2019-01-10',
    children: [],
  })) as Created;
  await rpcOrThrow(page, 'households:changeStatus', {
    id: expired.id,
    version: expired.version,
    status: 'withdrawn',
    effectiveDate: '2020-02-01',
    reason: 'Moved out of the area.',
  });

  await rpcOrThrow(page, 'members:addTraining', {
    memberId,
    date: '2026-10-02',
    title: 'Safeguarding refresher',
    hours: '3',
  });
  const householdId = await idByField(page, 'households:list', 'reference', 'HH-201');
  await rpcOrThrow(page, 'complaints:create', {
    receivedOn: '2026-11-02',
    source: 'applicant',
    summary: 'The panel papers reached the applicants late.',
    sittingId: decided.sittingId,
    householdId,
  });
  await rpcOrThrow(page, 'feedback:create', {
    receivedOn: '2026-11-23',
    fromKind: 'social_worker',
    sittingId: decided.sittingId,
    rating: 4,
    comment: 'Clear questions, well chaired.',
  });
  // Exemptions skip panel, so the form sending a case straight to the ADM has choices to show.
  await rpcOrThrow(page, 'settings:update', {
    version: await settingsVersion((channel, input) => rpcOrThrow(page, channel, input)),
    directToAdm: ['exemption'],
  });
  await rpcOrThrow(page, 'backups:create', {});
  await rpcOrThrow(page, 'documents:issue', {
    kind: 'agenda',
    subjectId: decided.sittingId,
  });

  const officer = await addAccount(page, {
    username: 'sam.reid',
    displayName: 'Sam Reid',
    roles: ['nominated_officer'],
  });
  const adviser = await addAccount(page, { username: 'lee.wong', displayName: 'Lee Wong', roles: ['adviser'] });
  const viewer = await addAccount(page, { username: 'kim.ross', displayName: 'Kim Ross', roles: ['viewer'] });
  const chairUserId = await idByField(page, 'users:list', 'username', decided.chair.username);
  // The window saw the set-up's logouts and logins; reloading shows it the administrator's session again.
  await page.reload();

  return {
    decidedSittingId: decided.sittingId,
    approvalItemId: decided.approvalItem,
    terminationItemId: decided.terminationItem,
    plannedSittingId: decided.laterSittingId,
    plannedItemId,
    draftMinutesSittingId,
    memberId,
    householdId,
    expiredHouseholdId: expired.id,
    chairUserId,
    accounts: {
      administrator: ADMIN,
      chair: decided.chair,
      adm: decided.adm,
      nominated_officer: officer,
      adviser,
      viewer,
    },
  };
}
