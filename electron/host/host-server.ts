import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { Backend } from '../compose';
import { IDEMPOTENCY_HEADER } from '../../shared/contract/bridge';
import type { EventName } from '../../shared/contract/events';
import type { Sender } from '../backend/sender';
import { channelName, type DownloadSaver } from '../backend/download-saver';
import { CONTENT_SECURITY_POLICY } from '../backend/csp';
import { isLoopbackAddress, isLoopbackHost, type ListenAddress } from './listen-address';
import { downloadRefusal } from './seat-policy';
import { auditDownload } from '../backend/audit/audit-download';
import { SeatSessions, seatName, type Seat } from './seat-sessions';
import type { TlsMaterial } from './tls-material';
import { LIMITS, rateLimitKey, rpcCallLimit } from './host-limits';

/**
 * The service host's network transport: the same router as IPC and loopback,
 * over HTTPS (TLS 1.2 or later) for the seats of one service.
 *
 * - Static files (the built UI) need no session: they hold no data.
 * - `GET /session` opens a seat: an HttpOnly, Secure, SameSite=Strict
 *   `__Host-` cookie naming it, and a token the page sends back in
 *   `X-Panel-Token` on every call. A page from another site can neither read
 *   the token nor send the cookie, so it cannot forge a call (CSRF).
 * - `POST /rpc` and `GET /events` need the cookie, the token, the address that
 *   opened the seat, an allowed Host and (when sent) a same-origin Origin.
 *   Who is signed in on the seat is the backend's own session, as everywhere.
 */
export interface HostOptions {
  listen: ListenAddress;
  staticRoot: string;
  /** Without TLS the host listens on loopback only (development and tests). */
  tls: TlsMaterial | null;
  /** Host names seats may use besides the certificate's own names and the listen address. */
  extraNames?: readonly string[];
  /**
   * Files main makes for a seat (documents, exports) are held for that seat and
   * fetched once from `/download/<id>/<name>`, never written on the host.
   */
  downloads?: DownloadSaver;
  /**
   * Whether a client address is the host computer itself, where a sign-in
   * needs no second factor: loopback by default. A host reached through a
   * tunnel or proxy on the same computer sees every seat as loopback, so it
   * answers false for all (`--code-on-loopback`).
   */
  onHost?: (address: string) => boolean;
}

export interface HostServer {
  url: string;
  port: number;
  seats: SeatSessions;
  /** Ends a seat and whoever is signed in on it: its next call is refused and it must connect and sign in again. */
  endSeat(id: string): boolean;
  /** Sends one event to every connected seat only (not to the host's own window): the desktop host's "closing". */
  announce(event: EventName, payload: unknown): void;
  close(): Promise<void>;
}

const COOKIE_SECURE = '__Host-panel-seat';
/** Plain HTTP on loopback cannot carry a `__Host-` cookie (it requires Secure). */
const COOKIE_PLAIN = 'panel-seat';

