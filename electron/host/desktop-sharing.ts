import { hostname, networkInterfaces } from 'node:os';
import type { HostStatus } from '../../shared/schemas/seat';
import type { Backend } from '../compose';
import { DomainError } from '../backend/domain-error';
import type { DownloadSaver } from '../backend/download-saver';
import type { SharingControl } from '../features/sharing/register-sharing';
import { startHostServer, type HostServer } from './host-server';
import { loadTlsMaterial, selfSignedMaterial, type TlsMaterial } from './tls-material';

export interface DesktopSharingOptions {
  /** The built UI, served to browser seats as the headless host does. */
  staticRoot: string;
  /** Where the host's own self-signed certificate is made once and kept: in the keys folder, never the data folder. */
  certificateFolder: string;
  /** The service's own certificate files instead (a certificate its computers already trust). */
  certificateFiles?: { cert: string; key: string };
  downloads?: DownloadSaver;
}

/** What seats are told when the desktop host stops sharing or its app closes. */
export const HOST_CLOSING_MESSAGE =
  'The computer sharing the service is closing. Finish what you are typing and save it now: nothing can be saved until it is back.';

/**
 * The desktop host: the same Fastify host the headless service runs, started
 * inside the administrator's own app on the address they choose. Before it
 * stops (stop sharing, or the app quitting) every seat is sent "host:closing"
 * so its window warns its user at once.
 */
export class DesktopSharing implements SharingControl {
  private server: HostServer | null = null;
  private tls: TlsMaterial | null = null;
  private listenHost = '';

  constructor(
    private readonly backend: Backend,
    private readonly options: DesktopSharingOptions,
  ) {}

  status(): HostStatus {
    const server = this.server;
    return {
      sharing: server !== null,
      available: true,
      address: server ? `https://${this.shownHost()}:${server.port}` : null,
      fingerprint: server ? (this.tls?.fingerprint ?? null) : null,
      seats: server?.seats.list().length ?? 0,
    };
  }

  async start(listen: { host: string; port: number }): Promise<HostStatus> {
    if (this.server) return this.status();
    const files = this.options.certificateFiles;
    this.tls = files
      ? loadTlsMaterial(files.cert, files.key)
      : await selfSignedMaterial(this.options.certificateFolder, listen.host);
    this.listenHost = listen.host;
    try {
      this.server = await startHostServer(this.backend, {
        listen,
        staticRoot: this.options.staticRoot,
        tls: this.tls,
        // Seats reach this computer by its network addresses and name, which a self-signed certificate may not list.
        extraNames: [...ownAddresses(), hostname().toLowerCase()],
        ...(this.options.downloads ? { downloads: this.options.downloads } : {}),
      });
    } catch (error) {
      throw listenProblem(listen, error);
    }
    return this.status();
  }

  async stop(message = HOST_CLOSING_MESSAGE): Promise<HostStatus> {
    const server = this.server;
    if (!server) return this.status();
    server.announce('host:closing', { message });
    this.server = null;
    await server.close();
    return this.status();
  }

  /** The address to give seats: the one listened on, or this computer's first network address for "all of them". */
  private shownHost(): string {
    if (this.listenHost !== '0.0.0.0') return this.listenHost;
    return ownAddresses()[0] ?? 'localhost';
  }
}

/** This computer's IPv4 addresses on its networks (not loopback). */
function ownAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

function listenProblem(listen: { host: string; port: number }, error: unknown): DomainError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    const message = `Port ${listen.port} is already in use on this computer. Choose another port.`;
    return new DomainError('VALIDATION_FAILED', message, { port: message });
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    const message = `${listen.host} is not an address of this computer. Use 0.0.0.0 for all of its addresses.`;
    return new DomainError('VALIDATION_FAILED', message, { listenAddress: message });
  }
  throw error;
}
