import { randomUUID } from 'node:crypto';
import { request } from 'node:https';
import { Random } from '../../electron/demo/random';
import type { Member } from '../../shared/schemas/member';
import { memberInput } from '../factories/members';
import type { Ack } from './protocol';

/** The host as a seat reaches it: its port on 127.0.0.1, and the test certificate it trusts. */
export interface HostTarget {
  port: number;
  ca: string;
}

export interface Credentials {
  username: string;
  password: string;
}

/** One write: a key made once, sent again unchanged until the host answers. */
interface SeatWrite {
  channel: 'members:create' | 'members:addTraining';
  input: unknown;
  key: string;
  ackFor(value: unknown): Ack;
}

interface Reply {
  status: number;
  body: string;
  /** The seat cookie the host set, as a browser would send it back. */
  cookie: string | null;
}

class Dropped extends Error {}

/** One HTTPS request, as a desktop seat pinning the certificate would make it; any network failure is `Dropped`. */
function send(
  target: HostTarget,
  localAddress: string,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: target.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `localhost:${target.port}`, ...options.headers },
        ca: target.ca,
        localAddress,
        agent: false,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, cookie }));
        res.on('error', () => reject(new Dropped()));
      },
    );
    req.on('error', () => reject(new Dropped()));
    req.end(options.body);
  });
}

/**
 * A seat of the service writing over HTTPS, as the renderer's client does:
 * each write gets one idempotency key; when the host is unreachable, drops
 * the connection or has restarted (its seats and sign-ins gone), the seat
 * connects and signs in again and sends the same write with the same key,
 * until it is answered. It writes central-list members and their training,
 * each with a name or title of its own, so a write applied twice shows.
 */
export class NetworkSeat {
  private cookie = '';
  private token = '';
  private signedIn = false;
  private stopped = false;
  private abandoned = false;
  private counter = 0;
  private readonly rng: Random;
  private readonly members: string[] = [];
  /** The write being delivered and how many times it has been sent: a kill may land between its commit and its answer. */
  inFlight: { key: string; sends: number } | null = null;
  sends = 0;
  acknowledged = 0;
  readonly refusals: string[] = [];

  constructor(
    private readonly target: HostTarget,
    private readonly index: number,
    private readonly credentials: Credentials,
    seed: number,
    private readonly onAck: (ack: Ack) => void,
    /** `--fault fresh-keys`: shows the harness catches a write applied twice when a retry does not resend its key. */
    private readonly freshKeyEachSend = false,
  ) {
    this.rng = new Random(seed);
  }

  /** The first life of the host: a fresh file, so the administrator the seats sign in as is made first, over HTTPS. */
  static async createFirstAdministrator(
    target: HostTarget,
    admin: Credentials & { displayName: string },
  ): Promise<void> {
    const seat = new NetworkSeat(target, 0, admin, 1, () => undefined);
    const session = await send(target, seat.address, { path: '/session' });
    seat.cookie = session.cookie ?? '';
    seat.token = (JSON.parse(session.body) as { token: string }).token;
    const created = JSON.parse((await seat.rpc('auth:createFirstAdministrator', admin, null)).body) as {
      ok: boolean;
      error?: { message: string };
    };
    if (!created.ok) throw new Error(`auth:createFirstAdministrator: ${created.error?.message}`);
  }

  /** Each seat is another computer as far as the host can tell (its own loopback address). */
  private get address(): string {
    return `127.0.0.${this.index + 2}`;
  }

  /** Writes until `stop`; the write in progress is delivered first. */
  async run(): Promise<void> {
    while (!this.stopped) await this.deliver(this.plan());
  }

  /** Signed in on the host as it is now (false from the first dropped connection until signed in again). */
  get isSignedIn(): boolean {
    return this.signedIn;
  }

  /** Stops after the write in progress has been answered. */
  stop(): void {
    this.stopped = true;
  }

  /** Gives up at once, the write in progress unanswered (the run failed, and the host is not coming back). */
  abandon(): void {
    this.stopped = true;
    this.abandoned = true;
  }

