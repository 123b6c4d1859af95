import type { Router } from '../../backend/router';

export interface AppIdentity {
  productName: string;
  version: string;
  transport: 'ipc' | 'loopback' | 'network';
}

export function registerApp(router: Router, identity: AppIdentity): void {
  router.handle('app:info', (ctx) => ({
    ...identity,
    // A seat of a desktop host reaches it over the network, whatever the host's own window uses.
    transport: ctx.sender.transport === 'network' ? 'network' : identity.transport,
    today: ctx.clock.today(),
  }));
}
