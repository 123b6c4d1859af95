import { request as plainRequest } from 'node:http';
import { createServer as createTlsServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, tempFolder, type TestBackend } from '../factories/backend';
import { startHostServer } from '../../electron/host/host-server';
import { isLoopbackHost, parseListenAddress } from '../../electron/host/listen-address';
import { seatName } from '../../electron/host/seat-sessions';
import { selfSignedMaterial } from '../../electron/host/tls-material';
import { send, startTestHost, type TestHost } from './host-client';

/** A TLS 1.0/1.1 client: the old protocols need the lowest OpenSSL security level to be offered at all. */
const OLD_CLIENT = { minVersion: 'TLSv1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' } as const;

describe('service host: TLS and where it listens', () => {
  let backend: TestBackend;
  let host: TestHost;

  beforeAll(async () => {
    backend = await openTestBackend();
    host = await startTestHost(backend);
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  it('accepts TLS 1.2 and 1.3', async () => {
    for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
      const reply = await send(host, { minVersion: version, maxVersion: version });
      expect(reply.status).toBe(200);
    }
  });

  it('refuses a client that offers only TLS 1.0 or 1.1', async () => {
    await expect(send(host, OLD_CLIENT)).rejects.toThrow();
  });

  it('the old-protocol client above does connect to a server that allows it, so the refusal is the host’s', async () => {
    const lenient: Server = createTlsServer(
      { cert: host.tls.cert, key: host.tls.key, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
      (socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'),
    );
    await new Promise<void>((resolve) => lenient.listen(0, '127.0.0.1', resolve));
    try {
      const port = (lenient.address() as AddressInfo).port;
      const reply = await send({ port, tls: host.tls }, OLD_CLIENT);
      expect(reply.status).toBe(200);
    } finally {
      lenient.close();
    }
  });

  it('answers plain HTTP with nothing from the app', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = plainRequest({ host: '127.0.0.1', port: host.port, path: '/', agent: false }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(`${res.statusCode}:${body}`));
      });
      req.on('error', (error) => resolve(`error:${error.message}`));
      req.end();
    });
    expect(outcome).not.toContain('<title>Panel</title>');
    expect(outcome).not.toMatch(/^200:/);
  });

  it('will not listen beyond this computer without a certificate', async () => {
    await expect(
      startHostServer(backend, { listen: { host: '0.0.0.0', port: 0 }, staticRoot: host.staticRoot, tls: null }),
    ).rejects.toThrow(/without a certificate/);
  });

  it('listens in plain HTTP on loopback only, with a cookie that is not __Host- (which needs Secure)', async () => {
    const server = await startHostServer(backend, {
      listen: { host: '127.0.0.1', port: 0 },
      staticRoot: host.staticRoot,
      tls: null,
    });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
    } finally {
      await server.close();
    }
  });

  it('makes a self-signed certificate once, key owner-only, for the names seats use', async () => {
    const folder = path.join(tempFolder(), 'tls');
    const first = await selfSignedMaterial(folder, '192.168.10.5');
    expect(first.names).toEqual(expect.arrayContaining(['localhost', '127.0.0.1', '192.168.10.5']));
    expect(first.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    if (process.platform !== 'win32') expect(statSync(path.join(folder, 'host-key.pem')).mode & 0o777).toBe(0o600);
    const second = await selfSignedMaterial(folder, '192.168.10.5');
    expect(second.fingerprint).toBe(first.fingerprint);
  });

  it('reads --listen and seat names as a person types them', () => {
    expect(parseListenAddress('0.0.0.0:8443')).toEqual({ host: '0.0.0.0', port: 8443 });
    expect(parseListenAddress('[::1]:9000')).toEqual({ host: '::1', port: 9000 });
    expect(parseListenAddress('8443')).toEqual({ host: '127.0.0.1', port: 8443 });
    expect(() => parseListenAddress('host:99999')).toThrow(/between 1 and 65535/);
    expect(() => parseListenAddress('nonsense')).toThrow(/ADDRESS:PORT/);
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
    expect(seatName(encodeURIComponent('Chair’s laptop'))).toBe('Chair’s laptop');
    expect(seatName(encodeURIComponent('Evil\u202Epot\u0007'))).toBe('Evilpot');
    expect(seatName(undefined)).toBe('Unnamed computer');
    expect(seatName('%E0%A4%A')).toBe('Unnamed computer');
  });
});
