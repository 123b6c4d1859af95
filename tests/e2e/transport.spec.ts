import type { Page } from '@playwright/test';
import { ADMIN, logInThroughPage, rpcBody, rpcOrThrow } from './support/accounts';
import { expect, test } from './support/fixtures';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('the app files need no key, but an API call without the key in its header is refused', async ({
  playwright,
  panel,
}) => {
  const stranger = await playwright.request.newContext();
  const page = await stranger.get(`${panel.baseUrl}/`);
  expect(page.status()).toBe(200);
  expect(page.headers()['set-cookie']).toBeUndefined();
  const call = await stranger.post(`${panel.baseUrl}/rpc`, { data: { channel: 'members:list', input: {} } });
  expect(call.status()).toBe(401);
  expect(await call.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  await stranger.dispose();
});

test('the key lives in sessionStorage, never a cookie, and survives a reload', async ({ page }) => {
  expect(page.url()).not.toContain('key=');
  expect(await page.context().cookies()).toEqual([]);
  await page.reload();
  await expect(mainNav(page).getByRole('link', { name: 'Central list' })).toBeVisible();
});

test('a second browser holding the launch key must log in itself, and both get live updates', async ({
  browser,
  panel,
  page,
}) => {
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(panel.launchUrl);
  await expect(second.getByRole('button', { name: 'Log in' })).toBeVisible();
  expect(await other.cookies()).toEqual([]);
  await logInThroughPage(second, ADMIN.username, ADMIN.password);
  await mainNav(second).getByRole('link', { name: 'Central list' }).click();
  await expect(second.getByText('0 members shown')).toBeVisible();

  // Logging the second browser out leaves the first logged in.
  await rpcOrThrow(page, 'members:create', {
    name: 'Streamed Events',
    listRole: 'member',
    background: 'health',
    independent: false,
    socialWorkerPqe3: false,
    appointmentDate: '2026-01-05',
  });
  // The change reaches the second browser over the streamed events, without a reload.
  await expect(second.getByText('Streamed Events')).toBeVisible();
  await rpcOrThrow(second, 'auth:logout', {});
  expect(await rpcBody(page, JSON.stringify({ channel: 'members:list', input: {} }))).toMatchObject({
    status: 200,
    body: { ok: true },
  });
  await other.close();
});

test('a malformed request gets a validation error and changes nothing', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(page.getByRole('heading', { name: 'Central list', exact: true })).toBeVisible();
  const list = JSON.stringify({ channel: 'members:list', input: { status: 'all' } });
  const before = await rpcBody(page, list);

  const broken = await rpcBody(page, '{"channel":"members:create","input":');
  expect(broken).toMatchObject({ status: 400, body: { ok: false, error: { code: 'VALIDATION_FAILED' } } });

  const invalid = await rpcBody(
    page,
    JSON.stringify({
      channel: 'members:create',
      input: { name: 'Ann', listRole: 'emperor', appointmentDate: '2026-02-30' },
    }),
  );
  expect(invalid).toMatchObject({
    status: 200,
    body: {
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        fieldErrors: {
          listRole: 'Choose the role on the central list',
          appointmentDate: 'Enter a real date, for example 5 January 2027',
        },
      },
    },
  });

  expect(await rpcBody(page, list)).toEqual(before);
  await page.reload();
  await expect(page.getByText('0 members shown')).toBeVisible();
});
