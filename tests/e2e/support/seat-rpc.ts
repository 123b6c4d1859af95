import type { Page } from '@playwright/test';

/**
 * Calls the service host from inside a seat's page, as its network bridge does
 * (renderer/src/api/network-bridge.ts): `GET /session` answers the seat's token
 * (the cookie is the browser's own), and every call carries it in a header.
 * Used for set-up the test is not about; the steps under test go through the UI.
 */
export async function seatRpc(page: Page, channel: string, input: unknown): Promise<unknown> {
  const reply = await page.evaluate(
    async ({ channel, input }) => {
      const seat = { 'X-Panel-Seat': encodeURIComponent(localStorage.getItem('panel.seatName') ?? '') };
      // Asked once per page load: the host limits how often a computer may open a session.
      const held = window as unknown as { e2eSeatToken?: string };
      held.e2eSeatToken ??= (
        (await (await fetch('/session', { headers: seat, cache: 'no-store' })).json()) as { token: string }
      ).token;
      const token = held.e2eSeatToken;
      const response = await fetch('/rpc', {
        method: 'POST',
        // Every write over the network carries a key of its own (reads ignore it), as the network bridge sends.
        headers: {
          'Content-Type': 'application/json',
          'X-Panel-Token': token,
          'Idempotency-Key': crypto.randomUUID(),
          ...seat,
        },
        body: JSON.stringify({ channel, input }),
      });
      return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
    },
    { channel, input },
  );
  if (!reply.ok) throw new Error(`${channel} was refused: ${reply.error?.code ?? ''} ${reply.error?.message ?? ''}`);
  return reply.value;
}
