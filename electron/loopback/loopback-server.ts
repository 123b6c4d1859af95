import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DispatchTarget } from '../seat/seat-mode';
import { SECURITY_HEADERS } from '../backend/csp';
import { channelName, DOWNLOAD_PREFIX, type DownloadSaver } from '../backend/download-saver';
import { auditDownload, type HandedOver } from '../backend/audit/audit-download';
import type { Sender } from '../backend/sender';
import { readStaticFile } from '../backend/static-files';
import { IDEMPOTENCY_HEADER } from '../../shared/contract/bridge';

/**
 * Development and test transport: the same router as Electron's IPC, over HTTP
 * on 127.0.0.1. Never part of the packaged app (see electron-builder.yml).
 *
 * The static app files are served to anyone on this machine who asks: they
 * hold no data. Every API call (`/rpc`, `/events`) must carry the per-launch
 * key in the `X-Panel-Token` header. The printed address carries the key once
 * (`?key=`); the page keeps it in `sessionStorage`, which is scoped to this
 * origin and port, never in a cookie (cookies ignore ports, so any other server
 * on 127.0.0.1 would be sent it). Each client also sends `X-Panel-Client`, a
 * random id it makes for itself: sessions are kept per client, so a second
 * client holding the key must log in itself. Foreign Host and Origin headers
 * are refused, which stops DNS-rebinding and cross-site pages from reaching
 * the backend.
 *
 * Files main makes for the window (documents, CSVs, the database export) are
 * not written on the host: the call's answer names `/download/<id>/<name>`,
 * which the same client fetches once, with both headers (download-saver.ts).
 * Each file handed over is audited, as the service host audits a seat's.
 */
export interface LoopbackServer {
  url: string;
  /** The address to open: it carries the key once, for the page to keep. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Where files for a window are held, and how handing one over is audited (audit/audit-download.ts). */
export interface LoopbackDownloads {
  saver: DownloadSaver;
  audit: (sender: Sender, file: HandedOver) => void;
}

/**
 * Browser mode's downloads, each handed over audited in this backend's trail. `ownFile` says whether a file is this
 * computer's own: a desktop seat's stand-in relays files from the service, which audited the seat's fetch itself.
 */
export function auditedDownloads(
  backend: Parameters<typeof auditDownload>[0],
  saver: DownloadSaver,
  ownFile: () => boolean = () => true,
): LoopbackDownloads {
  return {
    saver,
    audit: (sender, file) => {
      if (ownFile()) auditDownload(backend, sender, file);
    },
  };
}

const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** A client's own id: at least 128 bits of randomness, base64url (renderer/src/api/launch-key.ts makes 256). */
const CLIENT_ID = /^[A-Za-z0-9_-]{22,128}$/;

export async function startLoopbackServer(
  /** The backend, or (as a desktop seat's stand-in) the seat mode that answers the seat channels and forwards the rest. */
  backend: DispatchTarget,
  staticRoot: string,
  port = 0,
  downloads: LoopbackDownloads | null = null,
  /** A server started again in the same process on the same port keeps the launch key, so open windows carry on. */
  token = randomBytes(32).toString('base64url'),
): Promise<LoopbackServer> {
  const streams = new Set<ServerResponse>();
  let boundPort = 0;

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

    const api = url.pathname === '/rpc' || url.pathname === '/events' || url.pathname.startsWith(DOWNLOAD_PREFIX);
    if (!api) {
      await staticFile(req, res, url.pathname);
      return;
    }
    if (!sameToken(req.headers['x-panel-token']?.toString() ?? '', token)) {
      const error = { code: 'UNAUTHENTICATED', message: 'The request did not carry this launch’s key.' };
      sendJson(res, 401, { ok: false, error });
      return;
    }
    const client = req.headers['x-panel-client']?.toString() ?? '';
    if (!CLIENT_ID.test(client)) {
      const error = { code: 'UNAUTHENTICATED', message: 'The request did not say which window it came from.' };
      sendJson(res, 401, { ok: false, error });
      return;
    }
    if (url.pathname === '/rpc' && req.method === 'POST') return rpc(req, res, client);
    if (url.pathname === '/events' && req.method === 'GET') {
      eventStream(req, res);
      return;
    }
    if (url.pathname.startsWith(DOWNLOAD_PREFIX) && req.method === 'GET') {
      download(res, url.pathname, client);
      return;
    }
    sendText(res, 405, 'Method not allowed');
  }

  /** The built UI: no key needed, since it holds no data (the API calls it makes do). */
  async function staticFile(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET') {
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const file = await readStaticFile(staticRoot, pathname);
    if (!file) {
      sendText(res, 404, 'Not found');
      return;
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    res.end(file.body);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, client: string): Promise<void> {
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
    const idempotencyKey = req.headers[IDEMPOTENCY_HEADER.toLowerCase()]?.toString();
    const dispatch = () => backend.router.dispatch(senderOf(client), channel, input, { idempotencyKey });
    const answer = downloads ? downloads.saver.runAs(client, dispatch, null, channelName(channel)) : dispatch();
    sendJson(res, 200, await answer);
  }

  /** A file main made for this client, handed over once as an attachment. */
  function download(res: ServerResponse, pathname: string, client: string): void {
    const file = downloads?.saver.take(pathname, client) ?? null;
    if (!file) {
      sendText(res, 404, 'This download is not available: make the file again.');
      return;
    }
    // Every download is audited (issue 20), as the one signed in at this window; a refused fetch downloads nothing.
    downloads?.audit(senderOf(client), file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/octet-stream',
      // The name is sanitised to letters, digits, dots, hyphens and underscores, so it needs no quoting rules.
      'Content-Disposition': `attachment; filename="${file.name}"`,
      'Content-Length': String(file.bytes.length),
      'Cache-Control': 'no-store',
    });
    res.end(Buffer.from(file.bytes));
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
    launchUrl: `${base}/?key=${token}`,
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

/** The window a call or a fetch came from: its key checked, its own client id. */
function senderOf(client: string): Sender {
  return { transport: 'loopback', tokenVerified: true, client };
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}
