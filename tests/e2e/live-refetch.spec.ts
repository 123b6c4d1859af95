import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { hostForSpec } from './support/host-server';
import { seatRpc } from './support/seat-rpc';
import { PANEL } from './support/sittings';

/**
 * A write refetches, at the other seats, only the reads its entity can change
 * (shared/contract/live-reads.ts): a new household leaves another seat's
 * central list alone; a new member refetches it, and shows there without a reload.
 */
const host = hostForSpec();
const openSeat = (browser: Browser, name: string) => host.openSeat(browser, name);

/** Counts the calls this page sends on one channel (each is a POST to /rpc naming it). */
function countCalls(page: Page, channel: string): () => number {
  let calls = 0;
  page.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/rpc') return;
    const body = request.postDataJSON() as { channel?: unknown } | null;
    if (body?.channel === channel) calls += 1;
  });
  return () => calls;
}

test('another seat refetches its central list for a new member, not for a new household', async ({ browser }) => {
  const desk = await openSeat(browser, 'Administrator’s desk');
  await seatRpc(desk, 'auth:createFirstAdministrator', ADMIN);
  await seatRpc(desk, 'setup:finish', {});

  const laptop = await openSeat(browser, 'Panel room laptop');
  await seatRpc(laptop, 'auth:login', { username: ADMIN.username, password: ADMIN.password });
  await laptop.reload();
  await laptop.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(laptop.getByRole('heading', { name: 'Central list', level: 1 })).toBeVisible();
  const memberLists = countCalls(laptop, 'members:list');
  const [first, second] = PANEL;
  await seatRpc(desk, 'members:create', first);
  await expect(laptop.getByRole('link', { name: first.name })).toBeVisible({ timeout: 10_000 });
  const before = memberLists();
  expect(before).toBeGreaterThan(0);

  // A household, then a member: the events arrive in that order, so by the time the member shows, a refetch
  // the household had caused would already have been sent.
  await seatRpc(desk, 'households:create', {
    reference: 'HH-301',
    displayName: 'Grace Okafor',
    applicantNames: ['Grace Okafor'],
    householdType: 'mainstream',
    applicationReceivedDate: '2026-05-01',
    children: [],
  });
  await seatRpc(desk, 'members:create', second);
  await expect(laptop.getByRole('link', { name: second.name })).toBeVisible({ timeout: 10_000 });
  expect(memberLists()).toBe(before + 1);
  await desk.context().close();
  await laptop.context().close();
});
