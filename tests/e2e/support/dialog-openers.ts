import type { Page } from '@playwright/test';
import type { Role } from '../../../shared/contract/roles';
import { rpcOrThrow } from './accounts';
import type { InventoryScenario } from './inventory-scenario';
import { openScreen } from './screen-urls';

export interface DialogOpener {
  /** Who opens it: the scenario's account for this role is signed in first. */
  role: Role;
  /** The screen it opens from. */
  screen: (s: InventoryScenario) => string;
  /** The first button whose accessible name starts with these words opens it; or a way to bring it up. */
  open: string | ((page: Page) => Promise<void>);
}

/**
 * How to bring up each modal in renderer/src, keyed by its source file. A new
 * dialog file without an entry here fails the inventory test.
 */
export const DIALOG_OPENERS: Record<string, DialogOpener> = {
  'components/confirm-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.plannedSittingId}/items/${s.plannedItemId}`,
    open: 'Remove the declaration by Sam Patel',
  },
  'features/auth/lock-dialog.tsx': {
    role: 'administrator',
    screen: () => '/members',
    open: async (page) => {
      await rpcOrThrow(page, 'auth:lock', {});
      await page.reload();
    },
  },
  'features/backups/restore-dialog.tsx': { role: 'administrator', screen: () => '/backups', open: 'Restore' },
  'features/complaints/complaint-dialog.tsx': {
    role: 'administrator',
    screen: () => '/complaints',
    open: 'Add a complaint',
  },
  'features/complaints/feedback-dialog.tsx': {
    role: 'administrator',
    screen: () => '/complaints',
    open: 'Add a feedback form',
  },
  'features/decisions/request-information-dialog.tsx': {
    role: 'adm',
    screen: (s) => `/decisions/${s.terminationItemId}`,
    open: 'Ask for more information',
  },
  'features/households/delay-reason-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/households/${s.householdId}`,
    open: async (page) => {
      // An application received in January 2025 and never heard: its recommendation is overdue.
      const created = (await rpcOrThrow(page, 'households:create', {
        reference: 'HH-299',
        displayName: 'Mr Late',
        applicantNames: ['Lee Late'],
        householdType: 'mainstream',
        applicationReceivedDate: '2025-01-06',
        children: [],
      })) as { id: string };
      await openScreen(page, `/households/${created.id}`);
      await page
        .getByRole('button', { name: /^Record a reason for delay/ })
        .first()
        .click();
    },
  },
  'features/households/status-change-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/households/${s.householdId}`,
    open: 'Record a change of status',
  },
  'features/members/leaving-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/members/${s.memberId}`,
    open: 'Record leaving',
  },
  'features/members/notice-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/members/${s.memberId}`,
    open: 'Record written notice',
  },
  'features/members/training-section.tsx': {
    role: 'administrator',
    screen: (s) => `/members/${s.memberId}`,
    open: 'Remove',
  },
  'features/minutes/approve-dialog.tsx': {
    role: 'chair',
    screen: (s) => `/sittings/${s.draftMinutesSittingId}/minutes`,
    open: 'Approve the minutes (version 1)',
  },
  'features/minutes/reopen-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.decidedSittingId}/minutes`,
    open: 'Reopen approved minutes',
  },
  'features/minutes/send-to-adm-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.decidedSittingId}/minutes`,
    open: 'Record sent to the ADM',
  },
  'features/records/purge-dialog.tsx': {
    role: 'administrator',
    screen: () => '/retention',
    open: 'Purge',
  },
  'features/sittings/cancel-sitting-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.plannedSittingId}`,
    open: 'Cancel sitting',
  },
  'features/sittings/next-step-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.plannedSittingId}`,
    open: 'Next step: papers sent',
  },
  'features/sittings/outcome-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.plannedSittingId}/items/${s.plannedItemId}`,
    open: 'Defer, move or withdraw',
  },
  'features/sittings/remove-item-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/sittings/${s.plannedSittingId}/items/${s.plannedItemId}`,
    open: 'Remove (added in error)',
  },
  'features/users/disable-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/users/${s.chairUserId}`,
    open: 'Disable this account',
  },
  'features/users/reset-password-dialog.tsx': {
    role: 'administrator',
    screen: (s) => `/users/${s.chairUserId}`,
    open: 'Reset password',
  },
};
