import { isRestartStatus, markConnected, markDisconnected, nextPause, pauseBeforeRetry } from './connection-status';

/** The first pause before the stream is opened again; it doubles up to five seconds while the backend is away. */
const FIRST_PAUSE_MS = 250;

/**
 * Server-sent events read through `fetch`, so the request carries the launch
 * key in a header (an `EventSource` cannot send headers). The stream is the
 * window's heartbeat: when it drops or cannot open, the window is marked not
 * connected at once; it is opened again with a growing pause (sooner if a call
 * gets through), and the window is connected again when it opens. Stops for
 * good once every listener has gone.
 */
export function openEventStream(
  url: string,
  headers: () => Record<string, string> | Promise<Record<string, string>>,
  deliver: (event: string, data: string) => void,
): () => void {
  const controller = new AbortController();
  let stopped = false;

  /** Reads the stream until it ends; true if it opened. */
  const readOnce = async (): Promise<boolean> => {
    const response = await fetch(url, { headers: await headers(), signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) {
      // Refused (a session problem the next call reports) is not the same as the host being away.
      if (isRestartStatus(response.status)) markDisconnected();
      return false;
    }
    markConnected();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return true;
      buffered += value;
      let end = buffered.indexOf('\n\n');
      while (end >= 0) {
        dispatchBlock(buffered.slice(0, end), deliver);
        buffered = buffered.slice(end + 2);
        end = buffered.indexOf('\n\n');
      }
    }
  };

  void (async () => {
    let pause = FIRST_PAUSE_MS;
    while (!stopped) {
      let opened = false;
      let dropped = true;
      try {
        opened = await readOnce();
        dropped = opened;
      } catch {
        // Unreachable, or the page is leaving (then `stopped` ends the loop).
      }
      if (stopped) return;
      if (dropped) markDisconnected();
      pause = opened ? FIRST_PAUSE_MS : nextPause(pause);
      await pauseBeforeRetry(pause);
    }
  })();

  return () => {
    stopped = true;
    controller.abort();
  };
}

/** One `event:`/`data:` block; comments (`: connected`) and unnamed blocks are ignored. */
function dispatchBlock(block: string, deliver: (event: string, data: string) => void): void {
  let event = '';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (event !== '' && data.length > 0) deliver(event, data.join('\n'));
}

/**
 * A bridge's `on`: listeners by event name over one stream, opened with the
 * first listener and closed when the last one goes.
 */
export function streamedListeners(
  url: string,
  headers: () => Record<string, string> | Promise<Record<string, string>>,
): (event: string, listener: (payload: unknown) => void) => () => void {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stopStream: (() => void) | null = null;
  const deliver = (event: string, data: string) => {
    for (const listener of listeners.get(event) ?? []) listener(JSON.parse(data));
  };
  return (event, listener) => {
    const forEvent = listeners.get(event) ?? new Set();
    listeners.set(event, forEvent);
    forEvent.add(listener);
    stopStream ??= openEventStream(url, headers, deliver);
    return () => {
      forEvent.delete(listener);
      if ([...listeners.values()].every((set) => set.size === 0)) {
        stopStream?.();
        stopStream = null;
      }
    };
  };
}
