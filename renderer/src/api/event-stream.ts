/**
 * Server-sent events read through `fetch`, so the request carries the launch
 * key in a header (an `EventSource` cannot send headers). Reconnects after a
 * pause when the stream ends, as `EventSource` would; stops for good once
 * every listener has gone.
 */
export function openEventStream(
  url: string,
  headers: () => Record<string, string> | Promise<Record<string, string>>,
  deliver: (event: string, data: string) => void,
): () => void {
  const controller = new AbortController();
  let stopped = false;

  const readOnce = async (): Promise<void> => {
    const response = await fetch(url, { headers: await headers(), signal: controller.signal, cache: 'no-store' });
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
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
    while (!stopped) {
      try {
        await readOnce();
      } catch {
        // The backend stopped or the page is leaving: try again after the pause.
      }
      if (!stopped) await new Promise((resolve) => setTimeout(resolve, 3000));
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
