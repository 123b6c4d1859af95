import { useSyncExternalStore } from 'react';

/**
 * Whether this window can reach the backend: the loopback server or the
 * service host (over IPC it always can). Any call or the event stream failing
 * to reach it marks the window disconnected at once; the next answer from
 * either marks it connected again. The banner and the reconnect refetch read
 * it; pending writes wait on it to retry.
 */
let connected = true;
const listeners = new Set<() => void>();

/** Thrown by a browser bridge when no answer came: a network error, or the host restarting (502, 503, 504). */
export class BackendUnreachable extends Error {
  constructor() {
    super('Not connected — nothing is being saved.');
    this.name = 'BackendUnreachable';
  }
}

/** Gateway and unavailable answers come from a proxy or a host starting up, not from the backend's router. */
export function isRestartStatus(status: number): boolean {
  return status === 502 || status === 503 || status === 504;
}

function set(value: boolean): void {
  if (connected === value) return;
  connected = value;
  for (const listener of [...listeners]) listener();
}

export function markDisconnected(): void {
  set(false);
}

export function markConnected(): void {
  set(true);
}

export function isConnected(): boolean {
  return connected;
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function onConnectionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function useConnected(): boolean {
  return useSyncExternalStore(onConnectionChange, isConnected);
}

/**
 * Waits `ms`, or less if the window reconnects meanwhile (the event stream
 * got through first): a pending write then retries at once.
 */
export function pauseBeforeRetry(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = onConnectionChange(() => {
      if (connected) done();
    });
  });
}

/** The next pause of a retry loop: doubling from `first`, never above five seconds. */
export function nextPause(previous: number): number {
  return Math.min(previous * 2, 5_000);
}
