import { contract, isChannel } from '../../shared/contract/channels';
import type { Envelope, ErrorCode } from '../../shared/contract/envelope';
import type { EventName } from '../../shared/contract/events';
import type { ProbeResult, SeatStatus } from '../../shared/schemas/seat';
import { DomainError } from '../backend/domain-error';
import type { CallOptions } from '../backend/idempotency';
import { DOWNLOAD_PREFIX } from '../backend/download-saver';
import type { FileSaver } from '../backend/file-saver';
import { validationError } from '../backend/router';
import { isTrustedSender, type Sender } from '../backend/sender';
import { ForwardingClient } from './forwarding-client';
import { CertificateRefused, probeCertificate } from './pinned-tls';
import { readSeatConfig, writeSeatConfig, type SeatConfig } from './seat-config';

type Listener = (event: EventName, payload: unknown) => void;

/** What a transport (IPC, loopback) dispatches to: a backend, or this seat's stand-in for one. */
export interface DispatchTarget {
  router: {
    dispatch(sender: Sender, channel: unknown, input: unknown, options?: CallOptions): Promise<Envelope<unknown>>;
  };
  events: { subscribe(listener: Listener): () => void };
}

export interface SeatModeOptions {
  /** The saved choice (seat-config.ts), in the local user data folder. */
  configFile: string;
  /** Starts this computer's own backend, once, and only if the user chose it. */
  startLocal: () => Promise<DispatchTarget>;
  /** Where a file the service made for this seat is saved: main's save dialog (browser mode: a download). */
  saver?: FileSaver;
  retryMs?: number;
}

type SeatChannel = 'seat:status' | 'seat:probe' | 'seat:connect' | 'seat:useLocal';
const SEAT_CHANNELS: ReadonlySet<string> = new Set(['seat:status', 'seat:probe', 'seat:connect', 'seat:useLocal']);

/**
 * The desktop main process's one dispatch target. It answers the seat
 * channels itself (never forwarded: they decide where everything else goes),
 * then sends each call either to this computer's own backend or, for a seat,
 * through the forwarding client to the service, and relays that side's events.
 * The window cannot tell which: it calls and listens as it always does.
 */
export class SeatMode implements DispatchTarget {
  private local: DispatchTarget | null = null;
  private client: ForwardingClient | null = null;
  private readonly listeners = new Set<Listener>();

  readonly router = {
    dispatch: (sender: Sender, channel: unknown, input: unknown, options?: CallOptions) =>
      this.dispatch(sender, channel, input, options),
  };
  readonly events = {
    subscribe: (listener: Listener) => {
      this.listeners.add(listener);
      return () => void this.listeners.delete(listener);
    },
  };

  private constructor(
    private readonly options: SeatModeOptions,
    private config: SeatConfig | null,
  ) {}

  static async open(options: SeatModeOptions): Promise<SeatMode> {
    const mode = new SeatMode(options, readSeatConfig(options.configFile));
    if (mode.config?.mode === 'local') await mode.startLocal();
    // An unreachable service still opens the window: its calls say so, and the stream keeps trying.
    if (mode.config?.mode === 'seat') mode.useService(mode.config);
    return mode;
  }

  async dispatch(
    sender: Sender,
    channel: unknown,
    input: unknown,
    options: CallOptions = {},
  ): Promise<Envelope<unknown>> {
    if (typeof channel === 'string' && SEAT_CHANNELS.has(channel))
      return this.answer(sender, channel as SeatChannel, input);
    if (this.client) return this.delivered(this.client, await this.client.invoke(channel, input, options));
    if (this.local) return this.local.router.dispatch(sender, channel, input, options);
    return refused('UNAUTHENTICATED', 'Choose how this computer works first.');
  }

  close(): void {
    this.client?.close();
    this.client = null;
  }

  status(): SeatStatus {
    const config = this.config;
    return {
      mode: config?.mode ?? 'unconfigured',
      service:
        config?.mode === 'seat'
          ? { address: config.address, fingerprint: config.fingerprint, seatName: config.seatName }
          : null,
    };
  }

