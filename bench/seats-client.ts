import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:https';

/** What a seat's call answered: the envelope, or null when the connection failed before an answer came. */
export type CallAnswer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/**
 * One simulated seat: its own computer as far as the host can tell (its own
 * 127.x.y.z address), its own session cookie and header token, a kept-alive
 * TLS connection as a browser keeps one, and a fresh idempotency key for each
 * write, sent again unchanged if the write has to be retried.
 */
export class BenchSeat {
  private cookie = '';
  private token = '';
  private readonly agent: Agent;

  constructor(
    private readonly port: number,
    private readonly ca: string,
    readonly address: string,
    readonly name: string,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: 4, localAddress: address, ca });
  }

  private send(
    path: string,
    method: string,
    headers: Record<string, string>,
    body?: string,
  ): Promise<{ status: number; body: string; setCookie: string | undefined }> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          servername: 'localhost',
          port: this.port,
          path,
          method,
          agent: this.agent,
          headers: { host: `localhost:${this.port}`, 'x-panel-seat': encodeURIComponent(this.name), ...headers },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, body: text, setCookie: res.headers['set-cookie']?.[0] }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Opens the seat (`GET /session`): the cookie the host sets and the token it answers. */
  async connect(): Promise<void> {
    const reply = await this.send('/session', 'GET', this.cookie ? { cookie: this.cookie } : {});
    if (reply.status !== 200) throw new Error(`The host refused a seat: ${reply.status} ${reply.body}`);
    if (reply.setCookie) this.cookie = reply.setCookie.split(';')[0] ?? '';
    this.token = (JSON.parse(reply.body) as { token: string }).token;
  }

  /** One router call; a write carries its idempotency key (the same one on a retry). */
  async call(channel: string, input: unknown, idempotencyKey?: string): Promise<CallAnswer> {
    const reply = await this.send(
      '/rpc',
      'POST',
      {
        'content-type': 'application/json',
        origin: `https://localhost:${this.port}`,
        cookie: this.cookie,
        'x-panel-token': this.token,
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      JSON.stringify({ channel, input }),
    );
    if (reply.status !== 200) return { ok: false, error: { code: `HTTP_${reply.status}`, message: reply.body } };
    return JSON.parse(reply.body) as CallAnswer;
  }

  /**
   * A write as the window makes one: one key for the user's action; if the
   * connection fails before an answer, the same call is sent again with the
   * same key (the host answers a write it already made with its first answer).
   */
  async write(channel: string, input: unknown, retries = 2): Promise<CallAnswer | null> {
    const key = randomUUID();
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.call(channel, input, key);
      } catch {
        // The connection failed before an answer: the write may or may not have been made, so send it again.
        if (attempt >= retries) return null;
      }
    }
  }

  /**
   * The seat's stream of events; `onEvent` hears each event's name and its data (parsed JSON; undefined if it
   * is not). Returns a function that closes it.
   */
  listen(onEvent: (event: string, data: unknown) => void): () => void {
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: this.port,
        path: '/events',
        // Its own connection, as a browser gives a long-lived stream.
        agent: false,
        ca: this.ca,
        localAddress: this.address,
        headers: { host: `localhost:${this.port}`, cookie: this.cookie, 'x-panel-token': this.token },
      },
      (res) => {
        let buffered = '';
        res.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          let end = buffered.indexOf('\n\n');
          while (end >= 0) {
            const message = buffered.slice(0, end);
            const name = /^event: (.+)$/m.exec(message)?.[1];
            if (name) onEvent(name, parsedData(/^data: (.*)$/m.exec(message)?.[1]));
            buffered = buffered.slice(end + 2);
            end = buffered.indexOf('\n\n');
          }
        });
      },
    );
    req.on('error', () => undefined);
    req.end();
    return () => req.destroy();
  }

  close(): void {
    this.agent.destroy();
  }
}

function parsedData(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
