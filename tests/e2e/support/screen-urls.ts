import { expect, type Page } from '@playwright/test';
import type { InventoryScenario } from './inventory-scenario';

/**
 * A concrete address, with realistic data behind it, for each pattern in the
 * route table. A route added to renderer/src/app.tsx without an entry here
 * fails the inventory test, so no screen goes unchecked.
 */
const SCREEN_URLS: Record<string, (s: InventoryScenario) => string> = {
  '/': () => '/',
  '/dashboard': () => '/dashboard',
  '/my-work': () => '/my-work',
  '/members': () => '/members',
  '/members/new': () => '/members/new',
  '/members/:id': (s) => `/members/${s.memberId}`,
  '/members/:id/edit': (s) => `/members/${s.memberId}/edit`,
  '/households': () => '/households',
  '/households/new': () => '/households/new',
  '/households/:id': (s) => `/households/${s.householdId}`,
  '/households/:id/edit': (s) => `/households/${s.householdId}/edit`,
  '/households/:id/refer': (s) => `/households/${s.householdId}/refer`,
  '/sittings': () => '/sittings',
  '/sittings/plan': () => '/sittings/plan',
  '/sittings/new': () => '/sittings/new',
  '/sittings/:id': (s) => `/sittings/${s.plannedSittingId}`,
  '/sittings/:id/edit': (s) => `/sittings/${s.plannedSittingId}/edit`,
  '/sittings/:id/items/:itemId': (s) => `/sittings/${s.decidedSittingId}/items/${s.approvalItemId}`,
  '/sittings/:id/minutes': (s) => `/sittings/${s.decidedSittingId}/minutes`,
  '/decisions': () => '/decisions',
  '/decisions/:itemId': (s) => `/decisions/${s.approvalItemId}`,
  '/documents': () => '/documents',
  '/complaints': () => '/complaints',
  '/retention': () => '/retention',
  '/reports': () => '/reports',
  '/reports/inspection-bundle': () => '/reports/inspection-bundle',
  '/reports/data-return': () => '/reports/data-return',
  '/users': () => '/users',
  '/users/new': () => '/users/new',
  '/users/:id': (s) => `/users/${s.chairUserId}`,
  '/users/:id/edit': (s) => `/users/${s.chairUserId}/edit`,
  '/audit': () => '/audit',
  '/backups': () => '/backups',
  '/settings/rules': () => '/settings/rules',
  '/settings/sharing': () => '/settings/sharing',
  '/settings/documents': () => '/settings/documents',
  '/settings/documents/fields': () => '/settings/documents/fields',
  '/import': () => '/import',
  '/set-up': () => '/set-up',
  '/change-password': () => '/change-password',
  '/second-factor': () => '/second-factor',
  '*': () => '/no-such-screen',
};

export function hasScreenUrl(pattern: string): boolean {
  return pattern in SCREEN_URLS;
}

export function screenUrl(pattern: string, scenario: InventoryScenario): string {
  const make = SCREEN_URLS[pattern];
  if (!make) throw new Error(`No address for the route ${pattern}: add one to tests/e2e/support/screen-urls.ts`);
  return make(scenario);
}

async function setHash(page: Page, url: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${url}`);
}

/**
 * Moves the app to a route (hash routing, no reload) and waits until its reads
 * have arrived. It passes through the not-found page first, so the wait can
 * tell the new screen from the one before even when they look alike.
 */
export async function openScreen(page: Page, url: string): Promise<void> {
  const main = page.locator('main');
  const heading = main.locator('h1').first();
  await setHash(page, '/__between-screens');
  await expect(heading).toHaveText('Page not found');
  await setHash(page, url);
  if (url !== '/no-such-screen') await expect(heading).not.toHaveText('Page not found');
  await expect(heading).toBeVisible();
  await expect(main.locator('.loading')).toHaveCount(0);
  await expect(main.getByRole('heading', { name: /^Could not show/ })).toHaveCount(0);
}
