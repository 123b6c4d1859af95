import { expect, test } from './support/fixtures';
import { buildInventoryScenario } from './support/inventory-scenario';
import { openScreen } from './support/screen-urls';

/**
 * 200 % zoom of a 1280×800 window leaves 640×400 CSS pixels (WCAG 1.4.10,
 * reflow): the page itself never scrolls sideways (a wide table may, in its
 * own container), and the menu and each screen's main action stay reachable.
 */
test.use({ viewport: { width: 640, height: 400 } });

const SCREENS: { url: (s: Awaited<ReturnType<typeof buildInventoryScenario>>) => string; action?: string }[] = [
  { url: () => '/dashboard' },
  { url: () => '/members', action: 'Add a member' },
  { url: () => '/members/new', action: 'Add member' },
  { url: (s) => `/members/${s.memberId}`, action: 'Record written notice' },
  { url: () => '/households', action: 'Add a household' },
  { url: (s) => `/households/${s.householdId}`, action: 'Record a change of status' },
  { url: () => '/sittings', action: 'Add a sitting' },
  { url: (s) => `/sittings/${s.plannedSittingId}`, action: 'Next step: papers sent' },
  { url: (s) => `/sittings/${s.decidedSittingId}/items/${s.approvalItemId}` },
  { url: (s) => `/sittings/${s.decidedSittingId}/minutes`, action: 'Record sent to the ADM' },
  { url: () => '/decisions' },
  { url: (s) => `/decisions/${s.approvalItemId}` },
  { url: () => '/documents' },
  { url: () => '/complaints', action: 'Add a complaint' },
  { url: () => '/reports' },
  { url: () => '/users' },
  { url: () => '/audit' },
  { url: () => '/backups' },
];

test('every main screen reflows at 200 % zoom', async ({ page }) => {
  const scenario = await buildInventoryScenario(page);
  const problems: string[] = [];
  for (const screen of SCREENS) {
    const url = screen.url(scenario);
    await openScreen(page, url);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    if (overflow > 0) {
      const culprits = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .filter((el) => !el.closest('.table-scroll'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      });
      problems.push(`${url}: the page scrolls ${overflow}px sideways (${culprits.join(', ')})`);
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Sittings' }).scrollIntoViewIfNeeded();
    await expect(nav.getByRole('link', { name: 'Sittings' }), `${url}: the menu`).toBeInViewport();
    if (screen.action) {
      const action = page
        .getByRole('main')
        .getByRole('link', { name: screen.action, exact: true })
        .or(page.getByRole('main').getByRole('button', { name: screen.action, exact: true }));
      await action.first().scrollIntoViewIfNeeded();
      await expect(action.first(), `${url}: ${screen.action}`).toBeInViewport();
    }
  }
  expect(problems).toEqual([]);
});