  /**
   * A file the service made for this seat is held there for it (a document, an
   * export): fetch it and save it here, as this computer's own backend would,
   * so the window gets a path on this computer like any other.
   */
  private async delivered(client: ForwardingClient, envelope: Envelope<unknown>): Promise<Envelope<unknown>> {
    const saved = envelope.ok ? (envelope.value as { path?: unknown } | null) : null;
    if (!this.options.saver || typeof saved?.path !== 'string' || !saved.path.startsWith(DOWNLOAD_PREFIX))
      return envelope;
    try {
      const bytes = await client.download(saved.path);
      const where = await this.options.saver.save(saved.path.slice(saved.path.lastIndexOf('/') + 1), bytes);
      if (where === null)
        return refused(
          'RULE_VIOLATION',
          'The file was made and registered, but not saved here. Make it again to save it.',
        );
      return { ok: true, value: { ...saved, path: where } };
    } catch (error) {
      return refused('INTERNAL', error instanceof Error ? error.message : 'The file could not be saved here.');
    }
  }

  private async answer(sender: Sender, channel: SeatChannel, input: unknown): Promise<Envelope<unknown>> {
    // The same first checks as the router: the calling frame, then the contract's schema.
    if (!isTrustedSender(sender) || !isChannel(channel))
      return refused('UNTRUSTED_SENDER', 'This request did not come from the Fostering Panel window.');
    const definition = contract[channel];
    const parsed = definition.input.safeParse(input);
    try {
      if (!parsed.success) throw validationError(parsed.error);
      return { ok: true, value: definition.output.parse(await this.run(channel, parsed.data)) };
    } catch (error) {
      if (error instanceof DomainError)
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
          },
        };
      return refused('INTERNAL', 'Something went wrong and nothing was changed. Try again.');
    }
  }

  private async run(channel: SeatChannel, input: unknown): Promise<SeatStatus | ProbeResult> {
    if (channel === 'seat:status') return this.status();
    // Once chosen, never changed from a window before anyone signs in: that would hand this computer to any address.
    if (this.config !== null)
      throw new DomainError('RULE_VIOLATION', 'How this computer works was chosen when it was set up.');
    if (channel === 'seat:probe') {
      const { serviceAddress } = input as { serviceAddress: string };
      return probeCertificate(serviceAddress).catch((error: unknown) => {
        throw fieldProblem('serviceAddress', error);
      });
    }
    if (channel === 'seat:useLocal') {
      this.save({ mode: 'local' });
      await this.startLocal();
      return this.status();
    }
    const {
      serviceAddress: address,
      fingerprint,
      seatName,
    } = input as {
      serviceAddress: string;
      fingerprint: string | null;
      seatName: string;
    };
    const config: SeatConfig = { mode: 'seat', address, fingerprint, seatName };
    const client = this.forwardingClient(config);
    try {
      await client.connect();
    } catch (error) {
      client.close();
      throw fieldProblem(error instanceof CertificateRefused ? 'fingerprint' : 'serviceAddress', error);
    }
    this.save(config);
    this.adopt(client);
    return this.status();
  }

  private save(config: SeatConfig): void {
    writeSeatConfig(this.options.configFile, config);
    this.config = config;
  }

  private async startLocal(): Promise<void> {
    if (this.local) return;
    this.local = await this.options.startLocal();
    this.local.events.subscribe((event, payload) => this.relay(event, payload));
  }

  private useService(config: Extract<SeatConfig, { mode: 'seat' }>): void {
    this.adopt(this.forwardingClient(config));
  }

  private forwardingClient(config: Extract<SeatConfig, { mode: 'seat' }>): ForwardingClient {
    return new ForwardingClient({
      address: config.address,
      trust: config.fingerprint === null ? { kind: 'system' } : { kind: 'pinned', fingerprint: config.fingerprint },
      seatName: config.seatName,
      onEvent: (event, payload) => this.relay(event as EventName, payload),
      ...(this.options.retryMs === undefined ? {} : { retryMs: this.options.retryMs }),
    });
  }

  private adopt(client: ForwardingClient): void {
    this.client = client;
    client.startEvents();
  }

  private relay(event: EventName, payload: unknown): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}

function fieldProblem(field: string, error: unknown): DomainError {
  const message = error instanceof Error ? error.message : String(error);
  return new DomainError('VALIDATION_FAILED', message, { [field]: message });
}

function refused(code: ErrorCode, message: string): Envelope<unknown> {
  return { ok: false, error: { code, message } };
}
