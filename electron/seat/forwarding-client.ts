import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { IDEMPOTENCY_HEADER } from '../../shared/contract/bridge';
import type { Envelope, ErrorCode } from '../../shared/contract/envelope';
import type { CallOptions } from '../backend/idempotency';
import { CertificateRefused, PinnedAgent, unreachable, type Trust } from './pinned-tls';

export interface ForwardingOptions {
  /** `https://host:port`, as ServiceAddress normalises it. */
  address: string;
  trust: Trust;
  /** The name the user gave this computer: the host records it on every audit row. */
  seatName: string;
  /** Each of the host's events, as the host sent it. */
  onEvent?: (event: string, payload: unknown) => void;
  /** The event stream opened (true) or dropped (false): a dropped one reconnects by itself. */
  onConnection?: (connected: boolean) => void;
  /** How long to wait before reconnecting the event stream (grows to ten times this while the host stays away). */
  retryMs?: number;
}

interface Reply {
  status: number;
  bytes: Buffer;
  cookie: string | null;
}

const NOT_CONNECTED = 'Not connected to the service — nothing is being saved. Check the network, then try again.';

/**
 * A desktop seat's link to its service, in plain Node (no Electron): it opens
 * one seat on the host (`GET /session`: the `__Host-` cookie and the header
 * token), forwards each contract call to `/rpc` and relays the host's
 * server-sent events. Every connection is checked against the trust the user
 * chose before anything is written to it (pinned-tls.ts). If the host
 * restarts or ends the seat, the next call opens a new seat and the user signs
 * in again, as in a browser seat.
 */
