import type { Page } from '@playwright/test';

/** The administrator every signed-in test starts as. */
export const ADMIN = { username: 'admin', displayName: 'Alex Administrator', password: 'plum-kettle-harbour-42' };

/**
 * Sends a raw body to /rpc from inside the page, with the headers the UI sends
 * (renderer/src/api/launch-key.ts): the launch key and the window's client id,
 * both from the page's sessionStorage, so the call shares the UI's session.
 */
export async function rpcBody(page: Page, body: string): Promise<{ status: number; body: unknown }> {
  return page.evaluate(async (text) => {
    let client = sessionStorage.getItem('panel.clientId');
    if (client === null) {
      client = `e2e${crypto.randomUUID().replace(/-/g, '')}`;
      sessionStorage.setItem('panel.clientId', client);
    }
    const response = await fetch('/rpc', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Panel-Token': sessionStorage.getItem('panel.launchKey') ?? '',
        'X-Panel-Client': client,
      },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }, body);
}

/** Calls the backend from inside the page, as the UI does (in the UI's session). */
export async function rpc(
  page: Page,
  channel: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const reply = await rpcBody(page, JSON.stringify({ channel, input }));
  return reply.body as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** Fails loudly if a set-up call the test relies on is refused. */
export async function rpcOrThrow(page: Page, channel: string, input: unknown): Promise<unknown> {
  const result = await rpc(page, channel, input);
  if (!result.ok) throw new Error(`${channel} was refused: ${result.error?.code ?? ''} ${result.error?.message ?? ''}`);
  return result.value;
}

/**
 * Creates the first administrator behind the first-run screen and finishes the service's set-up
 * (service-set-up.spec.ts walks it), then reloads so the app opens logged in.
 */
export async function createFirstAdministrator(page: Page): Promise<void> {
  await rpcOrThrow(page, 'auth:createFirstAdministrator', ADMIN);
  await rpcOrThrow(page, 'setup:finish', {});
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

export interface Account {
  username: string;
  displayName: string;
  password: string;
}

/** The password every account made by addAccount ends up with. */
const ACCOUNT_PASSWORD = 'copper-violet-estuary-58';

/**
 * Makes an account (linked to a central-list member when one is named) and
 * takes it through its first login, which asks for a new password; the
 * administrator is logged in again afterwards, without reloading the page.
 */
export async function addAccount(
  page: Page,
  user: { username: string; displayName: string; roles: string[]; memberId?: string | null },
): Promise<Account> {
  const temporaryPassword = 'granite-puffin-orchard';
  await rpcOrThrow(page, 'users:create', { memberId: null, ...user, temporaryPassword });
  await rpcOrThrow(page, 'auth:logout', {});
  await rpcOrThrow(page, 'auth:login', { username: user.username, password: temporaryPassword });
  await rpcOrThrow(page, 'auth:changePassword', { currentPassword: temporaryPassword, newPassword: ACCOUNT_PASSWORD });
  await rpcOrThrow(page, 'auth:logout', {});
  await rpcOrThrow(page, 'auth:login', { username: ADMIN.username, password: ADMIN.password });
  return { username: user.username, displayName: user.displayName, password: ACCOUNT_PASSWORD };
}

/** Hands the window to another person, as logging out and in again does; the page stays where it was. */
export async function signInAs(page: Page, account: Pick<Account, 'username' | 'password'>): Promise<void> {
  await rpcOrThrow(page, 'auth:logout', {});
  await rpcOrThrow(page, 'auth:login', { username: account.username, password: account.password });
  await page.reload();
}
