import { randomUUID } from 'node:crypto';
import { request } from 'node:https';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SecureVersion } from 'node:tls';
import { startHostServer, type HostOptions, type HostServer } from '../../electron/host/host-server';
import { selfSignedMaterial, type TlsMaterial } from '../../electron/host/tls-material';
import type { Backend } from '../../electron/compose';
import type { DownloadSaver } from '../../electron/backend/download-saver';
import { contract, isChannel } from '../../shared/contract/channels';
import { tempFolder } from '../factories/backend';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface SendOptions {
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client's own address (any 127.x.y.z reaches a host on 127.0.0.1): another computer, as far as the host can tell. */
  localAddress?: string;
  maxVersion?: SecureVersion;
  minVersion?: SecureVersion;
  ciphers?: string;
  /** Aborting it drops the connection: the client never reads the answer (a network cut mid-call). */
  signal?: AbortSignal;
}

/** A raw HTTPS request that trusts the test certificate, so tests can send what a browser never would. */
export function send(host: { port: number; tls: TlsMaterial }, options: SendOptions = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: host.port,
        path: options.path ?? '/',
        method: options.method ?? 'GET',
        headers: { host: `localhost:${host.port}`, ...options.headers },
        ca: host.tls.cert,
        localAddress: options.localAddress,
        maxVersion: options.maxVersion,
        minVersion: options.minVersion,
        ciphers: options.ciphers,
        agent: false,
        ...(options.signal ? { signal: options.signal } : {}),
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface TestHost {
  server: HostServer;
  port: number;
  tls: TlsMaterial;
  staticRoot: string;
}

/** A host over TLS on 127.0.0.1 with the test's own self-signed certificate and a one-page UI. */
export async function startTestHost(
  backend: Backend,
  downloads?: DownloadSaver,
  more: Pick<HostOptions, 'onHost'> = {},
): Promise<TestHost> {
  const folder = tempFolder();
  const tls = await selfSignedMaterial(path.join(folder, 'certificate'), '127.0.0.1');
  const staticRoot = path.join(folder, 'renderer');
  mkdirSync(staticRoot);
  writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Panel</title>');
  const server = await startHostServer(backend, {
    listen: { host: '127.0.0.1', port: 0 },
    staticRoot,
    tls,
    ...(downloads ? { downloads } : {}),
    ...more,
  });
  return { server, port: server.port, tls, staticRoot };
}

/** One seat: its cookie and token, as a browser would keep them. */
export class SeatClient {
  cookie = '';
  token = '';

  constructor(
    private readonly host: TestHost,
    private readonly localAddress = '127.0.0.1',
    private readonly name = 'Panel room laptop',
  ) {}

  /** Opens the seat; `headers` as a desktop app's forwarding client would add (`x-panel-seat-kind`). */
  async connect(headers: Record<string, string> = {}): Promise<Reply> {
    const reply = await send(this.host, {
      path: '/session',
      headers: {
        'x-panel-seat': encodeURIComponent(this.name),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      localAddress: this.localAddress,
    });
    const setCookie = reply.headers['set-cookie']?.[0];
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    this.token = (JSON.parse(reply.body) as { token: string }).token;
    return reply;
  }

  /** A GET with this seat's cookie and token (a download of a file main made for it). */
  get(path: string): Promise<Reply> {
    return send(this.host, {
      path,
      headers: { cookie: this.cookie, 'x-panel-token': this.token },
      localAddress: this.localAddress,
    });
  }

  /**
   * A call as the seat's page makes it: a write carries a new idempotency key
   * unless `headers` gives one (a retry sends the first call's key again).
   */
  call(channel: string, input: unknown, headers: Record<string, string> = {}, signal?: AbortSignal): Promise<Reply> {
    const write = isChannel(channel) && contract[channel].kind === 'write';
    return send(this.host, {
      path: '/rpc',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: `https://localhost:${this.host.port}`,
        cookie: this.cookie,
        'x-panel-token': this.token,
        ...(write ? { 'idempotency-key': randomUUID() } : {}),
        ...headers,
      },
      body: JSON.stringify({ channel, input }),
      localAddress: this.localAddress,
      ...(signal ? { signal } : {}),
    });
  }
}
