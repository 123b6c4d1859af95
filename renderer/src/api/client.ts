import type { PanelBridge } from '../../../shared/contract/bridge';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { EnvelopeSchema, type AppError } from '../../../shared/contract/envelope';
import { isolatingBidiControls } from '../../../shared/domain/text/bidi-controls';
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
  const envelope = EnvelopeSchema.safeParse(await getBridge().invoke(channel, input));
  if (!envelope.success) {
    throw new ApiError({ code: 'INTERNAL', message: 'The app sent an answer this window could not read.' });
  }
  if (!envelope.data.ok) throw new ApiError(envelope.data.error);
  // A stored value holding a direction override is shown isolated until it is corrected.
  return isolatingBidiControls(envelope.data.value) as ChannelOutput<C>;
}

export function onBackendEvent(event: string, listener: (payload: unknown) => void): () => void {
  return getBridge().on(event, listener);
}
