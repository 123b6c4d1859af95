import type { Page } from '@playwright/test';

/** The administrator every signed-in test starts as. */
export const ADMIN = { username: 'admin', displayName: 'Alex Administrator', password: 'plum-kettle-harbour-42' };

/** Calls the backend from inside the page, as the UI does (the page holds the launch cookie). */
export async function rpc(
  page: Page,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  return page.evaluate(
    async ([name, body]) => {
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: name, input: body }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
    [channel, input] as const,
  );
}

/** Fails loudly if a set-up call the test relies on is refused. */
export async function rpcOrThrow(page: Page, channel: string, input: unknown): Promise<unknown> {
  const result = await rpc(page, channel, input);
  if (!result.ok) throw new Error(`${channel} was refused: ${result.error?.code ?? ''} ${result.error?.message ?? ''}`);
  return result.value;
}

/** Creates the first administrator behind the first-run screen, then reloads so the app opens logged in. */
export async function createFirstAdministrator(page: Page): Promise<void> {
  await rpcOrThrow(page, 'auth:createFirstAdministrator', ADMIN);
  await page.reload();
}

/** Logs the administrator in without the login screen (the backend forgets sessions when it restarts). */
export async function logInAsAdministrator(page: Page): Promise<void> {
  await rpcOrThrow(page, 'auth:login', { username: ADMIN.username, password: ADMIN.password });
  await page.reload();
}

/** Logs in through the login page, as a person would. */
export async function logInThroughPage(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}
