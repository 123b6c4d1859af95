import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { SeatClient, startTestHost, type TestHost } from './host-client';

describe('service host: a write retried after its answer was lost', () => {
  let backend: TestBackend;
  let host: TestHost;
  let seat: SeatClient;
  const members = (name: string) =>
    (backend.store.sqlite.prepare(`SELECT count(*) AS n FROM members WHERE name = ?`).get(name) as { n: number }).n;

  beforeAll(async () => {
    backend = await openTestBackend();
    const { username } = await signIn(backend);
    host = await startTestHost(backend);
    seat = new SeatClient(host);
    await seat.connect();
    await seat.call('auth:login', { username, password: TEST_PASSWORD });
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  it('applies the write once and answers the retry with the first answer', async () => {
    const key = randomUUID();
    const input = memberInput({ name: 'Dropped Answer' });
    // The connection is cut the moment the write commits, before the host sends its answer.
    const cut = new AbortController();
    const stop = backend.events.subscribe(() => cut.abort());
    await expect(seat.call('members:create', input, { 'idempotency-key': key }, cut.signal)).rejects.toThrow();
    stop();
    expect(members('Dropped Answer')).toBe(1);

    const retry = await seat.call('members:create', input, { 'idempotency-key': key });
    expect(retry.status).toBe(200);
    const answer = JSON.parse(retry.body) as { ok: boolean; value: { id: string; name: string } };
    expect(answer).toMatchObject({ ok: true, value: { name: 'Dropped Answer' } });
    const stored = backend.store.sqlite.prepare(`SELECT id FROM members WHERE name = 'Dropped Answer'`).get() as {
      id: string;
    };
    expect(answer.value.id).toBe(stored.id);
    expect(members('Dropped Answer')).toBe(1);
    const audited = backend.store.sqlite
      .prepare(`SELECT count(*) AS n FROM audit_log WHERE channel = 'members:create' AND entity_id = ?`)
      .get(stored.id) as { n: number };
    expect(audited.n).toBe(1);
  });

  it('refuses a write sent without a key, and writes nothing', async () => {
    const reply = await seat.call('members:create', memberInput({ name: 'No Key' }), { 'idempotency-key': '' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(members('No Key')).toBe(0);
  });
});
