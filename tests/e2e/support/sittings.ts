import type { Page } from '@playwright/test';
import { rpcOrThrow } from './accounts';
import { attending } from '../../factories/versions';

interface Created {
  id: string;
}

interface Detail {
  version: number;
  items: { id: string }[];
}

/** A member as the backend takes it; the details quorum does not use are filled in alike. */
function member(name: string, extra: Record<string, unknown>) {
  return {
    name,
    listRole: 'member',
    independent: true,
    background: 'foster_carer',
    socialWorkerPqe3: false,
    appointmentDate: '2024-04-01',
    ...extra,
  };
}

/**
 * A panel of seven (chair, vice chair, a qualified social worker and four
 * members), made before any sitting so every sitting invites them all.
 */
export const PANEL = [
  member('Margaret Ellis', { listRole: 'chair', background: 'education' }),
  member('David Okafor', { listRole: 'vice_chair', background: 'health' }),
  member('Helen Turner', { background: 'social_worker', socialWorkerPqe3: true, independent: false }),
  member('Priya Shah', {}),
  member('Robert Hale', {}),
  member('Sam Patel', {}),
  member('Ann Lee', {}),
] as const;

export async function addPanel(page: Page): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const entry of PANEL) {
    const created = (await rpcOrThrow(page, 'members:create', entry)) as Created;
    ids[entry.name] = created.id;
  }
  return ids;
}

export async function addHousehold(page: Page, reference: string, displayName: string): Promise<string> {
  const created = (await rpcOrThrow(page, 'households:create', {
    reference,
    displayName,
    applicantNames: ['Alice Applicant'],
    householdType: 'mainstream',
    applicationReceivedDate: '2026-06-01',
    children: [],
  })) as Created;
  return created.id;
}

export async function addSitting(page: Page, date: string): Promise<string> {
  const created = (await rpcOrThrow(page, 'sittings:create', {
    kind: 'main',
    date,
    startTime: '09:30',
    venue: 'County Hall, Room 4',
    confirmPast: true,
  })) as Created;
  return created.id;
}

export async function addItem(page: Page, sittingId: string, item: Record<string, unknown>): Promise<void> {
  await rpcOrThrow(page, 'items:add', { sittingId, durationMinutes: 30, ...item });
}

/** Opens the sitting from the list, as a user would (the list shows upcoming sittings first). */
export async function openSitting(page: Page, day: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sittings' }).click();
  await page.getByRole('link', { name: day }).click();
  await page.getByRole('heading', { level: 1, name: `Sitting on ${day}` }).waitFor();
}

export interface ConflictSitting {
  sittingId: string;
  /** Member ids by name, from PANEL. */
  memberIds: Record<string, string>;
  /** The two items in agenda order: HH-101, then HH-102. */
  itemIds: [string, string];
}

/**
 * A sitting with the whole panel present and Margaret Ellis presiding; two
 * approval items (HH-101 for the Brown household, HH-102 for the Green
 * household), the second left without a qualified social worker because Helen
 * Turner declared an interest and withdrew for it.
 */
export async function addSittingWithConflict(page: Page, date: string): Promise<ConflictSitting> {
  const memberIds = await addPanel(page);
  const first = await addHousehold(page, 'HH-101', 'The Brown household');
  const second = await addHousehold(page, 'HH-102', 'The Green household');
  const sittingId = await addSitting(page, date);
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId: first });
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId: second });
  for (const memberId of Object.values(memberIds)) {
    await rpcOrThrow(
      page,
      'sittings:recordAttendance',
      await attending((channel, input) => rpcOrThrow(page, channel, input), { sittingId, memberId, status: 'present' }),
    );
  }
  const sitting = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
  await rpcOrThrow(page, 'sittings:setRoles', {
    sittingId,
    version: sitting.version,
    presiderId: memberIds['Margaret Ellis'],
  });
  const [firstItem, secondItem] = sitting.items.map((i) => i.id);
  if (!firstItem || !secondItem) throw new Error('The sitting should have two items');
  await rpcOrThrow(page, 'items:declare', {
    itemId: secondItem,
    memberId: memberIds['Helen Turner'],
    interest: 'Supervised the applicants’ assessing social worker',
    withdrew: true,
  });
  return { sittingId, memberIds, itemIds: [firstItem, secondItem] };
}

/** Papers sent a week before, then held: the two steps the sitting page takes before the minutes. */
export async function markHeld(page: Page, sittingId: string, papersSentDate = '2026-11-16'): Promise<void> {
  for (const status of ['papers_sent', 'held'] as const) {
    const { version } = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as Detail;
    await rpcOrThrow(page, 'sittings:progress', {
      id: sittingId,
      version,
      status,
      ...(status === 'papers_sent' ? { papersSentDate } : {}),
    });
  }
}

/** The item's version, which changes to it (defer, move, withdraw) must name. */
export async function itemVersion(page: Page, sittingId: string, itemId: string): Promise<number> {
  const sitting = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as {
    items: { id: string; version: number }[];
  };
  const item = sitting.items.find((i) => i.id === itemId);
  if (!item) throw new Error('The item is not on the sitting');
  return item.version;
}
