import { isIP } from 'node:net';

export interface ListenAddress {
  host: string;
  port: number;
}

/** `ADDRESS:PORT`, `[IPv6]:PORT` or `PORT` (loopback); port 0 is any free port. Throws a message a person can act on. */
export function parseListenAddress(text: string): ListenAddress {
  const match = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(text) ?? /^()()(\d{1,5})$/.exec(text);
  if (!match) throw new Error(`--listen must be ADDRESS:PORT (for example 0.0.0.0:8443), not "${text}".`);
  const host = match[1] || match[2] || '127.0.0.1';
  const port = Number(match[3]);
  // Port 0 asks the system for any free port (tests; the host prints the one it got).
  if (port > 65535) throw new Error(`The port in --listen must be between 1 and 65535, not ${port}.`);
  return { host, port };
}

/** Only this computer can reach an address on the loopback interface. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

/**
 * A client address on this computer itself (what Node reports for a loopback
 * connection, IPv4, IPv6 or IPv4-mapped): a sign-in from it is on the host.
 */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return isIP(plain) === 4 ? plain.startsWith('127.') : plain === '::1';
}