export async function startHostServer(backend: Backend, options: HostOptions): Promise<HostServer> {
  const { listen, tls } = options;
  if (!tls && !isLoopbackHost(listen.host)) {
    throw new Error(
      `The host will not listen on ${listen.host} without a certificate: give --cert and --key, or --self-signed FOLDER.`,
    );
  }
  const scheme = tls ? 'https' : 'http';
  const cookieName = tls ? COOKIE_SECURE : COOKIE_PLAIN;
  const seats = new SeatSessions();
  const onHost = options.onHost ?? isLoopbackAddress;
  const senderOf = (seat: Seat): Sender => ({
    transport: 'network',
    session: seat.id,
    tokenVerified: true,
    address: seat.address,
    seat: seat.name,
    onHost: onHost(seat.address),
    desktop: seat.desktop,
  });
  /** Each open stream of events, with the seat it belongs to. */
  const streams = new Map<FastifyReply, string>();
  let allowedHosts: Set<string> = new Set();

  const app = Fastify({
    https: tls ? { cert: tls.cert, key: tls.key, minVersion: 'TLSv1.2' } : null,
    bodyLimit: LIMITS.bodyBytes,
    logger: false,
    // The host is reached directly; an X-Forwarded-For header is never believed.
    trustProxy: false,
  });

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives() },
    hsts: tls ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: true,
    max: LIMITS.requestsPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: () => ({
      statusCode: 429,
      ok: false,
      error: { code: 'THROTTLED', message: 'Too many requests from this computer. Wait a minute, then try again.' },
    }),
  });

  // Host and Origin first: a foreign name (DNS rebinding) or another site's page gets nothing, not even files.
  app.addHook('onRequest', async (request, reply) => {
    const host = (request.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(host)) return reply.code(403).type('text/plain').send('Forbidden host');
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== `${scheme}://${host}`)
      return reply.code(403).type('text/plain').send('Forbidden origin');
  });

  await app.register(fastifyStatic, {
    root: options.staticRoot,
    index: 'index.html',
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply) => void reply.header('Cache-Control', 'no-store'),
  });
  // The page's own router handles every other path: give it the app.
  app.setNotFoundHandler((request, reply) => {
    if (request.method !== 'GET' || /^\/(rpc|events|download)(\/|$|\?)/.test(request.url))
      return reply.code(404).type('text/plain').send('Not found');
    return reply.header('Cache-Control', 'no-store').sendFile('index.html');
  });

  app.get(
    '/session',
    { config: { rateLimit: { max: LIMITS.seatsPerMinute, timeWindow: '1 minute' } } },
    (request, reply) => {
      const address = request.ip;
      const name = seatName(request.headers['x-panel-seat']?.toString());
      let seat = seats.find(request.cookies[cookieName], address);
      if (seat) seat.name = name;
      else {
        // The desktop app's forwarding client says so when it opens its seat; a browser never sends this header.
        const desktop = request.headers['x-panel-seat-kind']?.toString() === 'desktop';
        seat = seats.open(address, name, new Date(), desktop);
        void reply.setCookie(cookieName, seat.id, {
          path: '/',
          httpOnly: true,
          secure: tls !== null,
          sameSite: 'strict',
        });
      }
      return reply.header('Cache-Control', 'no-store').send({ token: seat.token, seat: seat.name });
    },
  );

  app.post(
    '/rpc',
    {
      config: {
        rateLimit: { hook: 'preHandler', keyGenerator: rateLimitKey, max: rpcCallLimit, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const seat = seatFor(request, reply);
      if (!seat) return reply;
      const { channel, input } = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as {
        channel?: unknown;
        input?: unknown;
      };
      // Required on writes here (the router refuses one without): a seat retries after a dropped answer.
      const idempotencyKey = request.headers[IDEMPOTENCY_HEADER.toLowerCase()]?.toString();
      const dispatch = () => backend.router.dispatch(senderOf(seat), channel, input, { idempotencyKey });
      const answer = await (options.downloads
        ? options.downloads.runAs(seat.id, dispatch, downloadRefusal(backend, seat), channelName(channel))
        : dispatch());
      return reply.header('Cache-Control', 'no-store').send(answer);
    },
  );

  // A file main made for this seat, handed over once as an attachment.
  app.get('/download/:id/:name', (request, reply) => {
    const seat = seatFor(request, reply);
    if (!seat) return reply;
    // The setting may have been switched off since the file was made.
    const refused = downloadRefusal(backend, seat);
    if (refused) return reply.code(403).send(refusal('FORBIDDEN', refused));
    const file = options.downloads?.take(request.url.split('?')[0] ?? '', seat.id) ?? null;
    if (!file) return reply.code(404).type('text/plain').send('This download is not available: make the file again.');
    // Every download is audited (issue 20): who, from which seat, which file, when; the call that made it has its own row.
    auditDownload(backend, senderOf(seat), file);
    return (
      reply
        .header('Cache-Control', 'no-store')
        .type('application/octet-stream')
        // The name is sanitised to letters, digits, dots, hyphens and underscores, so it needs no quoting rules.
        .header('Content-Disposition', `attachment; filename="${file.name}"`)
        .send(Buffer.from(file.bytes))
    );
  });

  app.get('/events', (request, reply) => {
    const seat = seatFor(request, reply);
    if (!seat) return reply;
    reply.hijack();
    reply.raw.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    // The seat may have missed changes while its stream was closed (a dropped network, a host restart).
    reply.raw.write(`event: events:opened\ndata: {}\n\n`);
    streams.set(reply, seat.id);
    request.raw.on('close', () => streams.delete(reply));
  });

  /** The seat a call belongs to, or null with the refusal already sent. */
  function seatFor(request: FastifyRequest, reply: FastifyReply): Seat | null {
    const seat = seats.find(request.cookies[cookieName], request.ip);
    const offered = request.headers['x-panel-token']?.toString() ?? '';
    if (!seat) {
      void reply
        .code(401)
        .send(refusal('UNAUTHENTICATED', 'This computer is not connected to the service. Reload the page.'));
      return null;
    }
    if (!SeatSessions.tokenMatches(seat, offered)) {
      void reply.code(403).send(refusal('FORBIDDEN', 'The request did not carry this connection’s token.'));
      return null;
    }
    // The user may name the computer after connecting (at sign-in): every call carries the name.
    const named = request.headers['x-panel-seat'];
    if (named !== undefined) seat.name = seatName(named.toString());
    return seat;
  }

  const broadcast = (event: EventName, payload: unknown) => {
    for (const stream of streams.keys()) stream.raw.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  };
  const unsubscribe = backend.events.subscribe(broadcast);

  await app.listen({ host: listen.host, port: listen.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : listen.port;
  const names = new Set([listen.host, 'localhost', '127.0.0.1', ...(tls?.names ?? []), ...(options.extraNames ?? [])]);
  allowedHosts = new Set([...names].map((name) => `${name.includes(':') ? `[${name}]` : name}:${port}`.toLowerCase()));
  const shownHost = isLoopbackHost(listen.host) || listen.host === '0.0.0.0' ? 'localhost' : listen.host;

  return {
    url: `${scheme}://${shownHost}:${port}`,
    port,
    seats,
    endSeat: (id) => {
      const seat = seats.list().find((open) => open.id === id);
      if (!seat) return false;
      backend.sessions.end(senderOf(seat));
      // An ended seat hears nothing more: its stream closes, and opening another needs a new seat.
      for (const [stream, owner] of streams) {
        if (owner !== id) continue;
        streams.delete(stream);
        stream.raw.end();
      }
      return seats.end(id);
    },
    announce: broadcast,
    close: async () => {
      unsubscribe();
      for (const stream of streams.keys()) stream.raw.end();
      await app.close();
    },
  };
}

function refusal(code: string, message: string) {
  return { ok: false, error: { code, message } };
}

/** The same policy as the desktop's app:// protocol, as helmet directives. */
function cspDirectives(): Record<string, string[]> {
  return Object.fromEntries(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}
