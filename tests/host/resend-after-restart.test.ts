import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The page's own keeper of unanswered writes' keys: plain TypeScript, no DOM, so it runs here as it does in the page.
// eslint-disable-next-line no-restricted-imports
import { pendingWrites, type KeyStorage } from '../../renderer/src/api/pending-writes';
import { openTestBackend, signIn, tempFolder, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { SeatClient, startTestHost, type TestHost } from './host-client';

/** The tab's sessionStorage as the page sees it: it outlives a reload of the page, not the tab. */
class TabStorage implements KeyStorage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/**
 * A browser seat saves; the host commits the save and restarts before the seat hears so. The page is reloaded
 * (its memory gone, its tab's storage kept) and the user saves the same again: the save carries the key it was
 * first sent with, and the restarted host answers it with the first answer instead of applying it twice.
 */
describe('service host: a browser seat’s save resent after a host restart', () => {
  const folder = tempFolder();
  let backend: TestBackend;
  let host: TestHost;
  let username: string;
  const members = (name: string) =>
    (backend.store.sqlite.prepare(`SELECT count(*) AS n FROM members WHERE name = ?`).get(name) as { n: number }).n;
  const seatOn = async (on: TestHost) => {
    const seat = new SeatClient(on, '127.0.0.1', 'Chair laptop');
    await seat.connect();
    await seat.call('auth:login', { username, password: TEST_PASSWORD });
    return seat;
  };

  beforeAll(async () => {
    backend = await openTestBackend({ folder });
    ({ username } = await signIn(backend));
    host = await startTestHost(backend);
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  it('is applied once: the reloaded page sends the key the unanswered save had', async () => {
    const tab = new TabStorage();
    const input = memberInput({ name: 'Sent Before Restart' });
    const firstPage = pendingWrites(tab, randomUUID);
    const sent = firstPage.begin('members:create', input);
    // The host commits the write, then the connection is cut before its answer: the page never hears.
    const seat = await seatOn(host);
    const cut = new AbortController();
    const stop = backend.events.subscribe(() => cut.abort());
    await expect(seat.call('members:create', input, { 'idempotency-key': sent.key }, cut.signal)).rejects.toThrow();
    stop();
    expect(members('Sent Before Restart')).toBe(1);

    // The host restarts on the same database; the seat's session is gone with it, so it signs in again.
    await host.server.close();
    backend.close();
    backend = await openTestBackend({ folder });
    host = await startTestHost(backend);
    const again = await seatOn(host);

    // The page reloaded: a new module, the tab's storage kept. The same save takes the same key.
    const reloaded = pendingWrites(tab, randomUUID);
    const resent = reloaded.begin('members:create', input);
    expect(resent.key).toBe(sent.key);
    const reply = JSON.parse((await again.call('members:create', input, { 'idempotency-key': resent.key })).body) as {
      ok: boolean;
      value: { id: string };
    };
    expect(reply.ok).toBe(true);
    resent.answered();
    expect(members('Sent Before Restart')).toBe(1);
    const stored = backend.store.sqlite.prepare(`SELECT id FROM members WHERE name = 'Sent Before Restart'`).get() as {
      id: string;
    };
    expect(reply.value.id).toBe(stored.id);

    // Answered, the key is not kept: the same details saved again later are a new save, with a new key.
    expect(reloaded.begin('members:create', input).key).not.toBe(sent.key);
  });

  it('keeps one key per write: another write, or the same channel with other input, gets its own', () => {
    const writes = pendingWrites(new TabStorage(), randomUUID);
    const first = { name: 'One', notes: '' };
    const one = writes.begin('members:create', first);
    expect(writes.begin('members:create', { ...first, name: 'Two' }).key).not.toBe(one.key);
    expect(writes.begin('households:create', first).key).not.toBe(one.key);
    expect(writes.begin('members:create', { ...first }).key).toBe(one.key);
    writes.forgetAll();
    expect(writes.begin('members:create', first).key).not.toBe(one.key);
  });
});