export class ForwardingClient {
  private readonly agent: PinnedAgent;
  private readonly url: URL;
  private cookie = '';
  private token: Promise<string> | null = null;
  private stream: IncomingMessage | null = null;
  private streaming = false;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ForwardingOptions) {
    this.url = new URL(options.address);
    this.agent = new PinnedAgent(options.trust);
  }

  /** Opens the seat, so a wrong certificate or an unreachable host is reported now. Throws a message a user can act on. */
  async connect(): Promise<void> {
    await this.session();
  }

  /** One contract call on the host: its envelope, or a refusal saying why it did not get there. */
  async invoke(channel: unknown, input: unknown, options: CallOptions = {}): Promise<Envelope<unknown>> {
    let reply: Reply;
    // The window's key goes to the host unchanged, so its retry after a dropped answer is answered, not redone.
    // A call without one (main's own) gets a fresh key: the host requires one on every write, and only the
    // window resends a call.
    const key = {
      [IDEMPOTENCY_HEADER]: typeof options.idempotencyKey === 'string' ? options.idempotencyKey : randomUUID(),
    };
    try {
      const token = await this.session();
      reply = await this.send('POST', '/rpc', token, JSON.stringify({ channel, input }), key);
    } catch (error) {
      const why = unreachable(this.options.address, error);
      // A certificate other than the one confirmed is not a dropped connection: said once, never retried.
      if (why instanceof CertificateRefused) return refused('FORBIDDEN', `${why.message} ${NOT_CONNECTED}`);
      return refused('UNREACHABLE', `${why.message} ${NOT_CONNECTED}`);
    }
    // A host restarting behind a proxy answers 502–504: as unreachable, so the window sends the call again.
    if (reply.status >= 502 && reply.status <= 504) return refused('UNREACHABLE', NOT_CONNECTED);
    if (reply.status === 401 || reply.status === 403) {
      // The seat was ended or the host restarted: the next call opens a new seat, and the user signs in on it.
      this.token = null;
      return refused('UNAUTHENTICATED', 'This computer was disconnected from the service. Sign in again.');
    }
    if (reply.status === 429)
      return refused('THROTTLED', 'Too many requests from this computer. Wait a minute, then try again.');
    try {
      return JSON.parse(reply.bytes.toString('utf8')) as Envelope<unknown>;
    } catch {
      return refused('INTERNAL', 'The service sent an answer this computer could not read.');
    }
  }

  /**
   * A file the host made for this seat (`/download/<id>/<name>`, handed out
   * once), fetched so main can save it where the user chooses.
   */
  async download(path: string): Promise<Uint8Array> {
    const reply = await this.send('GET', path, await this.session());
    if (reply.status !== 200) throw new Error('The file was made but could not be fetched from the service.');
    return new Uint8Array(reply.bytes);
  }

  /** Starts relaying the host's events; the stream reconnects by itself until `close`. */
  startEvents(): void {
    if (this.streaming || this.closed) return;
    this.streaming = true;
    void this.openStream(0);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stream?.destroy();
    this.agent.destroy();
  }

  private session(): Promise<string> {
    this.token ??= this.send('GET', '/session', null)
      .then((reply) => {
        if (reply.status !== 200) throw new Error(`the service refused this computer (${reply.status})`);
        if (reply.cookie) this.cookie = reply.cookie;
        return (JSON.parse(reply.bytes.toString('utf8')) as { token: string }).token;
      })
      .catch((error: unknown) => {
        this.token = null;
        throw unreachable(this.options.address, error);
      });
    return this.token;
  }

  private headers(token: string | null): Record<string, string> {
    return {
      'X-Panel-Seat': encodeURIComponent(this.options.seatName),
      // Tells the host this is a desktop seat (it may save files when browser seats may not).
      'X-Panel-Seat-Kind': 'desktop',
      ...(token === null ? {} : { 'X-Panel-Token': token }),
      ...(this.cookie ? { Cookie: this.cookie } : {}),
    };
  }

  private send(
    method: 'GET' | 'POST',
    path: string,
    token: string | null,
    body?: string,
    extra: Record<string, string> = {},
  ): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpsRequest(
        new URL(path, this.url),
        {
          method,
          agent: this.agent,
          headers: {
            ...this.headers(token),
            ...extra,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              bytes: Buffer.concat(chunks),
              cookie: res.headers['set-cookie']?.[0]?.split(';')[0] ?? null,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  private async openStream(failures: number): Promise<void> {
    if (this.closed) return;
    let res: IncomingMessage;
    try {
      const token = await this.session();
      res = await new Promise<IncomingMessage>((resolve, reject) => {
        const req = httpsRequest(new URL('/events', this.url), {
          agent: this.agent,
          headers: { ...this.headers(token), Accept: 'text/event-stream' },
        });
        req.on('response', resolve);
        req.on('error', reject);
        req.end();
      });
    } catch {
      this.retry(failures + 1);
      return;
    }
    if (res.statusCode !== 200) {
      res.resume();
      // A host that restarted no longer knows this seat: open a new one, then listen again.
      if (res.statusCode === 401 || res.statusCode === 403) this.token = null;
      this.retry(failures + 1);
      return;
    }
    this.stream = res;
    this.options.onConnection?.(true);
    let buffer = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        this.dispatchEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
      }
    });
    const reopen = () => {
      if (this.stream !== res) return;
      this.stream = null;
      if (!this.closed) this.options.onConnection?.(false);
      this.retry(0);
    };
    res.on('end', reopen);
    res.on('close', reopen);
    res.on('error', reopen);
  }

  private retry(failures: number): void {
    if (this.closed) return;
    const base = this.options.retryMs ?? 1000;
    this.retryTimer = setTimeout(() => void this.openStream(failures), Math.min(base * 10, base * (failures + 1)));
  }

  private dispatchEvent(block: string): void {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (data === '') return;
    try {
      this.options.onEvent?.(event, JSON.parse(data));
    } catch {
      // A malformed event is dropped: the window refetches on the next one.
    }
  }
}

function refused(code: ErrorCode, message: string): Envelope<unknown> {
  return { ok: false, error: { code, message } };
}
