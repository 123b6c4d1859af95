import type { HostStatus } from '../../../shared/schemas/seat';
import type { Router } from '../../backend/router';
import { DomainError } from '../../backend/domain-error';

/**
 * The desktop host's "Share with other computers": what the main process does
 * to start and stop the same HTTPS host the headless service runs. The router
 * enforces the role (administrator only) and audits each start and stop.
 */
export interface SharingControl {
  status(): HostStatus;
  /** Starts listening; refuses with a message a user can act on (port taken, no such address). */
  start(listen: { host: string; port: number }): Promise<HostStatus>;
  /** Tells every seat the host is closing, then stops. */
  stop(): Promise<HostStatus>;
}

const NOT_HERE: HostStatus = { sharing: false, available: false, address: null, fingerprint: null, seats: 0 };

/**
 * How this computer works is the desktop app's own business: its main process
 * (electron/seat/seat-mode.ts) answers the seat channels before any call
 * reaches a router. A router reached at all says it holds its own data, and a
 * seat elsewhere cannot change that.
 */
export function registerSeatChannels(router: Router): void {
  router.handle('seat:status', () => ({ mode: 'local' as const, service: null }));
  const refuse = () => {
    throw new DomainError('RULE_VIOLATION', 'This is chosen in the desktop app when it first opens.');
  };
  router.handle('seat:probe', refuse);
  router.handle('seat:connect', refuse);
  router.handle('seat:useLocal', refuse);
}

export function registerSharing(router: Router, control: () => SharingControl | null): void {
  router.handle('host:status', () => control()?.status() ?? NOT_HERE);
  router.handle('host:start', {
    prepare: async (_ctx, input) => {
      const sharing = available(control());
      if (sharing.status().sharing)
        throw new DomainError('CONFLICT', `This computer is already shared at ${sharing.status().address ?? ''}.`);
      return sharing.start({ host: input.listenAddress, port: input.port });
    },
    commit: (ctx, _input, status) => {
      ctx.audit.entityId = 'sharing';
      ctx.audit.changes = { sharing: [null, status.address], fingerprint: [null, status.fingerprint] };
      return status;
    },
  });
  router.handle('host:stop', {
    prepare: async () => {
      const sharing = available(control());
      const before = sharing.status().address;
      return { before, status: await sharing.stop() };
    },
    commit: (ctx, _input, { before, status }) => {
      ctx.audit.entityId = 'sharing';
      ctx.audit.changes = { sharing: [before, null] };
      return status;
    },
  });
}

function available(control: SharingControl | null): SharingControl {
  if (!control)
    throw new DomainError('RULE_VIOLATION', 'Sharing with other computers is started from the desktop app.');
  return control;
}
