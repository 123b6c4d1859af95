import type { Page } from '@playwright/test';
import { fillDate } from './fixtures';

export interface MemberFormEntry {
  name: string;
  email?: string;
  role: 'Chair' | 'Vice chair' | 'Member';
  background: 'Social worker' | 'Foster carer' | 'Care-experienced adult' | 'Health' | 'Education' | 'Elected member';
  independent?: boolean;
  pqe3?: boolean;
  appointed: [string, string, string];
  termEnds?: [string, string, string];
  dbsRenewalDue?: [string, string, string];
}

/** Fills the add/edit member form the way a user would, by its labels. */
export async function fillMemberForm(page: Page, entry: MemberFormEntry): Promise<void> {
  await page.getByLabel('Full name').fill(entry.name);
  if (entry.email !== undefined) await page.getByLabel('Email address (optional)').fill(entry.email);
  await page.getByLabel('Role on the central list').selectOption({ label: entry.role });
  await page.getByLabel('Professional background').selectOption({ label: entry.background });
  await page.getByLabel('Independent of the fostering service').setChecked(entry.independent ?? false);
  await page
    .getByLabel("Social worker with at least 3 years' post-qualifying experience")
    .setChecked(entry.pqe3 ?? false);
  await fillDate(page, 'Appointment date', ...entry.appointed);
  if (entry.termEnds) await fillDate(page, 'Term ends (optional)', ...entry.termEnds);
  if (entry.dbsRenewalDue) await fillDate(page, 'DBS renewal due (optional)', ...entry.dbsRenewalDue);
}

export async function addMember(page: Page, entry: MemberFormEntry): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await fillMemberForm(page, entry);
  await page.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('status').filter({ hasText: 'has been added to the central list' }).waitFor();
}

export const CHAIR: MemberFormEntry = {
  name: 'Margaret Ellis',
  email: 'margaret.ellis@example.org',
  role: 'Chair',
  background: 'Education',
  independent: true,
  appointed: ['1', '4', '2024'],
};

export const VICE_CHAIR: MemberFormEntry = {
  name: 'David Okafor',
  email: 'david.okafor@example.org',
  role: 'Vice chair',
  background: 'Health',
  independent: true,
  appointed: ['1', '9', '2023'],
};

export const SOCIAL_WORKER: MemberFormEntry = {
  name: 'Helen Turner',
  email: 'helen.turner@example.org',
  role: 'Member',
  background: 'Social worker',
  pqe3: true,
  appointed: ['15', '1', '2025'],
};
