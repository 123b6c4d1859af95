import { test as plain } from '@playwright/test';
import { Role } from '../../shared/contract/roles';
import { signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { buildInventoryScenario } from './support/inventory-scenario';
import { appRoutes } from './support/screen-inventory';
import { hasScreenUrl, openScreen, screenUrl } from './support/screen-urls';

/**
 * Every route in renderer/src/app.tsx, opened by every role allowed to see it,
 * with realistic data behind it: axe finds no serious or critical violation.
 */
const ROUTES = appRoutes();

plain('the inventory has an address for every route in the route table', () => {
  const missing = ROUTES.filter((route) => !hasScreenUrl(route.path)).map((route) => route.path);
  expect(missing, 'routes in renderer/src/app.tsx with no address in support/screen-urls.ts').toEqual([]);
});

/** Screens per test, so each stays well inside the test timeout on a busy machine. */
const SCREENS_PER_TEST = 10;

for (const role of Role.options) {
  const routes = ROUTES.filter((r) => r.roles.includes(role));
  const parts = Math.ceil(routes.length / SCREENS_PER_TEST);
  for (let part = 0; part < parts; part += 1) {
    const chunk = routes.slice(part * SCREENS_PER_TEST, (part + 1) * SCREENS_PER_TEST);
    test(`every screen the ${role.replace('_', ' ')} can open passes axe (${part + 1} of ${parts})`, async ({
      page,
    }) => {
      const scenario = await buildInventoryScenario(page);
      if (role !== 'administrator') await signInAs(page, scenario.accounts[role]);
      for (const route of chunk) {
        const url = screenUrl(route.path, scenario);
        await openScreen(page, url);
        await expect(page.locator('main h1').first()).not.toHaveText('You cannot use this page');
        await expectNoSeriousViolations(page, `${route.path} (${url}) as ${role}`);
      }
      const closed = ROUTES.find((r) => !r.roles.includes(role));
      if (closed && part === parts - 1) {
        await openScreen(page, screenUrl(closed.path, scenario));
        await expect(page.locator('main h1').first()).toHaveText('You cannot use this page');
        await expectNoSeriousViolations(page, `${closed.path}, not permitted, as ${role}`);
      }
    });
  }
}