  private plan(): SeatWrite {
    this.counter += 1;
    const label = `Seat ${this.index + 1} ${this.counter}`;
    const memberId = this.members.length > 0 ? this.rng.pick(this.members) : null;
    if (memberId === null || this.rng.chance(0.25)) {
      return {
        channel: 'members:create',
        input: memberInput({ name: `${label} member` }),
        key: randomUUID(),
        ackFor: (value) => {
          const member = value as Member;
          this.members.push(member.id);
          return ack('members:create', 'members', member.id, { name: member.name });
        },
      };
    }
    const title = `${label} training`;
    return {
      channel: 'members:addTraining',
      input: { memberId, date: '2026-10-01', title, hours: '2.5' },
      key: randomUUID(),
      ackFor: (value) => {
        const entry = (value as Member).training.find((t) => t.title === title);
        if (!entry) throw new Error(`The acknowledged training "${title}" is not in the member's record`);
        return ack('members:addTraining', 'member_training', entry.id, { member_id: memberId, title });
      },
    };
  }

  private async deliver(write: SeatWrite): Promise<void> {
    const inFlight = { key: write.key, sends: 0 };
    this.inFlight = inFlight;
    let pause = 20;
    for (;;) {
      try {
        if (!this.signedIn) await this.signIn();
        inFlight.sends += 1;
        this.sends += 1;
        // The deliberate fault: a new key for every attempt, as a client that forgot its key would send.
        const key = this.freshKeyEachSend ? randomUUID() : write.key;
        if (this.freshKeyEachSend) inFlight.key = key;
        const reply = await this.rpc(write.channel, write.input, key);
        if (reply.status === 401 || reply.status === 403) {
          // The host restarted: its seats and sign-ins went with it. Connect and sign in again, then resend.
          this.signedIn = false;
          continue;
        }
        if (reply.status !== 200) throw new Dropped();
        const answer = JSON.parse(reply.body) as {
          ok: boolean;
          value?: unknown;
          error?: { code: string; message: string };
        };
        if (answer.ok) {
          this.acknowledged += 1;
          this.onAck(write.ackFor(answer.value));
        } else if (answer.error?.code === 'UNAUTHENTICATED') {
          this.signedIn = false;
          continue;
        } else this.refusals.push(`${write.channel}: ${answer.error?.code} ${answer.error?.message}`);
        this.inFlight = null;
        return;
      } catch (error) {
        if (!(error instanceof Dropped)) throw error;
        if (this.abandoned) return;
        // The host may have restarted meanwhile, forgetting the seat: connect and sign in afresh.
        this.signedIn = false;
        await new Promise((resolve) => setTimeout(resolve, pause));
        pause = Math.min(pause * 2, 500);
      }
    }
  }

  private async signIn(): Promise<void> {
    const session = await send(this.target, this.address, {
      path: '/session',
      headers: {
        'x-panel-seat': encodeURIComponent(`Crash seat ${this.index + 1}`),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
    });
    if (session.status !== 200) throw new Dropped();
    if (session.cookie) this.cookie = session.cookie;
    this.token = (JSON.parse(session.body) as { token: string }).token;
    const login = await this.rpc('auth:login', this.credentials, null);
    const answer = JSON.parse(login.body) as { ok: boolean; error?: { message: string } };
    if (login.status !== 200) throw new Dropped();
    if (!answer.ok) throw new Error(`Seat ${this.index + 1} could not sign in: ${answer.error?.message}`);
    this.signedIn = true;
  }

  private rpc(channel: string, input: unknown, key: string | null): Promise<Reply> {
    return send(this.target, this.address, {
      path: '/rpc',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: `https://localhost:${this.target.port}`,
        cookie: this.cookie,
        'x-panel-token': this.token,
        ...(key ? { 'idempotency-key': key } : {}),
      },
      body: JSON.stringify({ channel, input }),
    });
  }
}

function ack(channel: string, table: string, id: string, expect: Ack['expect']): Ack {
  return { type: 'ack', channel, table, key: { id }, expect };
}
