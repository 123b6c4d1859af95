import type { PanelBridge } from '../../../shared/contract/bridge';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/contract/channels';
import { EnvelopeSchema, type AppError } from '../../../shared/contract/envelope';
import { isolatingBidiControls } from '../../../shared/domain/text/bidi-controls';
import { BackendUnreachable, markConnected, markDisconnected, nextPause, pauseBeforeRetry } from './connection-status';
import { captureLaunchKey } from './launch-key';
import { createLoopbackBridge } from './loopback-bridge';
import { createNetworkBridge, isNetworkSeat } from './network-bridge';
import { pendingWrites } from './pending-writes';

/** A refusal from the backend, carrying its code, message and field errors. */
export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
  get fieldErrors(): Record<string, string> {
    return this.error.fieldErrors ?? {};
  }
}

let bridge: PanelBridge | null = null;

function getBridge(): PanelBridge {
  bridge ??= window.api ?? (isNetworkSeat() ? createNetworkBridge() : createLoopbackBridge());
  return bridge;
}

/** Connects to the backend before anything renders; in browser mode, keeps the launch key first. */
export function connectToBackend(): void {
  if (!window.api && !isNetworkSeat()) captureLaunchKey();
  getBridge();
}

/** The one way the page talks to the backend. */
export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const envelope = EnvelopeSchema.safeParse(await invokeUntilAnswered(channel, input));
  if (!envelope.success) {
    throw new ApiError({ code: 'INTERNAL', message: 'The app sent an answer this window could not read.' });
  }
  if (!envelope.data.ok) throw new ApiError(envelope.data.error);
  // A stored value holding a direction override is shown isolated until it is corrected.
  return isolatingBidiControls(envelope.data.value) as ChannelOutput<C>;
}

/** The first pause before a call is sent again; it doubles up to five seconds. */
const FIRST_PAUSE_MS = 250;

/** Kept in the tab's sessionStorage, so a reload (after a host restart) sends an unanswered write with its key. */
const pending = pendingWrites(tabStorage(), newKey);

/** Someone else signed in at this window: the last person's unanswered writes are not theirs to retry. */
export function forgetPendingWrites(): void {
  pending.forgetAll();
}

/**
 * Sends the call until the backend answers. A write gets one idempotency key
 * for this user action and sends the same key with every retry, so a write the
 * host applied before the connection dropped is answered again, never applied
 * twice. The key is kept until the answer comes, beyond a reload of the page
 * (pending-writes.ts): the same write sent again then carries it too.
 * Meanwhile the window shows it is not connected and keeps what the
 * user typed: the save is simply still in progress.
 */
async function invokeUntilAnswered(channel: Channel, input: unknown): Promise<unknown> {
  const write = contract[channel].kind === 'write' ? pending.begin(channel, input) : null;
  const options = write ? { idempotencyKey: write.key } : undefined;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      const answer = await getBridge().invoke(channel, input, options);
      // A desktop seat's main process answers for the service it could not reach: as a dropped connection here.
      if (isUnreachable(answer)) throw new BackendUnreachable();
      markConnected();
      write?.answered();
      return answer;
    } catch (error) {
      if (!(error instanceof BackendUnreachable)) throw error;
      markDisconnected();
      await pauseBeforeRetry(pause);
      pause = nextPause(pause);
    }
  }
}

function isUnreachable(answer: unknown): boolean {
  const parsed = EnvelopeSchema.safeParse(answer);
  return parsed.success && !parsed.data.ok && parsed.data.error.code === 'UNREACHABLE';
}

/** The tab's sessionStorage, or none where the page may not use it. */
function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** A random UUID; from random bytes where the page is not a secure context and `randomUUID` is missing. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function onBackendEvent(event: string, listener: (payload: unknown) => void): () => void {
  return getBridge().on(event, listener);
}
