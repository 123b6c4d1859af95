import type { PanelBridge } from '../../../shared/contract/bridge';
import { openEventStream } from './event-stream';
import { launchHeaders } from './launch-key';

/**
 * Browser mode's stand-in for the preload script: the same two functions,
 * carried over HTTP to the loopback server on the page's own origin. Every
 * request carries the launch key and this window's client id in headers
 * (launch-key.ts); events arrive on one streamed `fetch`.
 */
export function createLoopbackBridge(): PanelBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stopStream: (() => void) | null = null;
  const deliver = (event: string, data: string) => {
    for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data));
  };
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
    on(event, listener) {
      const forEvent = listeners.get(event) ?? new Set();
      listeners.set(event, forEvent);
      forEvent.add(listener);
      stopStream ??= openEventStream('events', launchHeaders, deliver);
      return () => {
        forEvent.delete(listener);
        if ([...listeners.values()].every((set) => set.size === 0)) {
          stopStream?.();
          stopStream = null;
        }
      };
    },
  };
}

function unreachable(message: string) {
  return { ok: false, error: { code: 'UNAUTHENTICATED', message } };
}
