import type { Role } from '../../shared/contract/roles';

/**
 * Who a call acts as. Its own file so the sender (which may carry an actor for
 * in-process calls) and the sessions (which decide the actor) need not import
 * each other.
 */
export interface Actor {
  /** Null for the system itself and for people who have not logged in. */
  userId: string | null;
  displayName: string;
  roles: readonly Role[];
}

export const ANONYMOUS: Actor = { userId: null, displayName: 'Not logged in', roles: [] };
/** In-process callers (demo data, benchmarks) act as the system, with administrator rights. */
export const SYSTEM: Actor = { userId: null, displayName: 'System', roles: ['administrator'] };
