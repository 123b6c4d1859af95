import type { Page } from '@playwright/test';
import { rpcOrThrow } from './accounts';

interface Created {
  id: string;
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
