import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Calls the backend from inside the page, as the UI does (the page holds the launch cookie). */
function rpcFromPage(page: Page, body: string) {
  return page.evaluate(async (text) => {
    const response = await fetch('/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }, body);
}

test('a request without the launch token is refused', async ({ playwright, panel }) => {
  const stranger = await playwright.request.newContext();
  const page = await stranger.get(`${panel.baseUrl}/`);
  expect(page.status()).toBe(401);
  const call = await stranger.post(`${panel.baseUrl}/rpc`, { data: { channel: 'members:list', input: {} } });
  expect(call.status()).toBe(401);
  expect(await call.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  await stranger.dispose();
});

test('a malformed request gets a validation error and changes nothing', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(page.getByRole('heading', { name: 'Central list', exact: true })).toBeVisible();
  const list = JSON.stringify({ channel: 'members:list', input: { status: 'all' } });
  const before = await rpcFromPage(page, list);

  const broken = await rpcFromPage(page, '{"channel":"members:create","input":');
  expect(broken).toMatchObject({ status: 400, body: { ok: false, error: { code: 'VALIDATION_FAILED' } } });

  const invalid = await rpcFromPage(
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

  expect(await rpcFromPage(page, list)).toEqual(before);
  await page.reload();
  await expect(page.getByText('0 members shown')).toBeVisible();
});
