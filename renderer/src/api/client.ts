import type { PanelBridge } from '../../../shared/contract/bridge';
import { contract, type Channel, type ChannelInput, type ChannelOutput } from '../../../shared/contract/channels';
import { EnvelopeSchema, type AppError } from '../../../shared/contract/envelope';
import { isolatingBidiControls } from '../../../shared/domain/text/bidi-controls';
import { BackendUnreachable, markConnected, markDisconnected, nextPause, pauseBeforeRetry } from './connection-status';
import { captureLaunchKey } from './launch-key';
import { createLoopbackBridge } from './loopback-bridge';
import { createNetworkBridge, isNetworkSeat } from './network-bridge';

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

/**
 * Sends the call until the backend answers. A write gets one idempotency key
 * for this user action and sends the same key with every retry, so a write the
 * host applied before the connection dropped is answered again, never applied
 * twice. Meanwhile the window shows it is not connected and keeps what the
 * user typed: the save is simply still in progress.
 */
async function invokeUntilAnswered(channel: Channel, input: unknown): Promise<unknown> {
  const options = contract[channel].kind === 'write' ? { idempotencyKey: newKey() } : undefined;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      const answer = await getBridge().invoke(channel, input, options);
      // A desktop seat's main process answers for the service it could not reach: as a dropped connection here.
      if (isUnreachable(answer)) throw new BackendUnreachable();
      markConnected();
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

/** A random UUID; from random bytes where the page is not a secure context and `randomUUID` is missing. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function onBackendEvent(event: string, listener: (payload: unknown) => void): () => void {
  return getBridge().on(event, listener);
}
