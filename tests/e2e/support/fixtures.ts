import { test as base, expect, type Page } from '@playwright/test';
import { createFirstAdministrator, logInAsAdministrator } from './accounts';
import { freshDbFile, startPanelServer, type PanelServer } from './panel-server';
import type { PreparedDatabase } from './prepared-database';
import { setRecoveryBeside } from './recovery';

interface PanelOptions {
  /**
   * True (the default): the test starts logged in as the first administrator, recovery already set.
   * False: the page is left on the first-run screen, untouched.
   */
  signIn: boolean;
  /**
   * Null (the default): the backend starts on a fresh database. Otherwise the file is written first
   * (see prepared-database.ts) and the backend migrates it as it would an older release's.
   */
  preparedDatabase: PreparedDatabase | null;
}

interface PanelFixtures {
  /** A running backend on a fresh (or prepared) database, with the page already opened on it. */
  panel: PanelServer & { restart(): Promise<void> };
}

export const test = base.extend<PanelOptions & PanelFixtures>({
  signIn: [true, { option: true }],
  preparedDatabase: [null, { option: true }],
  // Automatic: every test gets its own backend and database, even if it never names the fixture.
  panel: [
    async ({ page, signIn, preparedDatabase }, use) => {
      const dbFile = freshDbFile();
      if (preparedDatabase) await preparedDatabase.write(dbFile);
      let server = await startPanelServer(dbFile);
      await page.goto(server.launchUrl);
      if (signIn) {
        await setRecoveryBeside(dbFile);
        await createFirstAdministrator(page);
      }
      const panel = {
        get dbFile() {
          return server.dbFile;
        },
        get baseUrl() {
          return server.baseUrl;
        },
        get launchUrl() {
          return server.launchUrl;
        },
        stop: () => server.stop(),
        /** Stops the backend and starts a new one on the same file, then reopens the page (logged in again). */
        restart: async () => {
          await server.stop();
          server = await startPanelServer(dbFile);
          await page.goto(server.launchUrl);
          if (signIn) await logInAsAdministrator(page);
        },
      };
      await use(panel);
      await server.stop();
    },
    { auto: true },
  ],
});

export { expect };

/** Fills a GOV.UK-style date (day, month, year boxes) by the field's legend. */
export async function fillDate(page: Page, legend: string | RegExp, day: string, month: string, year: string) {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}
