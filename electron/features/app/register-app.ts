import type { Router } from '../../backend/router';

export interface AppIdentity {
  productName: string;
  version: string;
  transport: 'ipc' | 'loopback' | 'network';
}

export function registerApp(router: Router, identity: AppIdentity): void {
  router.handle('app:info', (ctx) => ({ ...identity, today: ctx.clock.today() }));
}
