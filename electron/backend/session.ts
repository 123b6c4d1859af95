import type { Role } from '../../shared/contract/roles';
import type { Sender } from './sender';

export interface Actor {
  userId: string;
  displayName: string;
  roles: readonly Role[];
}

/**
 * Who is calling. The main process alone decides this from its own session
 * state; nothing the renderer sends can change it.
 */
export interface SessionProvider {
  actorFor(sender: Sender): Actor | null;
}

/**
 * Until accounts exist every call runs as the local administrator. The
 * router's role check is already in place, so accounts only replace this.
 */
export const localAdministratorSession: SessionProvider = {
  actorFor: () => ({ userId: 'local-administrator', displayName: 'Local administrator', roles: ['administrator'] }),
};
