import { IDEMPOTENCY_HEADER, type InvokeOptions, type PanelBridge } from '../../../shared/contract/bridge';
import { BackendUnreachable, isRestartStatus } from './connection-status';
import { streamedListeners } from './event-stream';
import { launchHeaders } from './launch-key';

/**
 * Browser mode's stand-in for the preload script: the same two functions,
 * carried over HTTP to the loopback server on the page's own origin. Every
 * request carries the launch key and this window's client id in headers
 * (launch-key.ts); events arrive on one streamed `fetch`.
 */
export function createLoopbackBridge(): PanelBridge {
  return {
    async invoke(channel, input, options) {
      let response: Response;
      try {
        response = await fetch('rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...launchHeaders(), ...keyHeader(options) },
          body: JSON.stringify({ channel, input }),
          credentials: 'omit',
        });
      } catch {
        // The background service stopped: the caller waits for it and sends the call again, with the same key.
        throw new BackendUnreachable();
      }
      if (isRestartStatus(response.status)) throw new BackendUnreachable();
      if (response.status === 401) {
        return unreachable(
          'This window is not connected to the running app. Open the address printed when it started.',
        );
      }
      return (await response.json()) as unknown;
    },
    on: streamedListeners('events', launchHeaders),
  };
}

/** A write's idempotency key, in the header both HTTP transports read. */
export function keyHeader(options: InvokeOptions | undefined): Record<string, string> {
  return options?.idempotencyKey ? { [IDEMPOTENCY_HEADER]: options.idempotencyKey } : {};
}

function unreachable(message: string) {
  return { ok: false, error: { code: 'UNAUTHENTICATED', message } };
}
