import { z } from 'zod';
import { ConnectInput, HostStartInput, HostStatus, ProbeInput, ProbeResult, SeatStatus } from '../schemas/seat';
import { read, write } from './define';

const Empty = z.object({}).strict();

/**
 * How this computer works: on its own data or as a seat of a service. The
 * desktop app's main process (or its loopback stand-in) answers these itself,
 * before any session and without forwarding them; a backend reached over the
 * network says it is the service's own data and refuses to change that.
 */
export const seatContract = {
  'seat:status': read(Empty, SeatStatus),
  /** Fetches the certificate at an address for the user to confirm; trusts nothing yet. */
  'seat:probe': read(ProbeInput, ProbeResult),
  'seat:connect': read(ConnectInput, SeatStatus),
  'seat:useLocal': read(Empty, SeatStatus),
} as const;

/** The desktop host: sharing this computer's data with other computers (administrator only). */
export const hostContract = {
  'host:status': read(Empty, HostStatus),
  'host:start': write('host', HostStartInput, HostStatus),
  'host:stop': write('host', Empty, HostStatus),
} as const;
