import { test as plain } from '@playwright/test';
import { ADMIN, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { DIALOG_OPENERS } from './support/dialog-openers';
import { expect, test } from './support/fixtures';
import { buildInventoryScenario } from './support/inventory-scenario';
import { dialogSources } from './support/screen-inventory';
import { openScreen } from './support/screen-urls';

/** Every modal in renderer/src, opened over realistic data: axe finds no serious or critical violation. */
plain('the inventory knows how to open every dialog in renderer/src', () => {
  expect(Object.keys(DIALOG_OPENERS).sort()).toEqual(dialogSources());
});

const LOCK = 'features/auth/lock-dialog.tsx';

/** A button's visible words; many add hidden words after them ("Restore the backup made …"). */
function startsWith(words: string): RegExp {
  return new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

// A missing button should fail this step, not wait out the whole test.
test.use({ actionTimeout: 30_000 });

test('every dialog passes axe while it is open', async ({ page }) => {
  const scenario = await buildInventoryScenario(page);
  // Grouped by who opens them, so each person signs in once; the lock screen comes last.
  const entries = Object.entries(DIALOG_OPENERS).sort(
    ([a, x], [b, y]) => Number(a === LOCK) - Number(b === LOCK) || x.role.localeCompare(y.role),
  );
  let signedIn = 'administrator';
  for (const [file, opener] of entries) {
    if (opener.role !== signedIn) {
      await signInAs(page, scenario.accounts[opener.role]);
      signedIn = opener.role;
    }
    await openScreen(page, opener.screen(scenario));
    if (typeof opener.open === 'string') {
      await page
        .getByRole('button', { name: startsWith(opener.open) })
        .first()
        .click();
    } else {
      await opener.open(page);
    }
    const dialog = page.getByRole('dialog');
    await expect(dialog, file).toBeVisible();
    await expectNoSeriousViolations(page, `${file} open on ${opener.screen(scenario)}`);
    if (file === LOCK) {
      await dialog.getByLabel('Password').fill(ADMIN.password);
      await dialog.getByRole('button', { name: 'Unlock' }).click();
    } else {
      await page.keyboard.press('Escape');
    }
    await expect(dialog, `${file} closes`).toBeHidden();
  }
});
