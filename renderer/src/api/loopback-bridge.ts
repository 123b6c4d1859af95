import type { PanelBridge } from '../../../shared/contract/bridge';
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
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch('rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...launchHeaders() },
          body: JSON.stringify({ channel, input }),
          credentials: 'omit',
        });
      } catch {
        return unreachable('The app’s background service is not running. Start it again, then reload this page.');
      }
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

function unreachable(message: string) {
  return { ok: false, error: { code: 'UNAUTHENTICATED', message } };
}
