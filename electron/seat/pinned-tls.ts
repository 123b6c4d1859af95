import { Agent, type AgentOptions } from 'node:https';
import type { ClientRequestArgs } from 'node:http';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import { connect, type ConnectionOptions, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { ProbeResult } from '../../shared/schemas/seat';

/** How a desktop seat decides to trust its service: the fingerprint the user confirmed once, or the operating system. */
export type Trust = { kind: 'pinned'; fingerprint: string } | { kind: 'system' };

/** The service showed a certificate this seat does not trust. Nothing was sent to it. */
export class CertificateRefused extends Error {
  constructor(
    message: string,
    readonly offered: string | null,
  ) {
    super(message);
    this.name = 'CertificateRefused';
  }
}

/** Why a connected socket is not to be trusted, or null. Checked before a single byte of a request is written. */
export function refusal(socket: TLSSocket, trust: Trust): CertificateRefused | null {
  const offered = socket.getPeerCertificate().fingerprint256 ?? null;
  if (trust.kind === 'pinned') {
    if (offered !== null && offered.toUpperCase() === trust.fingerprint.toUpperCase()) return null;
    return new CertificateRefused(
      `The service answered with a different certificate from the one confirmed for it (it showed ${offered ?? 'none'}). ` +
        'Nothing was sent. Someone may be pretending to be the service: ask your administrator before connecting again.',
      offered,
    );
  }
  if (socket.authorized) return null;
  return new CertificateRefused(
    `This computer’s operating system does not trust the service’s certificate (${String(socket.authorizationError)}). ` +
      'Nothing was sent. Confirm its fingerprint instead, or ask your administrator.',
    offered,
  );
}

function tlsOptions(options: ClientRequestArgs, trust: Trust): ConnectionOptions {
  const host = options.host ?? 'localhost';
  return {
    host,
    port: Number(options.port),
    ...(isIP(host) === 0 ? { servername: host } : {}),
    minVersion: 'TLSv1.2',
    // A pinned certificate is checked by its fingerprint below, not by a certificate authority or its names.
    rejectUnauthorized: trust.kind === 'system',
    ...(trust.kind === 'pinned' ? { checkServerIdentity: () => undefined } : {}),
  };
}

/**
 * An HTTPS agent that hands a connection to a request only once its
 * certificate has been checked: a request (a password, a record) can never be
 * written to a server that merely answers at the address.
 */
export class PinnedAgent extends Agent {
  constructor(
    private readonly trust: Trust,
    options: AgentOptions = {},
  ) {
    super({ keepAlive: true, ...options });
  }

  override createConnection(
    options: ClientRequestArgs,
    callback?: (error: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const socket = connect(tlsOptions(options, this.trust));
    const fail = (error: Error) => {
      socket.destroy();
      callback?.(error, socket);
    };
    socket.once('error', fail);
    socket.once('secureConnect', () => {
      socket.off('error', fail);
      const refused = refusal(socket, this.trust);
      if (refused) fail(refused);
      else callback?.(null, socket);
    });
    // Returning nothing makes the request wait for the callback, after the check.
    return undefined;
  }
}

/**
 * The certificate a service shows at an address, for the user to compare with
 * the fingerprint their administrator gave them. Nothing is trusted or sent.
 */
export function probeCertificate(address: string, timeoutMs = 10_000): Promise<ProbeResult> {
  const url = new URL(address);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  return new Promise((resolve, reject) => {
    const socket = connect({
      host,
      port,
      ...(isIP(host) === 0 ? { servername: host } : {}),
      minVersion: 'TLSv1.2',
      // Only to read the certificate and whether the system trusts it; the socket is closed unused.
      rejectUnauthorized: false,
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('timed out')));
    socket.once('error', (error) => reject(unreachable(address, error)));
    socket.once('secureConnect', () => {
      const cert: PeerCertificate = socket.getPeerCertificate();
      socket.end();
      if (!cert.fingerprint256) {
        reject(new Error(`The service at ${address} showed no certificate.`));
        return;
      }
      resolve({
        address,
        fingerprint: cert.fingerprint256,
        trustedBySystem: socket.authorized,
        names: (cert.subjectaltname ?? '')
          .split(',')
          .map((entry) => entry.trim().replace(/^(DNS|IP Address):/, ''))
          .filter((name) => name !== ''),
        validTo: new Date(cert.valid_to).toISOString(),
      });
    });
  });
}

/** A connection failure in words a user can act on. */
export function unreachable(address: string, error: unknown): Error {
  if (error instanceof CertificateRefused) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const why =
    code === 'ECONNREFUSED'
      ? 'nothing is answering there (is the service running, and the port right?)'
      : code === 'ENOTFOUND' || code === 'EAI_AGAIN'
        ? 'that name is not known on this network'
        : code === 'EPROTO' || /SSL|TLS|wrong version/i.test(String(error))
          ? 'it did not answer over HTTPS (TLS 1.2 or later)'
          : error instanceof Error
            ? error.message
            : String(error);
  return new Error(`Could not reach the service at ${address}: ${why}.`);
}
