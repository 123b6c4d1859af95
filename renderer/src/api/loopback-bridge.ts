import type { PanelBridge } from '../../../shared/contract/bridge';

/**
 * Browser mode's stand-in for the preload script: the same two functions,
 * carried over HTTP to the loopback server on the page's own origin. The
 * launch token travels as an HttpOnly cookie the page cannot read.
 */
export function createLoopbackBridge(): PanelBridge {
  let source: EventSource | null = null;
  return {
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch('rpc', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel, input }),
          credentials: 'same-origin',
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
      source ??= new EventSource('events');
      const relay = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
      source.addEventListener(event, relay);
      return () => source?.removeEventListener(event, relay);
    },
  };
}

function unreachable(message: string) {
  return { ok: false, error: { code: 'UNAUTHENTICATED', message } };
}
