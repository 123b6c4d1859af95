import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Backend } from '../compose';
import { SECURITY_HEADERS } from '../backend/csp';
import { readStaticFile } from '../backend/static-files';

/**
 * Development and test transport: the same router as Electron's IPC, over HTTP
 * on 127.0.0.1. Never part of the packaged app (see electron-builder.yml).
 *
 * Every request must carry the per-launch token: the printed URL carries it
 * once, the server swaps it for an HttpOnly cookie, and from then on the
 * browser sends it by itself. Foreign Host and Origin headers are refused,
 * which stops DNS-rebinding and cross-site pages from reaching the backend.
 */
export interface LoopbackServer {
  url: string;
  /** The address to open: it carries the token once. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function startLoopbackServer(backend: Backend, staticRoot: string, port = 0): Promise<LoopbackServer> {
  const token = randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let boundPort = 0;
  const cookieName = () => `panel_token_${boundPort}`;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Loopback request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'The server failed.' } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${boundPort}`, `localhost:${boundPort}`];
    if (!allowedHosts.includes(req.headers.host ?? '')) {
      sendText(res, 403, 'Forbidden host');
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
      sendText(res, 403, 'Forbidden origin');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && offered !== null && sameToken(offered, token)) {
      res.writeHead(303, {
        Location: url.pathname,
        'Set-Cookie': `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'Cache-Control': 'no-store',
      });
      res.end();
      return;
    }
    if (!sameToken(readCookie(req, cookieName()) ?? req.headers['x-panel-token']?.toString() ?? '', token)) {
      if (url.pathname === '/rpc') {
        const error = { code: 'UNAUTHENTICATED', message: 'The request did not carry this launch’s token.' };
        sendJson(res, 401, { ok: false, error });
      } else {
        sendText(
          res,
          401,
          'Open the address printed when Fostering Panel started: it carries the key for this session.',
        );
      }
      return;
    }

    if (url.pathname === '/rpc' && req.method === 'POST') return rpc(req, res);
    if (url.pathname === '/events' && req.method === 'GET') {
      eventStream(req, res);
      return;
    }
    if (req.method !== 'GET') {
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const file = await readStaticFile(staticRoot, url.pathname);
    if (!file) {
      sendText(res, 404, 'Not found');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    res.end(file.body);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, { ok: false, error: { code: 'VALIDATION_FAILED', message: 'Requests must be JSON.' } });
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge;
      const message = tooLarge ? 'The request is too large.' : 'The request was not valid JSON.';
      sendJson(res, tooLarge ? 413 : 400, { ok: false, error: { code: 'VALIDATION_FAILED', message } });
      return;
    }
    const { channel, input } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    sendJson(res, 200, await backend.router.dispatch({ transport: 'loopback', tokenVerified: true }, channel, input));
  }

  function eventStream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  const unsubscribe = backend.events.subscribe((event, payload) => {
    for (const stream of streams) stream.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${boundPort}`;
  return {
    url: base,
    launchUrl: `${base}/?token=${token}`,
    port: boundPort,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

class BodyTooLarge extends Error {}

/** Reads a JSON body; an oversized one is drained and refused, so the caller still gets an answer. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new BodyTooLarge());
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function sameToken(offered: string, expected: string): boolean {
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
